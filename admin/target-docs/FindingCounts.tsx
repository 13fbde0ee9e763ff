import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { DocFinding } from './types';

/** In lists: how many errors / warnings the document's last check found. */
export const FindingCounts = () => {
  const record = useRecordContext<{ findings?: DocFinding[] }>();
  const findings = record?.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {errors > 0 && <Chip size="small" color="error" label={`${errors} 错误`} />}
      {warnings > 0 && (
        <Chip size="small" color="warning" variant="outlined" label={`${warnings} 提示`} />
      )}
    </Stack>
  );
};
