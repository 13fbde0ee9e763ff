import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { LinkBase, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { DocStatusChip, revisionLabel } from '../common/DocStatus';
import { OfficialTable } from '../common/OfficialTable';
import { useApiGet } from '../common/useApiGet';
import { formatDateTime } from './ReviewPanel';
import type { AnyTargetRecord, DiffValues, TargetDiff, TargetResource } from './types';

const ADDED = { bgcolor: 'rgba(46, 125, 50, 0.10)', color: 'success.dark' };
const REMOVED = {
  bgcolor: 'rgba(211, 47, 47, 0.08)',
  color: 'error.dark',
  textDecoration: 'line-through',
};

const CHANGE_COLOR = { added: 'success', removed: 'error', changed: 'warning' } as const;

/** old → new for one field of a changed row; unchanged fields print once. */
const Change = ({ before, after }: { before?: string | null; after?: string | null }) => {
  const a = before ?? '';
  const b = after ?? '';
  if (a === b) return <>{b}</>;
  return (
    <Box component="span">
      {a && (
        <Box component="span" sx={{ ...REMOVED, px: 0.5 }} data-testid="diff-old">
          {a}
        </Box>
      )}
      {a && b && ' → '}
      {b && (
        <Box component="span" sx={{ ...ADDED, px: 0.5 }} data-testid="diff-new">
          {b}
        </Box>
      )}
    </Box>
  );
};

const field = (values: DiffValues | undefined, key: keyof DiffValues) => values?.[key] ?? '';

/** What changed between two revisions: goals and indicator rows, added green, removed red. */
export const DiffView = ({ diff }: { diff: TargetDiff }) => {
  const translate = useTranslate();
  const label = (f: string) => translate(`resources.targets.fields.indicators.${f}`);
  const nothing =
    diff.goals.added.length === 0 &&
    diff.goals.removed.length === 0 &&
    diff.indicators.length === 0;
  return (
    <Box data-testid="diff-view">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {diff.from
          ? translate('app.versions.comparing', {
              from: revisionLabel(diff.from.revision),
              to: revisionLabel(diff.to.revision),
            })
          : translate('app.versions.first', { to: revisionLabel(diff.to.revision) })}
      </Typography>
      {nothing && diff.from && (
        <Alert severity="info">{translate('app.versions.no_changes')}</Alert>
      )}
      {diff.from && (diff.goals.added.length > 0 || diff.goals.removed.length > 0) && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {translate('resources.targets.fields.goals')}
          </Typography>
          {diff.goals.removed.map((g) => (
            <Box key={`-${g}`} sx={{ ...REMOVED, p: 0.5, mb: 0.5 }} data-testid="diff-goal-removed">
              − {g}
            </Box>
          ))}
          {diff.goals.added.map((g) => (
            <Box key={`+${g}`} sx={{ ...ADDED, p: 0.5, mb: 0.5 }} data-testid="diff-goal-added">
              + {g}
            </Box>
          ))}
        </Box>
      )}
      {diff.from && diff.indicators.length > 0 && (
        <OfficialTable testId="diff-table">
          <thead>
            <tr>
              <th style={{ width: '5em' }}>{translate('app.versions.change')}</th>
              <th>{label('level1')}</th>
              <th>{label('level2')}</th>
              <th>{label('name')}</th>
              <th>{label('target')}</th>
              <th>{label('basis')}</th>
              <th>{label('weight')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.indicators.map((row, i) => {
              const sx =
                row.change === 'added' ? ADDED : row.change === 'removed' ? REMOVED : undefined;
              return (
                <Box
                  component="tr"
                  key={`${row.level1}-${row.level2}-${row.name}-${i}`}
                  sx={sx ? { '& td': { bgcolor: sx.bgcolor } } : undefined}
                  data-testid={`diff-row-${row.change}`}
                >
                  <td className="center">
                    <Chip
                      size="small"
                      color={CHANGE_COLOR[row.change]}
                      label={translate(`app.versions.changes.${row.change}`)}
                    />
                  </td>
                  <td>{row.level1}</td>
                  <td>{row.level2}</td>
                  <td>
                    <Box
                      component="span"
                      sx={row.change === 'removed' ? { textDecoration: 'line-through' } : undefined}
                    >
                      {row.name}
                    </Box>
                  </td>
                  {(['target', 'basis', 'weight'] as const).map((key) => (
                    <td
                      key={key}
                      style={key === 'basis' ? { fontSize: 12, maxWidth: '28em' } : undefined}
                    >
                      {row.change === 'changed' ? (
                        <Change before={field(row.before, key)} after={field(row.after, key)} />
                      ) : (
                        field(row.after ?? row.before, key)
                      )}
                    </td>
                  ))}
                </Box>
              );
            })}
          </tbody>
        </OfficialTable>
      )}
    </Box>
  );
};

