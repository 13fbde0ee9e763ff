import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  LinearProgress,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { HttpError, LinkBase, Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { DocStatusChip } from '../../common/DocStatus';
import { OfficialTable } from '../../common/OfficialTable';
import { apiPost } from '../../common/useApiGet';
import { GRADE_COLOR } from '../../scoring/parts';
import type { EvaluationRecord } from './types';

/** `POST /api/evaluations/sample`. */
export interface SampleResult {
  id: number;
  year: number;
  percent: string;
  seed: string;
  population: number;
  evaluations: EvaluationRecord[];
}

/** The self-evaluations a draw picks from: the year's submitted ones and beyond. */
const POPULATION_STATUSES = ['submitted', 'dept_approved', 'approved'];

const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const SEED = /^[\w-]{0,64}$/;

/** The drawn (or picked) evaluations, each with its figures and a way to its 复核. */
const DrawnTable = ({ evaluations }: { evaluations: readonly EvaluationRecord[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.evaluations.sample.${key}`);
  return (
    <OfficialTable testId="sample-result-table">
      <thead>
        <tr>
          <th>{translate('resources.evaluations.fields.title')}</th>
          <th>{translate('resources.evaluations.fields.orgName')}</th>
          <th>{translate('resources.evaluations.fields.total')}</th>
          <th>{translate('resources.evaluations.fields.finalGrade')}</th>
          <th>{translate('resources.evaluations.fields.status')}</th>
          <th>{t('operations')}</th>
        </tr>
      </thead>
      <tbody>
        {evaluations.map((e) => (
          <tr key={e.id} data-testid={`sample-row-${e.id}`}>
            <td>{e.title}</td>
            <td>{e.orgName}</td>
            <td className="num">{e.total}</td>
            <td className="center">
              <Chip size="small" label={e.finalGrade} color={GRADE_COLOR[e.finalGrade]} />
            </td>
            <td>
              <DocStatusChip status={e.status} />
            </td>
            <td>
              <Stack direction="row" spacing={1}>
                <Button size="small" component={LinkBase} to={`/evaluations/${e.id}/show`}>
                  {translate('ra.action.show')}
                </Button>
                <Button size="small" component={LinkBase} to={`/evaluations/${e.id}/recheck`}>
                  {translate('app.evaluations.recheck.button')}
                </Button>
              </Stack>
            </td>
          </tr>
        ))}
      </tbody>
    </OfficialTable>
  );
};

/** 手工指定: tick evaluations of the year by hand. */
const PickByHand = ({
  year,
  onPicked,
}: {
  year: number;
  onPicked: (result: SampleResult) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.evaluations.sample.${key}`, options);
  const { data, isPending } = useGetList<EvaluationRecord>('evaluations', {
    filter: { year, status: POPULATION_STATUSES },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    setSaving(true);
    try {
      onPicked(await apiPost<SampleResult>('/evaluations/sample', { year, ids: [...picked] }));
      setPicked(new Set());
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  if (isPending) return <LinearProgress />;
  const list = data ?? [];
  if (list.length === 0) return <Alert severity="info">{t('population_empty', { year })}</Alert>;
  return (
    <Stack spacing={1}>
      <OfficialTable testId="sample-population">
        <thead>
          <tr>
            <th style={{ width: '3em' }} />
            <th>{translate('resources.evaluations.fields.title')}</th>
            <th>{translate('resources.evaluations.fields.orgName')}</th>
            <th>{translate('resources.evaluations.fields.total')}</th>
            <th>{translate('resources.evaluations.fields.grade')}</th>
            <th>{translate('resources.evaluations.fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((e) => (
            <tr key={e.id}>
              <td className="center">
                <Checkbox
                  size="small"
                  checked={picked.has(e.id)}
                  onChange={(ev) => {
                    const next = new Set(picked);
                    if (ev.target.checked) next.add(e.id);
                    else next.delete(e.id);
                    setPicked(next);
                  }}
                  slotProps={{ input: { 'data-testid': `pick-${e.id}` } as object }}
                />
              </td>
              <td>
                {e.title}{' '}
                {e.sampled && (
                  <Chip
                    size="small"
                    color="secondary"
                    label={translate('app.evaluations.sampled')}
                  />
                )}
              </td>
              <td>{e.orgName}</td>
              <td className="num">{e.total}</td>
              <td className="center">{e.grade}</td>
              <td>
                <DocStatusChip status={e.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </OfficialTable>
      <Box>
        <Button
          variant="contained"
          disabled={picked.size === 0 || saving}
          onClick={() => void submit()}
          data-testid="pick-submit"
        >
          {t('pick_submit', { count: picked.size })}
        </Button>
      </Box>
    </Stack>
  );
};

/**
 * 抽评 (财政局): draw a share of the year's self-evaluations with a seed — the same seed draws
 * the same sample, so a draw can be shown to be fair and repeated — or pick them by hand. The
 * drawn ones get the 抽评 badge in the list and go to 复核.
 */
const SamplePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.evaluations.sample.${key}`, options);
  // The latest year that has self-evaluations is the one to draw from.
  const { data: latest } = useGetList<EvaluationRecord>('evaluations', {
    sort: { field: 'year', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const [yearText, setYearText] = useState<string | null>(null);
  const year = yearText ?? String(latest?.[0]?.year ?? new Date().getFullYear());
  const [percent, setPercent] = useState('15');
  const [seed, setSeed] = useState('');
  const [tab, setTab] = useState<'draw' | 'pick'>('draw');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SampleResult | null>(null);
  // Picked by hand: no share and no seed to show.
  const [manual, setManual] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const yearValid = /^\d{4}$/.test(year);

  const draw = async () => {
    const local: Record<string, string> = {};
    if (!yearValid) local.year = t('year_format');
    if (!PERCENT.test(percent.trim()) || Number(percent) <= 0 || Number(percent) > 100)
      local.percent = t('percent_format');
    if (!SEED.test(seed.trim())) local.seed = t('seed_format');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    try {
      const drawn = await apiPost<SampleResult>('/evaluations/sample', {
        year: Number(year),
        percent: percent.trim(),
        ...(seed.trim() ? { seed: seed.trim() } : {}),
      });
      setResult(drawn);
      setManual(false);
      notify(t('done', { count: drawn.evaluations.length }), { type: 'success' });
    } catch (e) {
      const body =
        e instanceof HttpError ? ((e.body ?? {}) as { errors?: Record<string, unknown> }) : {};
      setErrors(
        Object.fromEntries(
          Object.entries(body.errors ?? {}).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        ),
      );
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Box sx={{ mt: 1, mb: 4 }} data-testid="sample-page">
      <Title title={t('title')} />
      <Stack spacing={2}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('intro')}
            </Typography>
            <Stack direction="row" spacing={2} alignItems="flex-start" flexWrap="wrap" useFlexGap>
              <TextField
                size="small"
                label={t('year')}
                value={year}
                onChange={(e) => setYearText(e.target.value)}
                error={Boolean(errors.year)}
                helperText={errors.year}
                sx={{ width: 120 }}
                slotProps={{ htmlInput: { 'data-testid': 'sample-year', inputMode: 'numeric' } }}
              />
              <TextField
                size="small"
                label={t('percent')}
                value={percent}
                onChange={(e) => setPercent(e.target.value)}
                error={Boolean(errors.percent)}
                helperText={errors.percent ?? t('percent_helper')}
                sx={{ width: 160 }}
                slotProps={{ htmlInput: { 'data-testid': 'sample-percent', inputMode: 'decimal' } }}
              />
              <TextField
                size="small"
                label={t('seed')}
                value={seed}
                onChange={(e) => setSeed(e.target.value)}
                error={Boolean(errors.seed)}
                helperText={errors.seed ?? t('seed_helper')}
                sx={{ width: 300 }}
                slotProps={{ htmlInput: { 'data-testid': 'sample-seed' } }}
              />
              <Button
                variant="contained"
                startIcon={<CasinoIcon />}
                onClick={() => void draw()}
                disabled={pending || tab !== 'draw'}
                data-testid="sample-draw"
                sx={{ mt: 0.25 }}
              >
                {t('draw')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
        <Tabs value={tab} onChange={(_, v: 'draw' | 'pick') => setTab(v)}>
          <Tab value="draw" label={t('tab_draw')} data-testid="sample-tab-draw" />
          <Tab value="pick" label={t('tab_pick')} data-testid="sample-tab-pick" />
        </Tabs>
        {tab === 'pick' && yearValid && (
          <PickByHand
            year={Number(year)}
            onPicked={(r) => {
              setResult(r);
              setManual(true);
              setTab('draw');
              notify(t('done', { count: r.evaluations.length }), { type: 'success' });
            }}
          />
        )}
        {pending && <LinearProgress />}
        {tab === 'draw' && result && (
          <Stack spacing={1} data-testid="sample-result">
            <Alert
              severity={result.evaluations.length > 0 ? 'success' : 'info'}
              action={
                manual ? undefined : (
                  <Button
                    color="inherit"
                    size="small"
                    startIcon={<ReplayIcon />}
                    onClick={() => {
                      setSeed(result.seed);
                      setPercent(result.percent);
                      setYearText(String(result.year));
                    }}
                    data-testid="sample-reuse-seed"
                  >
                    {t('reuse_seed')}
                  </Button>
                )
              }
            >
              {manual ? (
                t('summary_manual', { year: result.year, count: result.evaluations.length })
              ) : (
                <>
                  {t('summary', {
                    year: result.year,
                    population: result.population,
                    count: result.evaluations.length,
                    percent: result.percent,
                  })}{' '}
                  {t('seed_used')}
                  <Box
                    component="code"
                    sx={{ mx: 0.5, px: 0.5, bgcolor: 'grey.100' }}
                    data-testid="sample-seed-used"
                  >
                    {result.seed}
                  </Box>
                </>
              )}
            </Alert>
            {result.evaluations.length > 0 && <DrawnTable evaluations={result.evaluations} />}
          </Stack>
        )}
      </Stack>
    </Box>
  );
};

export default SamplePage;
