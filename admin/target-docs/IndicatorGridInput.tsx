import { Alert, Box, Button, IconButton, Stack, TextField, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import CategoryIcon from '@mui/icons-material/Category';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import LibraryAddIcon from '@mui/icons-material/LibraryAdd';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { ValidationError, useInput, useTranslate } from 'react-admin';
import { parseValue } from '../../shared/scoring';
import { OfficialTable } from '../common/OfficialTable';
import { groupSpans, insertionIndex } from './categories';
import { CategoryDialog } from './CategoryDialog';
import { indexFindings } from './findings';
import { FindingNotes } from './FindingsPanel';
import { LibraryDialog } from './LibraryDialog';
import { ParsedCaption } from './ParsedCaption';
import { emptyRow, type DocFinding, type IndicatorRow } from './types';

const ROW_TINT = { error: 'rgba(211, 47, 47, 0.06)', warning: 'rgba(237, 108, 2, 0.07)' };

/** Rows must name their 一级 and 三级指标 (the server refuses them otherwise). */
export function validateIndicatorRows(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const problems: string[] = [];
  (value as Partial<IndicatorRow>[]).forEach((row, i) => {
    const missing = [
      !row.level1?.trim() ? '一级指标' : '',
      !row.name?.trim() ? '三级指标' : '',
    ].filter(Boolean);
    if (missing.length > 0) problems.push(`第 ${i + 1} 行未填写${missing.join('、')}`);
  });
  return problems.length > 0 ? problems.join('；') : undefined;
}

/** Field errors the server returned for rows (`indicators.3.name`), as findings. */
function rowErrorsOf(errors: unknown): DocFinding[] {
  const list = (errors as { indicators?: unknown } | undefined)?.indicators;
  if (!list || typeof list !== 'object') return [];
  const out: DocFinding[] = [];
  for (const [index, rowErrors] of Object.entries(list)) {
    if (!/^\d+$/.test(index) || !rowErrors || typeof rowErrors !== 'object') continue;
    for (const [field, error] of Object.entries(rowErrors as Record<string, unknown>)) {
      const message = (error as { message?: unknown } | undefined)?.message;
      if (typeof message === 'string' && message) {
        out.push({
          code: 'VALIDATION',
          severity: 'error',
          path: `indicators.${index}.${field}`,
          message,
        });
      }
    }
  }
  return out;
}

/** A row edited by the user no longer matches the server's reading of it. */
const withoutParsed = (row: IndicatorRow): IndicatorRow => {
  const { parsed: _parsed, ...rest } = row;
  return rest;
};

type TextField_ = 'level1' | 'level2' | 'name' | 'target' | 'basis' | 'description' | 'weight';

/**
 * The indicator grid shared by 项目绩效目标表 and 整体绩效目标表: rows grouped by 一级 / 二级
 * (merged cells as on paper; editing a merged cell renames the group), add / remove / move rows,
 * rows from the 指标库, each 指标值 read back live, and the findings beside the rows.
 */
export const IndicatorGridInput = ({
  variant,
  categories,
  findings,
}: {
  variant: 'project' | 'department';
  categories: Map<string, string[]>;
  findings: readonly DocFinding[];
}) => {
  const translate = useTranslate();
  const listId = useId();
  const { field, fieldState, formState } = useInput<IndicatorRow[]>({
    source: 'indicators',
    defaultValue: [],
    validate: validateIndicatorRows,
  });
  const value: unknown = field.value;
  const rows = Array.isArray(value) ? (value as IndicatorRow[]) : [];
  const [dialog, setDialog] = useState<
    { type: 'add' } | { type: 'category'; row: number } | { type: 'library' } | null
  >(null);
  // The row whose 三级指标 gets the focus after the next render (a row just inserted).
  const focusRow = useRef<number | null>(null);
  const setFocusRow = (row: number) => {
    focusRow.current = row;
  };
  useEffect(() => {
    if (focusRow.current === null) return;
    document.querySelector<HTMLElement>(`[data-testid="grid-${focusRow.current}-name"]`)?.focus();
    focusRow.current = null;
  });

  const setRows = (next: IndicatorRow[]) => field.onChange(next);
  const update = (i: number, patch: Partial<IndicatorRow>) =>
    setRows(rows.map((r, j) => (j === i ? withoutParsed({ ...r, ...patch }) : r)));
  const renameRun = (key: 'level1' | 'level2', start: number, length: number, value: string) =>
    setRows(
      rows.map((r, j) =>
        j >= start && j < start + length ? withoutParsed({ ...r, [key]: value }) : r,
      ),
    );
  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j], next[i]];
    setRows(next);
  };
  const insertAt = (index: number, inserted: IndicatorRow[]) => {
    setRows([...rows.slice(0, index), ...inserted, ...rows.slice(index)]);
    setFocusRow(index);
  };
  const insertByCategory = (inserted: IndicatorRow[]) => {
    // Each row goes to the end of its own category, so groups stay together.
    let next = [...rows];
    let first: number | null = null;
    for (const row of inserted) {
      const at = insertionIndex(next, row.level1, row.level2, categories);
      next = [...next.slice(0, at), row, ...next.slice(at)];
      first = first === null ? at : Math.min(first, at);
    }
    setRows(next);
    if (first !== null) setFocusRow(first);
  };
  const changeCategory = (i: number, level1: string, level2: string) => {
    const rest = rows.filter((_, j) => j !== i);
    const at = insertionIndex(rest, level1, level2, categories);
    const moved = withoutParsed({ ...rows[i], level1, level2 });
    setRows([...rest.slice(0, at), moved, ...rest.slice(at)]);
  };

  const spans = groupSpans(rows);
  const label = (f: string) => translate(`resources.targets.fields.indicators.${f}`);
  // After a refused save, the rows that lack a 一级 or 三级指标 are marked where the gap is.
  const missing: DocFinding[] = fieldState.error
    ? rows.flatMap((row, i) =>
        (['level1', 'name'] as const)
          .filter((key) => !row[key]?.trim())
          .map((key) => ({
            code: 'VALIDATION',
            severity: 'error' as const,
            path: `indicators.${i}.${key}`,
            message: `未填写${label(key)}`,
          })),
      )
    : [];
  const { rows: byRow } = indexFindings([
    ...findings,
    ...rowErrorsOf(formState.errors),
    ...missing,
  ]);
  const text =
    (i: number, key: TextField_) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update(i, {
        [key]: key === 'weight' && event.target.value === '' ? null : event.target.value,
      });
  const cellInput = (i: number, key: TextField_, multiline = false, placeholder?: string) => (
    <TextField
      variant="standard"
      size="small"
      fullWidth
      placeholder={placeholder}
      multiline={multiline}
      maxRows={multiline ? 6 : undefined}
      value={(key === 'weight' ? (rows[i].weight ?? '') : rows[i][key]) ?? ''}
      onChange={text(i, key)}
      error={(byRow.get(i) ?? []).some(
        (f) => f.severity === 'error' && f.path.replace(/\[(\d+)\]/g, '.$1').endsWith(`.${key}`),
      )}
      slotProps={{
        htmlInput: {
          'data-testid': `grid-${i}-${key}`,
          'aria-label': `第 ${i + 1} 行 ${label(key)}`,
        },
      }}
    />
  );

  const level1Options = [...categories.keys()];
  return (
    <Box data-testid="indicator-grid">
      <datalist id={`${listId}-l1`}>
        {level1Options.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {rows.length === 0 ? (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="grid-empty">
          {translate('app.targets.grid.empty')}
        </Alert>
      ) : (
        <OfficialTable sx={{ minWidth: 1100, '& td': { verticalAlign: 'top' } }}>
          <thead>
            <tr>
              <th style={{ width: '8em' }}>{label('level1')}</th>
              <th style={{ width: '10em' }}>{label('level2')}</th>
              <th style={{ width: '11em' }}>{label('name')}</th>
              <th style={{ width: '11em' }}>{label('target')}</th>
              <th>
                {variant === 'project'
                  ? `${label('description')} / ${label('basis')}`
                  : translate('app.targets.description_department')}
              </th>
              <th style={{ width: '4em' }}>{label('weight')}</th>
              <th style={{ width: '13em' }}>{translate('app.findings.column')}</th>
              <th style={{ width: '7em' }}>{translate('app.targets.grid.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const notes = byRow.get(i) ?? [];
              const worst = notes[0]?.severity;
              const tint = worst === 'error' || worst === 'warning' ? ROW_TINT[worst] : undefined;
              const l2Options = categories.get(row.level1) ?? [];
              return (
                <tr key={i} data-testid={`grid-row-${i}`} style={{ background: tint }}>
                  {spans[i].level1 > 0 && (
                    <td className="group" rowSpan={spans[i].level1}>
                      <TextField
                        variant="standard"
                        size="small"
                        fullWidth
                        value={row.level1}
                        placeholder={label('level1')}
                        onChange={(e) => renameRun('level1', i, spans[i].level1, e.target.value)}
                        slotProps={{
                          htmlInput: {
                            list: `${listId}-l1`,
                            'data-testid': `grid-${i}-level1`,
                            'aria-label': `第 ${i + 1} 行 ${label('level1')}`,
                          },
                        }}
                      />
                    </td>
                  )}
                  {spans[i].level2 > 0 && (
                    <td className="group" rowSpan={spans[i].level2}>
                      <TextField
                        variant="standard"
                        size="small"
                        fullWidth
                        value={row.level2}
                        placeholder={label('level2')}
                        onChange={(e) => renameRun('level2', i, spans[i].level2, e.target.value)}
                        slotProps={{
                          htmlInput: {
                            list: `${listId}-l2-${i}`,
                            'data-testid': `grid-${i}-level2`,
                            'aria-label': `第 ${i + 1} 行 ${label('level2')}`,
                          },
                        }}
                      />
                      <datalist id={`${listId}-l2-${i}`}>
                        {l2Options.map((c) => (
                          <option key={c} value={c} />
                        ))}
                      </datalist>
                    </td>
                  )}
                  <td>{cellInput(i, 'name', true)}</td>
                  <td>
                    {cellInput(i, 'target')}
                    <ParsedCaption
                      parsed={parseValue(row.target)}
                      row={row}
                      testId={`grid-${i}-parsed`}
                    />
                  </td>
                  <td>
                    {cellInput(
                      i,
                      'description',
                      true,
                      variant === 'project' ? label('description') : undefined,
                    )}
                    {variant === 'project' && (
                      <Box sx={{ mt: 0.5 }}>{cellInput(i, 'basis', true, label('basis'))}</Box>
                    )}
                  </td>
                  <td>{cellInput(i, 'weight')}</td>
                  <td>
                    <FindingNotes findings={notes} />
                  </td>
                  <td>
                    <Stack direction="row" spacing={0} flexWrap="wrap">
                      <Tooltip title={translate('ra.action.move_up')}>
                        <span>
                          <IconButton
                            size="small"
                            disabled={i === 0}
                            onClick={() => move(i, -1)}
                            data-testid={`grid-${i}-up`}
                            aria-label={translate('ra.action.move_up')}
                          >
                            <ArrowUpwardIcon fontSize="inherit" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title={translate('ra.action.move_down')}>
                        <span>
                          <IconButton
                            size="small"
                            disabled={i === rows.length - 1}
                            onClick={() => move(i, 1)}
                            data-testid={`grid-${i}-down`}
                            aria-label={translate('ra.action.move_down')}
                          >
                            <ArrowDownwardIcon fontSize="inherit" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title={translate('app.targets.grid.insert_below')}>
                        <IconButton
                          size="small"
                          onClick={() => insertAt(i + 1, [emptyRow(row.level1, row.level2)])}
                          data-testid={`grid-${i}-insert`}
                          aria-label={translate('app.targets.grid.insert_below')}
                        >
                          <AddIcon fontSize="inherit" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={translate('app.targets.grid.change_category')}>
                        <IconButton
                          size="small"
                          onClick={() => setDialog({ type: 'category', row: i })}
                          data-testid={`grid-${i}-category`}
                          aria-label={translate('app.targets.grid.change_category')}
                        >
                          <CategoryIcon fontSize="inherit" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={translate('ra.action.remove')}>
                        <IconButton
                          size="small"
                          color="error"
                          onClick={() => setRows(rows.filter((_, j) => j !== i))}
                          data-testid={`grid-${i}-delete`}
                          aria-label={translate('ra.action.remove')}
                        >
                          <DeleteOutlineIcon fontSize="inherit" />
                        </IconButton>
                      </Tooltip>
                    </Stack>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </OfficialTable>
      )}
      {fieldState.error?.message && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="grid-error">
          <ValidationError error={fieldState.error.message} />
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button
          startIcon={<PlaylistAddIcon />}
          variant="outlined"
          size="small"
          onClick={() => setDialog({ type: 'add' })}
          data-testid="grid-add"
        >
          {translate('app.targets.grid.add')}
        </Button>
        <Button
          startIcon={<LibraryAddIcon />}
          variant="outlined"
          size="small"
          onClick={() => setDialog({ type: 'library' })}
          data-testid="grid-library"
        >
          {translate('app.targets.grid.from_library')}
        </Button>
      </Stack>
      {dialog?.type === 'add' && (
        <CategoryDialog
          open
          title={translate('app.targets.grid.add')}
          categories={categories}
          onClose={() => setDialog(null)}
          onConfirm={(level1, level2) => {
            setDialog(null);
            insertByCategory([emptyRow(level1, level2)]);
          }}
        />
      )}
      {dialog?.type === 'category' && rows[dialog.row] && (
        <CategoryDialog
          open
          title={translate('app.targets.grid.change_category')}
          categories={categories}
          initial={{ level1: rows[dialog.row].level1, level2: rows[dialog.row].level2 }}
          onClose={() => setDialog(null)}
          onConfirm={(level1, level2) => {
            changeCategory(dialog.row, level1, level2);
            setDialog(null);
          }}
        />
      )}
      <LibraryDialog
        open={dialog?.type === 'library'}
        kind={variant}
        level1Options={level1Options}
        onClose={() => setDialog(null)}
        onInsert={insertByCategory}
      />
    </Box>
  );
};
