import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { OfficialTable } from '../common/OfficialTable';
import { DIRECTION_LABELS, type LibraryIndicator } from '../resources/indicators/types';
import { emptyRow, type IndicatorRow } from './types';

/** A 指标库 entry as a row of a 绩效目标表: its reference value becomes the 指标值. */
export const rowFromLibrary = (item: LibraryIndicator): IndicatorRow => ({
  ...emptyRow(item.level1, item.level2),
  name: item.name,
  target: item.suggestedTarget ?? '',
  description: item.explanation ?? '',
  method: item.method ?? '',
  weight: item.weight ?? null,
});

/** 从指标库选择: filter by 一级指标 and keyword, tick rows, insert them into the grid. */
export const LibraryDialog = ({
  open,
  kind,
  level1Options,
  onClose,
  onInsert,
}: {
  open: boolean;
  kind: 'project' | 'department';
  level1Options: string[];
  onClose: () => void;
  onInsert: (rows: IndicatorRow[]) => void;
}) => {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const [level1, setLevel1] = useState('');
  const [selected, setSelected] = useState<Map<LibraryIndicator['id'], LibraryIndicator>>(
    new Map(),
  );
  const filter: Record<string, string> = { scope: kind };
  if (q.trim()) filter.q = q.trim();
  if (level1) filter.level1 = level1;
  const { data, total, isPending, error } = useGetList<LibraryIndicator>(
    'indicators',
    {
      filter,
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'level1', order: 'ASC' },
    },
    { enabled: open },
  );
  const toggle = (item: LibraryIndicator) => {
    const next = new Map(selected);
    if (next.has(item.id)) next.delete(item.id);
    else next.set(item.id, item);
    setSelected(next);
  };
  const close = () => {
    setSelected(new Map());
    onClose();
  };
  const label = (field: string) => translate(`resources.indicators.fields.${field}`);
  return (
    <Dialog
      open={open}
      onClose={close}
      maxWidth="lg"
      fullWidth
      slotProps={{ paper: { 'data-testid': 'library-dialog' } as object }}
    >
      <DialogTitle>{translate('app.targets.library.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <TextField
            select
            size="small"
            label={label('level1')}
            value={level1}
            onChange={(e) => setLevel1(e.target.value)}
            sx={{ minWidth: 180 }}
            slotProps={{ htmlInput: { 'data-testid': 'library-level1' } }}
          >
            <MenuItem value="">{translate('app.targets.library.all')}</MenuItem>
            {level1Options.map((c) => (
              <MenuItem key={c} value={c}>
                {c}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={translate('app.targets.library.keyword')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            sx={{ flex: 1 }}
            slotProps={{ htmlInput: { 'data-testid': 'library-q' } }}
          />
        </Stack>
        {isPending && <LinearProgress />}
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        {!isPending && data && data.length === 0 && (
          <Alert severity="info" data-testid="library-empty">
            {translate('app.targets.library.empty')}
          </Alert>
        )}
        {data && data.length > 0 && (
          <OfficialTable testId="library-table">
            <thead>
              <tr>
                <th style={{ width: 48 }} />
                <th>{label('level1')}</th>
                <th>{label('level2')}</th>
                <th>{label('name')}</th>
                <th>{label('suggestedTarget')}</th>
                <th>{label('direction')}</th>
                <th>{label('explanation')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((item) => (
                <tr
                  key={item.id}
                  onClick={() => toggle(item)}
                  style={{ cursor: 'pointer' }}
                  data-testid="library-row"
                >
                  <td className="center">
                    <Checkbox
                      size="small"
                      checked={selected.has(item.id)}
                      onClick={(e) => e.stopPropagation()}
                      onChange={() => toggle(item)}
                      slotProps={{ input: { 'aria-label': item.name } }}
                    />
                  </td>
                  <td>{item.level1}</td>
                  <td>{item.level2}</td>
                  <td>{item.name}</td>
                  <td>{item.suggestedTarget}</td>
                  <td className="center">{DIRECTION_LABELS[item.direction] ?? item.direction}</td>
                  <td>
                    <Box sx={{ maxHeight: 60, overflow: 'hidden', fontSize: 12 }}>
                      {item.explanation}
                    </Box>
                  </td>
                </tr>
              ))}
            </tbody>
          </OfficialTable>
        )}
        {total !== undefined && data && total > data.length && (
          <Box sx={{ mt: 1, color: 'text.secondary', fontSize: 13 }}>
            {translate('app.targets.library.more', { shown: data.length, total })}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={selected.size === 0}
          data-testid="library-insert"
          onClick={() => {
            onInsert([...selected.values()].map(rowFromLibrary));
            close();
          }}
        >
          {translate('app.targets.library.insert', { count: selected.size })}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
