import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Grid,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditIcon from '@mui/icons-material/Edit';
import ReplayIcon from '@mui/icons-material/Replay';
import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import {
  LinkBase,
  ShowBase,
  Title,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { RECTIFICATION_SOURCE_LABELS } from '../../../shared/domain/results';
import { OfficialTable } from '../../common/OfficialTable';
import { apiPost } from '../../common/useApiGet';
import { useDocLinks } from '../../common/useDocLinks';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { formatDateTime } from '../../target-docs/ReviewPanel';
import { RectificationStatusChip } from './StatusChip';
import { EVENT_LABELS, type Rectification, type RectificationEvent } from './types';

const EVENT_COLORS: Record<RectificationEvent['action'], string> = {
  open: 'warning.main',
  update: 'grey.500',
  answer: 'info.main',
  close: 'success.main',
  reopen: 'error.main',
};

/** 下达 → 反馈 → 销号 (or 重新打开): oldest first, with who, when and what was written. */
export const RectificationTimeline = ({ history }: { history: readonly RectificationEvent[] }) => (
  <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="rectification-history">
    {history.map((event, i) => (
      <Box
        component="li"
        key={`${event.at}-${i}`}
        data-testid="rectification-event"
        data-action={event.action}
        sx={{ display: 'flex', gap: 1.5, pb: i === history.length - 1 ? 0 : 2 }}
      >
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
          <Box
            sx={{
              width: 12,
              height: 12,
              borderRadius: '50%',
              bgcolor: EVENT_COLORS[event.action],
              mt: 0.75,
            }}
          />
          {i < history.length - 1 && (
            <Box sx={{ flex: 1, width: 2, bgcolor: 'grey.300', mt: 0.5 }} />
          )}
        </Box>
        <Box sx={{ flex: 1 }}>
          <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {EVENT_LABELS[event.action] ?? event.action}
            </Typography>
            <Typography variant="body2">{event.userName}</Typography>
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(event.at)}
            </Typography>
          </Stack>
          {event.comment && (
            <Box
              sx={{
                mt: 0.5,
                px: 1.5,
                py: 0.75,
                bgcolor: 'grey.50',
                borderLeft: 3,
                borderColor: EVENT_COLORS[event.action],
                fontSize: 14,
                whiteSpace: 'pre-wrap',
              }}
            >
              {event.comment}
            </Box>
          )}
        </Box>
      </Box>
    ))}
  </Box>
);

type Step = 'answer' | 'close' | 'reopen';

/**
 * What the caller may do now (the server's `actions`): the unit reports 整改情况; the finance
 * bureau closes (销号) an answered item or reopens it with a reason, and edits an open one.
 */
const ActionPanel = ({ record }: { record: Rectification }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<Step | null>(null);
  const t = (key: string) => translate(`app.rectifications.${key}`);
  const steps = record.actions.filter((a): a is Step => ['answer', 'close', 'reopen'].includes(a));
  const canEdit = record.actions.includes('edit');
  if (steps.length === 0 && !canEdit) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="rectification-waiting">
        {t(record.status === 'closed' ? 'closed_note' : 'waiting')}
      </Typography>
    );
  }
  const run = async (step: Step) => {
    const value = text.trim();
    if ((step === 'answer' || step === 'reopen') && value === '') {
      setError(t(step === 'answer' ? 'answer_required' : 'reopen_required'));
      return;
    }
    setError('');
    setPending(step);
    try {
      const body =
        step === 'answer'
          ? { answer: value, version: record.version }
          : { comment: value, version: record.version };
      await apiPost(`/rectifications/${record.id}/${step}`, body);
      notify(`app.rectifications.done.${step}`, { type: 'success' });
      setText('');
      refresh();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(null);
    }
  };
  const isAnswer = steps.includes('answer');
  return (
    <Box data-testid="rectification-actions">
      {steps.length > 0 && (
        <TextField
          label={t(isAnswer ? 'answer_label' : 'comment_label')}
          helperText={error || t(isAnswer ? 'answer_helper' : 'comment_helper')}
          error={Boolean(error)}
          multiline
          minRows={isAnswer ? 4 : 2}
          fullWidth
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim()) setError('');
          }}
          slotProps={{ htmlInput: { 'data-testid': 'rectification-text', maxLength: 4000 } }}
        />
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }} flexWrap="wrap" useFlexGap>
        {steps.includes('answer') && (
          <Button
            variant="contained"
            startIcon={<SendIcon />}
            disabled={pending !== null}
            onClick={() => void run('answer')}
            data-testid="action-answer"
          >
            {t('buttons.answer')}
          </Button>
        )}
        {steps.includes('close') && (
          <Button
            variant="contained"
            color="success"
            startIcon={<CheckCircleIcon />}
            disabled={pending !== null}
            onClick={() => void run('close')}
            data-testid="action-close"
          >
            {t('buttons.close')}
          </Button>
        )}
        {steps.includes('reopen') && (
          <Button
            variant="outlined"
            color="error"
            startIcon={<ReplayIcon />}
            disabled={pending !== null}
            onClick={() => void run('reopen')}
            data-testid="action-reopen"
          >
            {t('buttons.reopen')}
          </Button>
        )}
        {canEdit && (
          <Button
            variant="outlined"
            startIcon={<EditIcon />}
            component={LinkBase}
            to={`/rectifications/${record.id}`}
            data-testid="action-edit"
          >
            {t('buttons.edit')}
          </Button>
        )}
      </Stack>
    </Box>
  );
};

