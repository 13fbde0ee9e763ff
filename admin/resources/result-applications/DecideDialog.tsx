import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { DECISIONS, type Decision } from '../../../shared/domain/results';
import { GradeChip } from '../../common/GradeChip';
import { formatScore } from '../../dashboard/format';
import type { ResultApplication } from './types';

/**
 * 处理决定 of one row: one of the treatments (the rule's suggestion preselected) or 其他 with an
 * explanation; saved with the row's version, so a concurrent decision is refused (409), not lost.
 */
export const DecideDialog = ({
  record,
  onClose,
}: {
  record: ResultApplication;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [decision, setDecision] = useState<Decision>(record.decision ?? record.suggestion);
  const [comment, setComment] = useState(record.comment ?? '');
  const [fieldError, setFieldError] = useState('');
  const [serverError, setServerError] = useState('');
  const [update, { isPending }] = useUpdate<ResultApplication>();
  const t = (key: string) => translate(`app.results.decide.${key}`);

  const save = () => {
    if (decision === '其他' && comment.trim() === '') {
      setFieldError(t('other_needs_comment'));
      return;
    }
    setServerError('');
    void update(
      'result-applications',
      {
        id: record.id,
        data: { decision, comment: comment.trim(), version: record.version },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(t('saved'), { type: 'success' });
          refresh();
          onClose();
        },
        onError: (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          const body = error instanceof HttpError ? (error.body as { errors?: unknown }) : {};
          const errors = (body?.errors ?? {}) as Record<string, unknown>;
          if (typeof errors.comment === 'string') setFieldError(errors.comment);
          setServerError(message);
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="decide-dialog">
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent>
        <Box sx={{ mb: 2 }}>
          <Typography variant="subtitle1">{record.title}</Typography>
          <Typography variant="body2" color="text.secondary">
            {record.orgName} · {translate('app.results.score')} {formatScore(record.total)} ·{' '}
            <GradeChip grade={record.grade} /> · {translate('app.results.suggested')}
            {record.suggestion}
          </Typography>
        </Box>
        <RadioGroup
          row
          value={decision}
          onChange={(e) => {
            setDecision(e.target.value as Decision);
            setFieldError('');
          }}
          data-testid="decide-options"
        >
          {DECISIONS.map((d) => (
            <FormControlLabel
              key={d}
              value={d}
              control={<Radio size="small" />}
              label={d === record.suggestion ? `${d}（${translate('app.results.suggestion')}）` : d}
              data-testid={`decide-${d}`}
            />
          ))}
        </RadioGroup>
        <TextField
          label={t('comment')}
          multiline
          minRows={3}
          fullWidth
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            if (e.target.value.trim()) setFieldError('');
          }}
          error={Boolean(fieldError)}
          helperText={fieldError || t('comment_helper')}
          sx={{ mt: 2 }}
          slotProps={{ htmlInput: { 'data-testid': 'decide-comment', maxLength: 2000 } }}
        />
        {serverError && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {serverError}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={isPending} data-testid="decide-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
