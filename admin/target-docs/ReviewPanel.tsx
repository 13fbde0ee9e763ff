import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import { DOC_STATUS_LABELS, ROLE_LABELS, type Role } from '../../shared/domain/enums';
import { DocStatusChip, isDocStatus, revisionLabel } from '../common/DocStatus';
import type { ActionRefusal, PostAction } from './useDocAction';
import type { HistoryEvent, ReviewableRecord } from './types';

const ACTION_COLOR: Record<HistoryEvent['action'], string> = {
  create: 'grey.500',
  import: 'grey.500',
  submit: 'info.main',
  approve: 'success.main',
  return: 'error.main',
  adjust: 'warning.main',
};

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export const formatDateTime = (value: string | undefined): string => {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date);
};

const roleLabel = (role: string): string =>
  role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role === 'system' ? '系统' : role;

/** Who did what when, oldest first, like the 审核意见 column of a paper review sheet. */
export const HistoryTimeline = ({ history }: { history: readonly HistoryEvent[] }) => {
  const translate = useTranslate();
  if (history.length === 0) {
    return <Typography color="text.secondary">{translate('app.review.no_history')}</Typography>;
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="history">
      {history.map((event, i) => (
        <Box
          component="li"
          key={event.id}
          data-testid="history-item"
          data-action={event.action}
          sx={{
            display: 'flex',
            gap: 1.5,
            pb: i === history.length - 1 ? 0 : 2,
            position: 'relative',
          }}
        >
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box
              sx={{
                width: 12,
                height: 12,
                borderRadius: '50%',
                bgcolor: ACTION_COLOR[event.action],
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
                {translate(`app.review.actions.${event.action}`)}
              </Typography>
              <Typography variant="body2">
                {event.userName}（{roleLabel(event.userRole)}）
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatDateTime(event.at)}
              </Typography>
              {isDocStatus(event.toStatus) && (
                <Typography variant="caption" color="text.secondary">
                  {event.fromStatus && isDocStatus(event.fromStatus)
                    ? `${DOC_STATUS_LABELS[event.fromStatus]} → `
                    : '→ '}
                  {DOC_STATUS_LABELS[event.toStatus]}
                </Typography>
              )}
            </Stack>
            {event.comment && (
              <Box
                sx={{
                  mt: 0.5,
                  px: 1.5,
                  py: 0.75,
                  bgcolor: event.action === 'return' ? 'rgba(211, 47, 47, 0.06)' : 'grey.50',
                  borderLeft: 3,
                  borderColor: ACTION_COLOR[event.action],
                  fontSize: 14,
                  whiteSpace: 'pre-wrap',
                }}
                data-testid="history-comment"
              >
                {event.comment}
              </Box>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

const ICONS: Record<PostAction, typeof SendIcon> = {
  submit: SendIcon,
  approve: CheckCircleIcon,
  return: UndoIcon,
  adjust: EditNoteIcon,
};

/**
 * 审核: the history, a comment box and the buttons the server says this caller may use now
 * (`actions`): 提交 for the unit, 审核通过 / 退回 for the reviewer whose turn it is, 发起调整 on an
 * approved baseline. 退回 needs a comment.
 */
export const ReviewPanel = ({
  record,
  run,
  pending,
  refusal,
  lockedText,
}: {
  record: ReviewableRecord;
  run: (action: PostAction, comment: string) => Promise<boolean>;
  pending: PostAction | null;
  refusal: ActionRefusal | null;
  /** What an approved document means for its author (targets: locked, adjust to change). */
  lockedText?: string;
}) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState('');
  const [confirmAdjust, setConfirmAdjust] = useState(false);
  // Only the workflow actions are buttons here (`edit` and `recheck` live elsewhere on the page).
  const actions = (record.actions ?? []).filter((a): a is PostAction =>
    Object.prototype.hasOwnProperty.call(ICONS, a),
  );
  const locked = lockedText ?? translate('app.review.locked');
  const reviewer = actions.includes('approve') || actions.includes('return');

  const act = async (action: PostAction) => {
    if (action === 'return' && comment.trim() === '') {
      setCommentError(translate('app.review.return_needs_comment'));
      return;
    }
    setCommentError('');
    if (await run(action, comment.trim())) setComment('');
  };

  return (
    <Card variant="outlined" data-testid="review-panel">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }}>
          <Typography variant="h6" component="h3">
            {translate('app.review.title')}
          </Typography>
          <DocStatusChip status={record.status} testId="review-status" />
          {record.revision !== undefined && (
            <Chip size="small" variant="outlined" label={revisionLabel(record.revision)} />
          )}
        </Stack>
        <HistoryTimeline history={record.history ?? []} />
        {refusal && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="action-refusal">
            {refusal.message}
          </Alert>
        )}
        {actions.length > 0 && record.status === 'approved' && (
          <Alert severity="success" sx={{ mt: 2 }} data-testid="locked-note">
            {locked}
          </Alert>
        )}
        {actions.length > 0 ? (
          <Box sx={{ mt: 2 }}>
            <TextField
              label={translate(
                reviewer ? 'app.review.comment_reviewer' : 'app.review.comment_unit',
              )}
              multiline
              minRows={2}
              fullWidth
              value={comment}
              onChange={(e) => {
                setComment(e.target.value);
                if (e.target.value.trim()) setCommentError('');
              }}
              error={Boolean(commentError)}
              helperText={
                commentError ||
                translate(reviewer ? 'app.review.comment_helper' : 'app.review.comment_unit_helper')
              }
              slotProps={{ htmlInput: { 'data-testid': 'review-comment' } }}
            />
            <Stack direction="row" spacing={1} sx={{ mt: 1 }} flexWrap="wrap" useFlexGap>
              {actions.map((action) => {
                const Icon = ICONS[action];
                return (
                  <Button
                    key={action}
                    variant={action === 'return' ? 'outlined' : 'contained'}
                    color={
                      action === 'return' ? 'error' : action === 'adjust' ? 'warning' : 'primary'
                    }
                    startIcon={<Icon />}
                    disabled={pending !== null}
                    onClick={() =>
                      action === 'adjust' ? setConfirmAdjust(true) : void act(action)
                    }
                    data-testid={`action-${action}`}
                  >
                    {translate(`app.review.buttons.${action}`)}
                  </Button>
                );
              })}
            </Stack>
          </Box>
        ) : (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ mt: 2 }}
            data-testid="no-actions"
          >
            {record.status === 'approved' ? locked : translate('app.review.waiting')}
          </Typography>
        )}
        <Confirm
          isOpen={confirmAdjust}
          title="app.review.adjust_title"
          content="app.review.adjust_content"
          translateOptions={{ next: (record.revision ?? 0) + 1 }}
          onConfirm={() => {
            setConfirmAdjust(false);
            void act('adjust');
          }}
          onClose={() => setConfirmAdjust(false)}
        />
      </CardContent>
    </Card>
  );
};
