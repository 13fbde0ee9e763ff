import { Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadJobFile, type JobState, type JobView } from '../../common/exportJob';
import { hasFile, importProblems, isUnfinished, progressPercent } from './model';

const STATE_COLORS: Record<JobState, 'default' | 'info' | 'success' | 'error'> = {
  waiting: 'default',
  active: 'info',
  completed: 'success',
  failed: 'error',
};

/** 排队中 / 进行中 / 已完成 / 未完成 as a coloured chip. */
export const JobStateChip = ({ state }: { state: JobState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATE_COLORS[state] ?? 'default'}
      variant={state === 'waiting' ? 'outlined' : 'filled'}
      label={translate(`app.jobs.states.${state}`, { _: state })}
      data-testid="job-state"
      data-state={state}
    />
  );
};

export const JobStateField = () => {
  const job = useRecordContext<JobView>();
  return job ? <JobStateChip state={job.state} /> : null;
};

/** 导出 · 绩效自评表（100 份）: what the job is and what it works on. */
export const JobTitleField = () => {
  const translate = useTranslate();
  const job = useRecordContext<JobView>();
  if (!job) return null;
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(`app.jobs.types.${job.type}`, { _: job.type })}
      </Typography>
      {job.title && (
        <Typography variant="body2" color="text.secondary" data-testid="job-title">
          {job.title}
        </Typography>
      )}
    </Stack>
  );
};

/**
 * The row's progress: a bar with the percentage and what the job is doing while it waits or
 * runs, what it did when it completed, and why it did not when it failed.
 */
export const JobProgressField = () => {
  const translate = useTranslate();
  const job = useRecordContext<JobView>();
  if (!job) return null;
  if (isUnfinished(job)) {
    const percent = progressPercent(job);
    return (
      <Box sx={{ minWidth: 220 }} data-testid="job-progress" data-progress={percent}>
        <Stack direction="row" spacing={1} alignItems="center">
          <LinearProgress
            variant={job.state === 'active' ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-label={`${translate('resources.jobs.fields.progress')} ${percent}%`}
            sx={{ flex: 1, height: 8, borderRadius: 1 }}
          />
          <Typography
            variant="body2"
            sx={{ minWidth: '3.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
            data-testid="job-percent"
          >
            {percent}%
          </Typography>
        </Stack>
        {job.message && (
          <Typography variant="caption" color="text.secondary" data-testid="job-message">
            {job.message}
          </Typography>
        )}
      </Box>
    );
  }
  if (job.state === 'failed') {
    const problems = importProblems(job);
    const total = job.result?.errors?.length ?? 0;
    return (
      <Box data-testid="job-error">
        <Typography variant="body2" color="error">
          {job.error || job.message}
        </Typography>
        {problems.map((p) => (
          <Typography key={p} variant="caption" color="error" component="div">
            {p}
          </Typography>
        ))}
        {total > problems.length && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.jobs.problems', { count: total })}
          </Typography>
        )}
      </Box>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary" data-testid="job-message">
      {job.message}
    </Typography>
  );
};

/** 下载 for a completed job with a file: fetched with the bearer token, saved under its name. */
export const JobDownloadButton = ({ job }: { job: JobView }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!hasFile(job)) return null;
  const download = async () => {
    setBusy(true);
    try {
      const filename = await downloadJobFile(job);
      notify(translate('app.jobs.downloaded', { filename }), { type: 'success' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<DownloadIcon />}
      disabled={busy}
      onClick={() => void download()}
      data-testid="job-download"
      title={job.result?.filename}
    >
      {translate('app.jobs.download')}
    </Button>
  );
};

export const JobActionsField = () => {
  const job = useRecordContext<JobView>();
  return job ? <JobDownloadButton job={job} /> : null;
};