/** The filter that finds every revision of the same document. */
const subjectFilter = (record: AnyTargetRecord): Record<string, unknown> =>
  'projectId' in record
    ? { projectId: record.projectId }
    : { orgId: record.orgId, year: record.year };

/**
 * 版本: every revision of the same project (or unit and year), and the diff between any two
 * of them (by default, this one against the one before).
 */
export const VersionsTab = ({
  resource,
  record,
}: {
  resource: TargetResource;
  record: AnyTargetRecord;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: revisions, isPending } = useGetList<AnyTargetRecord>(resource, {
    filter: subjectFilter(record),
    sort: { field: 'revision', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const [toId, setToId] = useState<number>(record.id);
  const [fromId, setFromId] = useState<number | ''>('');
  const diffPath = `/${resource}/${toId}/diff${fromId ? `?against=${fromId}` : ''}`;
  const { data: diff, error, loading } = useApiGet<TargetDiff>(diffPath);
  if (isPending) return <LinearProgress />;
  const list = revisions ?? [];
  return (
    <Stack spacing={2} data-testid="versions-tab">
      <OfficialTable testId="versions-table">
        <thead>
          <tr>
            <th>{translate('resources.targets.fields.revision')}</th>
            <th>{translate('resources.targets.fields.status')}</th>
            <th>{translate('app.versions.baseline')}</th>
            <th>{translate('resources.targets.fields.updatedAt')}</th>
            <th>{translate('app.versions.operations')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.id} data-testid={`version-${r.revision}`}>
              <td>
                {revisionLabel(r.revision)}
                {r.id === record.id && (
                  <Chip size="small" sx={{ ml: 1 }} label={translate('app.versions.this_one')} />
                )}
              </td>
              <td>
                <DocStatusChip status={r.status} />
              </td>
              <td className="center">{r.current ? translate('app.versions.in_force') : ''}</td>
              <td>{formatDateTime(r.updatedAt)}</td>
              <td>
                <Stack direction="row" spacing={1}>
                  <Button
                    size="small"
                    component={LinkBase}
                    to={createPath({ resource, id: r.id, type: 'show' })}
                  >
                    {translate('ra.action.show')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      setToId(r.id);
                      setFromId('');
                    }}
                    data-testid={`version-${r.revision}-diff`}
                  >
                    {translate('app.versions.diff_previous')}
                  </Button>
                </Stack>
              </td>
            </tr>
          ))}
        </tbody>
      </OfficialTable>
      {list.length > 1 && (
        <Stack direction="row" spacing={2} alignItems="center">
          <TextField
            select
            size="small"
            label={translate('app.versions.from')}
            value={fromId}
            onChange={(e) => setFromId(e.target.value === '' ? '' : Number(e.target.value))}
            sx={{ minWidth: 200 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{translate('app.versions.previous')}</MenuItem>
            {list
              .filter((r) => r.id !== toId)
              .map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {revisionLabel(r.revision)}
                </MenuItem>
              ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('app.versions.to')}
            value={toId}
            onChange={(e) => setToId(Number(e.target.value))}
            sx={{ minWidth: 200 }}
          >
            {list.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {revisionLabel(r.revision)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {diff && <DiffView diff={diff} />}
    </Stack>
  );
};
