import { Box, Button, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useInput, useTranslate } from 'react-admin';

/**
 * 年度绩效目标 / 年度履职目标: one or more goal sentences, numbered 1、2、… as in the tables.
 * Blank sentences are dropped on save (see `cleanGoals`).
 */
export const GoalsInput = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const { field } = useInput<string[]>({ source: 'goals', defaultValue: [''] });
  const value: unknown = field.value;
  const goals = Array.isArray(value) && value.length > 0 ? (value as string[]) : [''];
  const set = (next: string[]) => field.onChange(next);
  return (
    <Box sx={{ width: '100%' }} data-testid="goals-input">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Stack spacing={1}>
        {goals.map((goal, i) => (
          <Stack key={i} direction="row" spacing={1} alignItems="flex-start">
            <Typography sx={{ pt: 1, minWidth: 24 }}>{i + 1}、</Typography>
            <TextField
              multiline
              minRows={1}
              maxRows={8}
              fullWidth
              size="small"
              value={goal}
              onChange={(e) => set(goals.map((g, j) => (j === i ? e.target.value : g)))}
              slotProps={{
                htmlInput: { 'data-testid': `goal-${i}`, 'aria-label': `${label} ${i + 1}` },
              }}
            />
            <Tooltip title={translate('ra.action.remove')}>
              <span>
                <IconButton
                  size="small"
                  disabled={goals.length === 1}
                  onClick={() => set(goals.filter((_, j) => j !== i))}
                  aria-label={translate('ra.action.remove')}
                >
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </Stack>
        ))}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => set([...goals, ''])}
        sx={{ mt: 1 }}
        data-testid="goal-add"
      >
        {translate('app.targets.add_goal')}
      </Button>
    </Box>
  );
};

/** Goals as saved: trimmed, blank ones dropped. */
export const cleanGoals = (goals: unknown): string[] =>
  Array.isArray(goals)
    ? goals
        .filter((g): g is string => typeof g === 'string' && g.trim() !== '')
        .map((g) => g.trim())
    : [];
