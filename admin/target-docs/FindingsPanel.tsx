import { Alert, AlertTitle, Box, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FINDING_CODES, isFindingCode, type Severity } from '../../shared/scoring';
import { bySeverity, describeLocation } from './findings';
import type { DocFinding } from './types';

/** error red, warning amber, info blue: the same everywhere a finding is shown. */
export const SEVERITY_COLOR: Record<Severity, 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

export const SEVERITY_TEXT_COLOR: Record<Severity, string> = {
  error: 'error.main',
  warning: 'warning.dark',
  info: 'info.dark',
};

const codeLabel = (code: string): string => (isFindingCode(code) ? FINDING_CODES[code] : '');

/** Findings in a table cell, beside the row they concern: one short line each. */
export const FindingNotes = ({ findings }: { findings: readonly DocFinding[] }) => {
  if (findings.length === 0) return null;
  return (
    <Stack spacing={0.5}>
      {findings.map((f, i) => (
        <Typography
          key={`${f.code}-${i}`}
          variant="caption"
          component="div"
          data-testid={`finding-note-${f.severity}`}
          data-code={f.code}
          sx={{ color: SEVERITY_TEXT_COLOR[f.severity], lineHeight: 1.4 }}
        >
          {f.severity === 'error' ? '✖ ' : f.severity === 'warning' ? '▲ ' : 'ℹ '}
          {f.message}
        </Typography>
      ))}
    </Stack>
  );
};

/**
 * Every finding of a document: what blocks submission (errors) first, then what reviewers will
 * look at (warnings) and suggestions (info), each with where it points and its rule.
 */
export const FindingsPanel = ({
  findings,
  title,
  testId = 'findings-panel',
}: {
  findings: readonly DocFinding[];
  title?: string;
  testId?: string;
}) => {
  const translate = useTranslate();
  const sorted = [...findings].sort(bySeverity);
  const counts = {
    error: findings.filter((f) => f.severity === 'error').length,
    warning: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
  };
  if (findings.length === 0) {
    return (
      <Alert severity="success" data-testid={testId}>
        {translate('app.findings.none')}
      </Alert>
    );
  }
  const severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
  return (
    <Alert
      severity={severity}
      data-testid={testId}
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle>
        {title ?? translate('app.findings.title')}
        <Box component="span" sx={{ ml: 1, fontWeight: 400 }}>
          {translate('app.findings.counts', counts)}
        </Box>
      </AlertTitle>
      <List dense disablePadding>
        {sorted.map((f, i) => (
          <ListItem
            key={`${f.path}-${f.code}-${i}`}
            disableGutters
            sx={{ alignItems: 'flex-start', gap: 1, py: 0.25 }}
            data-testid={`finding-${f.severity}`}
            data-code={f.code}
          >
            <Chip
              size="small"
              color={SEVERITY_COLOR[f.severity]}
              variant={f.severity === 'info' ? 'outlined' : 'filled'}
              label={translate(`app.findings.severity.${f.severity}`)}
              sx={{ minWidth: 48 }}
            />
            <Box sx={{ flex: 1 }}>
              <Typography variant="body2" component="div">
                {f.message}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {describeLocation(f.path)}
                {codeLabel(f.code) ? ` · ${codeLabel(f.code)}` : ''}
              </Typography>
            </Box>
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
