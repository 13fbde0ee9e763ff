import { Box, TextField, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * Pieces of the scoring screens (评分试算, the 自评表 form, 复核): a compact cell input and a
 * computed figure with its explanation.
 */

export const GRADE_COLOR = { 优: 'success', 良: 'primary', 中: 'warning', 差: 'error' } as const;

/** A compact input for a table cell; `helperText` shows a field error under it. */
export const Cell = ({
  value,
  onChange,
  testId,
  label,
  error,
  helperText,
  multiline,
  align,
  placeholder,
  disabled,
}: {
  value: string;
  onChange: (value: string) => void;
  testId: string;
  label: string;
  error?: boolean;
  helperText?: ReactNode;
  multiline?: boolean;
  align?: 'right';
  placeholder?: string;
  disabled?: boolean;
}) => (
  <TextField
    variant="standard"
    size="small"
    fullWidth
    value={value}
    error={error}
    helperText={helperText}
    multiline={multiline}
    maxRows={multiline ? 5 : undefined}
    placeholder={placeholder}
    disabled={disabled}
    onChange={(e) => onChange(e.target.value)}
    slotProps={{
      htmlInput: {
        'data-testid': testId,
        'aria-label': label,
        style: align === 'right' ? { textAlign: 'right' } : undefined,
        inputMode: align === 'right' ? 'decimal' : undefined,
      },
      formHelperText: { 'data-testid': `${testId}-error` } as object,
    }}
  />
);

/** A computed figure with its explanation beside it (and as a tooltip). */
export const Figure = ({
  label,
  value,
  explanation,
  testId,
  big,
}: {
  label: string;
  value: ReactNode;
  explanation?: string;
  testId: string;
  big?: boolean;
}) => (
  <Tooltip title={explanation ?? ''} placement="bottom-start">
    <Box sx={{ minWidth: 110 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography
        variant={big ? 'h4' : 'h6'}
        component="div"
        data-testid={testId}
        sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }}
      >
        {value}
      </Typography>
    </Box>
  </Tooltip>
);
