import { Typography } from '@mui/material';
import type { ParsedValue } from '../../shared/scoring';
import { describeParsed, type ParsedTone } from './parsed';

const TONE_COLOR: Record<ParsedTone, string> = {
  quantitative: 'success.dark',
  qualitative: 'secondary.main',
  unparsed: 'warning.dark',
  empty: 'text.disabled',
};

/** The system's reading of a 指标值 under the value: "正向 ≥ 200 人次", "定性（时限）". */
export const ParsedCaption = ({
  parsed,
  row,
  testId,
}: {
  parsed: ParsedValue | undefined;
  row: { level1?: string; level2?: string };
  testId?: string;
}) => {
  const { text, tone } = describeParsed(parsed, row);
  if (!text) return null;
  return (
    <Typography
      variant="caption"
      component="div"
      data-testid={testId}
      data-tone={tone}
      sx={{ color: TONE_COLOR[tone], lineHeight: 1.3, mt: 0.25 }}
    >
      {text}
    </Typography>
  );
};