const RectificationView = () => {
  const translate = useTranslate();
  const record = useRecordContext<Rectification>();
  const links = useDocLinks();
  if (!record) return null;
  const t = (key: string) => translate(`resources.rectifications.fields.${key}`);
  const docLink = links.document(record.source, record.documentId);
  const sourceLabel = RECTIFICATION_SOURCE_LABELS[record.source] ?? record.source;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="rectification-show">
      <Title title={`${translate('resources.rectifications.name')}：${record.title}`} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Card>
            <CardContent>
              <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }}>
                <Typography variant="h6" component="h2">
                  {translate('app.rectifications.item')}
                </Typography>
                <RectificationStatusChip status={record.status} overdue={record.overdue} />
              </Stack>
              <OfficialTable testId="rectification-table">
                <tbody>
                  <tr>
                    <th style={{ width: 140 }}>{t('source')}</th>
                    <td>{sourceLabel}</td>
                  </tr>
                  <tr>
                    <th>{t('title')}</th>
                    <td>
                      {docLink ? (
                        <LinkBase to={docLink} data-testid="rectification-document">
                          {record.title}
                        </LinkBase>
                      ) : (
                        record.title
                      )}
                    </td>
                  </tr>
                  <tr>
                    <th>{t('orgName')}</th>
                    <td>{record.orgName}</td>
                  </tr>
                  <tr>
                    <th>{t('year')}</th>
                    <td>{record.year}</td>
                  </tr>
                  <tr>
                    <th>{t('requirement')}</th>
                    <td style={{ whiteSpace: 'pre-wrap' }} data-testid="rectification-requirement">
                      {record.requirement}
                    </td>
                  </tr>
                  <tr>
                    <th>{t('deadline')}</th>
                    <td>
                      {record.deadline}
                      {record.overdue && (
                        <Typography component="span" color="error" sx={{ ml: 1, fontSize: 14 }}>
                          {translate('app.rectifications.overdue')}
                        </Typography>
                      )}
                    </td>
                  </tr>
                  <tr>
                    <th>{t('answer')}</th>
                    <td style={{ whiteSpace: 'pre-wrap' }} data-testid="rectification-answer">
                      {record.answer || (
                        <Typography component="span" color="text.secondary" sx={{ fontSize: 14 }}>
                          {translate('app.rectifications.no_answer')}
                        </Typography>
                      )}
                    </td>
                  </tr>
                </tbody>
              </OfficialTable>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
                {translate('app.rectifications.timeline')}
              </Typography>
              <RectificationTimeline history={record.history ?? []} />
              <Box sx={{ mt: 3 }}>
                {record.overdue && record.actions.includes('answer') && (
                  <Alert severity="error" sx={{ mb: 2 }}>
                    {translate('app.rectifications.overdue_note')}
                  </Alert>
                )}
                <ActionPanel record={record} />
              </Box>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
};

/** 问题整改 detail: the item as a ruled table, its timeline and the caller's next step. */
const RectificationShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <ShowBase queryOptions={{ onError }}>
      <RectificationView />
    </ShowBase>
  );
};

export default RectificationShow;
