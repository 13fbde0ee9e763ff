import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useMemo, useState } from 'react';
import {
  HttpError,
  LinkBase,
  Title,
  useGetOne,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useParams } from 'react-router-dom';
import { Dec } from '../../../shared/decimal';
import { scoreSheet } from '../../../shared/scoring';
import { OfficialTable } from '../../common/OfficialTable';
import { apiPost } from '../../common/useApiGet';
import { Cell, GRADE_COLOR } from '../../scoring/parts';
import {
  changedItems,
  groupSpan,
  isChanged,
  linesOf,
  REVIEW_SCORE,
  signedDifference,
  type Entry,
} from './recheck';
import { reviewedSheet } from './sheet';
import type { EvaluationRecord } from './types';

/**
 * 复核 (财政局): beside each self score, the 复核得分 and the difference; every changed item needs
 * a reason. The 复核 total and grade follow as the scores are typed (the server's rule: the
 * unit's sheet with the 复核 scores in place); saved, the 复核 grade is the grade that counts.
 */
const RecheckPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { id } = useParams<{ id: string }>();
  const {
    data: record,
    isPending,
    error,
  } = useGetOne<EvaluationRecord>('evaluations', {
    id: Number(id),
  });
  const lines = useMemo(() => (record ? linesOf(record) : []), [record]);
  const [entries, setEntries] = useState<Record<string, Entry> | null>(null);
  const [comment, setComment] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.evaluations.recheck.${key}`, options);

  // Until the user types, the table shows the 复核 saved last (or the self scores).
  const initial = useMemo(() => {
    const out: Record<string, Entry> = {};
    for (const line of lines) {
      const previous = record?.review?.items.find(
        (i) => i.section === line.section && i.index === line.index,
      );
      out[line.key] = {
        score: previous ? new Dec(previous.score).toFixed(2) : line.self,
        reason: previous?.reason ?? '',
      };
    }
    return out;
  }, [lines, record]);
  const current = entries ?? initial;
  const currentComment = comment ?? record?.review?.comment ?? '';

  const items = useMemo(() => changedItems(lines, current), [lines, current]);
  const result = useMemo(
    () => (record ? scoreSheet(reviewedSheet(record, items)) : null),
    [record, items],
  );

  if (isPending) return <LinearProgress />;
  if (error || !record) {
    return (
      <Alert severity="error">{error instanceof Error ? error.message : t('not_found')}</Alert>
    );
  }
  const allowed = (record.actions ?? []).includes('recheck');

  const set = (key: string, patch: Partial<Entry>) => {
    setEntries({ ...current, [key]: { ...current[key], ...patch } });
    setErrors((e) => {
      const { [key]: _drop, ...rest } = e;
      return rest;
    });
  };

  const save = async () => {
    const local: Record<string, string> = {};
    for (const l of lines) {
      const entry = current[l.key];
      if (!l.applicable || !entry) continue;
      const score = entry.score.trim();
      if (!REVIEW_SCORE.test(score)) local[l.key] = t('score_format');
      else if (new Dec(score).gt(l.weight || '0'))
        local[l.key] = t('score_above', { weight: l.weight });
      else if (isChanged(score, l.self) && entry.reason.trim() === '')
        local[l.key] = t('reason_required');
    }
    setErrors(local);
    if (Object.keys(local).length > 0) {
      notify(t('fix_first', { count: Object.keys(local).length }), { type: 'error' });
      return;
    }
    setSaving(true);
    try {
      await apiPost(`/evaluations/${record.id}/recheck`, {
        items,
        comment: currentComment.trim(),
        version: record.version,
      });
      notify(t('saved'), { type: 'success' });
      redirect('show', 'evaluations', record.id);
    } catch (e) {
      // The server's errors point at `items.<i>.score|reason`: back to the lines they concern.
      const body =
        e instanceof HttpError ? ((e.body ?? {}) as { errors?: Record<string, unknown> }) : {};
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(body.errors ?? {})) {
        const m = /^items\.(\d+)\./.exec(path);
        const item = m ? items[Number(m[1])] : undefined;
        if (item && typeof message === 'string') mapped[`${item.section}:${item.index}`] = message;
      }
      setErrors(mapped);
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box sx={{ mt: 1, mb: 4 }} data-testid="recheck-page">
      <Title title={`${t('title')}：${record.title}`} />
      <Stack spacing={2}>
        <Card variant="outlined" sx={{ position: 'sticky', top: 48, zIndex: 2 }}>
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Stack direction="row" spacing={4} alignItems="center" flexWrap="wrap" useFlexGap>
              <Box>
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('self_total')}
                </Typography>
                <Typography variant="h5" data-testid="recheck-self-total">
                  {record.total}{' '}
                  <Chip size="small" label={record.grade} color={GRADE_COLOR[record.grade]} />
                </Typography>
              </Box>
              <Box>
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('review_total_live')}
                </Typography>
                <Typography variant="h5" data-testid="recheck-review-total">
                  {result?.total}{' '}
                  {result && (
                    <Chip size="small" label={result.grade} color={GRADE_COLOR[result.grade]} />
                  )}
                </Typography>
              </Box>
              <Box>
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('difference_total')}
                </Typography>
                <Typography variant="h5" data-testid="recheck-difference">
                  {result ? signedDifference(result.total, record.total) : ''}
                </Typography>
              </Box>
              <Box>
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('final_grade')}
                </Typography>
                {result && (
                  <Chip
                    label={result.grade}
                    color={GRADE_COLOR[result.grade]}
                    sx={{ fontSize: 18, height: 32 }}
                    data-testid="recheck-final-grade"
                  />
                )}
              </Box>
              <Box sx={{ flex: 1 }} />
              <Button component={LinkBase} to={`/evaluations/${record.id}/show`}>
                {t('back')}
              </Button>
              <Button
                variant="contained"
                startIcon={<SaveIcon />}
                onClick={() => void save()}
                disabled={!allowed || saving}
                data-testid="recheck-save"
              >
                {t('save')}
              </Button>
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {t('hint', { count: items.length })}
            </Typography>
          </CardContent>
        </Card>
        {!allowed && (
          <Alert severity="info" data-testid="recheck-not-allowed">
            {t('not_allowed')}
          </Alert>
        )}
        <Typography variant="h6" component="h2" align="center">
          {record.title}（{record.year} 年度）· {record.orgName}
        </Typography>
        <OfficialTable testId="recheck-table">
          <thead>
            <tr>
              <th style={{ width: '9em' }}>{t('group')}</th>
              <th>{t('item')}</th>
              <th style={{ width: '4.5em' }}>{t('weight')}</th>
              <th style={{ width: '6em' }}>{t('self_score')}</th>
              <th style={{ width: '7em' }}>{t('review_score')}</th>
              <th style={{ width: '5.5em' }}>{t('difference')}</th>
              <th style={{ width: '30%' }}>{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, n) => {
              const entry = current[l.key] ?? { score: '', reason: '' };
              const changed = isChanged(entry.score, l.self);
              const rowError = errors[l.key];
              const rowLabel = `${l.group} ${l.name}`;
              return (
                <tr
                  key={l.key}
                  data-testid={`recheck-${l.key.replace(':', '-')}`}
                  style={{ background: changed ? 'rgba(237, 108, 2, 0.07)' : undefined }}
                >
                  {groupSpan(lines, n) > 0 && (
                    <td className="group" rowSpan={groupSpan(lines, n)}>
                      {l.group}
                    </td>
                  )}
                  <td>{l.name}</td>
                  <td className="num">{l.weight}</td>
                  <td className="num" data-testid={`recheck-${l.section}-${l.index}-self`}>
                    {l.applicable ? l.self : '—'}
                  </td>
                  <td>
                    {l.applicable ? (
                      <Cell
                        value={entry.score}
                        onChange={(v) => set(l.key, { score: v })}
                        testId={`recheck-${l.section}-${l.index}-score`}
                        label={`${rowLabel} ${t('review_score')}`}
                        align="right"
                        disabled={!allowed}
                        error={Boolean(rowError) && !rowError.includes('理由')}
                      />
                    ) : (
                      t('not_applicable')
                    )}
                  </td>
                  <td className="num" data-testid={`recheck-${l.section}-${l.index}-diff`}>
                    {changed ? signedDifference(entry.score.trim(), l.self) : ''}
                  </td>
                  <td>
                    <Cell
                      value={entry.reason}
                      onChange={(v) => set(l.key, { reason: v })}
                      testId={`recheck-${l.section}-${l.index}-reason`}
                      label={`${rowLabel} ${t('reason')}`}
                      placeholder={changed ? t('reason_placeholder') : ''}
                      multiline
                      disabled={!allowed || !l.applicable}
                      error={Boolean(rowError)}
                      helperText={rowError}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </OfficialTable>
        <TextField
          label={t('comment')}
          multiline
          minRows={2}
          value={currentComment}
          onChange={(e) => setComment(e.target.value)}
          disabled={!allowed}
          slotProps={{ htmlInput: { 'data-testid': 'recheck-comment' } }}
        />
        {result && result.findings.some((f) => f.code === 'SCORE_OUT_OF_BAND') && (
          <Alert severity="warning" data-testid="recheck-band-warning">
            {result.findings
              .filter((f) => f.code === 'SCORE_OUT_OF_BAND')
              .map((f) => f.message)
              .join('；')}
          </Alert>
        )}
      </Stack>
    </Box>
  );
};

export default RecheckPage;
