import { useState } from 'react';
import {
  Box,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from './AuditFields';
import { diffRecords, formatLeaf } from './diff';

/** `spendPlan.q1` → "资金支出计划 › q1", with the resource's field labels where known. */
const useFieldLabel = (resource: string) => {
  const translate = useTranslate();
  return (path: string) => {
    const [head, ...rest] = path.split('.');
    const headLabel = translate(`resources.${resource}.fields.${head}`, { _: head });
    return [headLabel, ...rest].join(' › ');
  };
};

const Value = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  const text = formatLeaf(value);
  return (
    <Box
      component="span"
      sx={{
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        fontFamily: typeof value === 'object' && value !== null ? 'monospace' : undefined,
        color: text === '' ? 'text.disabled' : undefined,
      }}
    >
      {text === '' ? translate('app.audit.empty_value') : text}
    </Box>
  );
};

/** Two columns, 修改前 | 修改后, one row per field path; changed rows are highlighted. */
export const AuditDiff = () => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  const fieldLabel = useFieldLabel(record?.resource ?? '');
  const [onlyChanged, setOnlyChanged] = useState(true);
  if (!record) return null;

  const rows = diffRecords(record.before, record.after);
  const changedCount = rows.filter((row) => row.changed).length;
  const shown = onlyChanged ? rows.filter((row) => row.changed) : rows;

  return (
    <Box data-testid="audit-diff">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('app.audit.changed_count', { smart_count: changedCount })}
        </Typography>
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={onlyChanged}
              onChange={(event) => setOnlyChanged(event.target.checked)}
            />
          }
          label={translate('app.audit.only_changed')}
          slotProps={{ typography: { variant: 'body2' } }}
        />
      </Box>
      {shown.length === 0 ? (
        <Typography variant="body2">{translate('app.audit.no_changes')}</Typography>
      ) : (
        <Table size="small" sx={{ tableLayout: 'fixed', maxWidth: 1100 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '24%' }}>{translate('app.audit.field')}</TableCell>
              <TableCell>{translate('resources.audit-logs.fields.before')}</TableCell>
              <TableCell>{translate('resources.audit-logs.fields.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => (
              <TableRow key={row.path} data-changed={row.changed ? 'true' : 'false'}>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <Box component="span" title={row.path}>
                    {fieldLabel(row.path)}
                  </Box>
                </TableCell>
                <TableCell
                  sx={{
                    verticalAlign: 'top',
                    bgcolor: row.changed ? 'rgba(211, 47, 47, 0.08)' : undefined,
                  }}
                >
                  <Value value={row.before} />
                </TableCell>
                <TableCell
                  sx={{
                    verticalAlign: 'top',
                    bgcolor: row.changed ? 'rgba(46, 125, 50, 0.10)' : undefined,
                  }}
                >
                  <Value value={row.after} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
