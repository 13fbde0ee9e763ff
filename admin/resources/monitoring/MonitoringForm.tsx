import {
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Fragment, useMemo, useState } from 'react';
import { SimpleForm, useInput, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import {
  LIKELIHOOD_LABELS,
  LIKELIHOODS,
  LIGHTS,
  REASON_KEYS,
  REASON_LABELS,
  type ReasonKey,
} from '../../../shared/monitoring';
import { parseValue } from '../../../shared/scoring';
import { LightChip } from '../../common/LightChip';
import { OfficialTable } from '../../common/OfficialTable';
import { fieldErrorsOf } from '../../performance/formErrors';
import { ROW_TINT_SX, tintClass } from '../../performance/rowTint';
import { useSubject } from '../../performance/useSubject';
import { Cell } from '../../scoring/parts';
import { groupSpans } from '../../target-docs/categories';
import { DocFormToolbar, NotEditable } from '../../target-docs/DocFormToolbar';
import { indexFindings } from '../../target-docs/findings';
import { FindingNotes, FindingsPanel } from '../../target-docs/FindingsPanel';
import { ParsedCaption } from '../../target-docs/ParsedCaption';
import { BudgetBlock, MonitoringHeader, MonitoringTitle, RowLight } from './MonitoringSheet';
import { EMPTY_REASONS, hasReason, liveLights, submissionFindings } from './sheet';
import type { MonitoringRecord, MonitoringRow } from './types';

const rowsOf = (value: unknown): MonitoringRow[] =>
  Array.isArray(value)
    ? (value as MonitoringRow[]).map((r) => ({
        ...r,
        progress: r.progress ?? '',
        expected: r.expected ?? '',
        likelihood: r.likelihood ?? '',
        reasons: { ...EMPTY_REASONS, ...r.reasons },
        measures: r.measures ?? '',
      }))
    : [];

/** 偏差原因 (five causes, each with its text when ticked) and 纠偏措施 of one row. */
const ReasonsBlock = ({
  row,
  index,
  required,
  onChange,
}: {
  row: MonitoringRow;
  index: number;
  required: boolean;
  onChange: (patch: Partial<MonitoringRow>) => void;
}) => {
  const translate = useTranslate();
  // A ticked cause whose text is still empty lives here; the API only knows texts.
  const [ticked, setTicked] = useState<ReadonlySet<ReasonKey>>(new Set());
  const isTicked = (k: ReasonKey) => row.reasons[k] !== '' || ticked.has(k);
  const missingReason = required && !hasReason(row);
  const missingMeasures = required && row.measures.trim() === '';
  return (
    <Box
      data-testid={`row-${index}-reasons`}
      sx={{
        p: 1.5,
        borderLeft: 3,
        borderColor: required ? 'error.main' : 'grey.400',
        bgcolor: required ? 'rgba(211, 47, 47, 0.03)' : 'grey.50',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        {translate('app.monitoring.reasons_title')}
        {required && (
          <Typography component="span" variant="caption" color="error" sx={{ ml: 1 }}>
            {translate('app.monitoring.reasons_required')}
          </Typography>
        )}
      </Typography>
      <Stack direction="row" flexWrap="wrap" useFlexGap columnGap={2}>
        {REASON_KEYS.map((k) => (
          <FormControlLabel
            key={k}
            sx={{ m: 0 }}
            control={
              <Checkbox
                size="small"
                checked={isTicked(k)}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.target.checked) next.add(k);
                  else next.delete(k);
                  setTicked(next);
                  if (!e.target.checked) onChange({ reasons: { ...row.reasons, [k]: '' } });
                }}
                slotProps={{
                  input: { 'data-testid': `row-${index}-reason-${k}-check` } as object,
                }}
              />
            }
            label={REASON_LABELS[k]}
          />
        ))}
      </Stack>
      <Stack spacing={0.5}>
        {REASON_KEYS.filter(isTicked).map((k) => (
          <Stack key={k} direction="row" spacing={1} alignItems="baseline">
            <Typography variant="body2" sx={{ minWidth: '7em', color: 'text.secondary' }}>
              {REASON_LABELS[k]}：
            </Typography>
            <Cell
              value={row.reasons[k]}
              onChange={(v) => onChange({ reasons: { ...row.reasons, [k]: v } })}
              testId={`row-${index}-reason-${k}`}
              label={`第 ${index + 1} 行 ${REASON_LABELS[k]}`}
              placeholder={translate('app.monitoring.reason_placeholder', {
                cause: REASON_LABELS[k],
              })}
              multiline
            />
          </Stack>
        ))}
      </Stack>
      {missingReason && (
        <Typography variant="caption" color="error" component="div" sx={{ mt: 0.5 }}>
          {translate('app.monitoring.pick_a_reason')}
        </Typography>
      )}
      <Box sx={{ mt: 1 }}>
        <TextField
          label={translate('app.monitoring.measures')}
          multiline
          minRows={2}
          fullWidth
          size="small"
          value={row.measures}
          onChange={(e) => onChange({ measures: e.target.value })}
          error={missingMeasures}
          helperText={missingMeasures ? translate('app.monitoring.measures_required') : ' '}
          slotProps={{ htmlInput: { 'data-testid': `row-${index}-measures` } }}
        />
      </Box>
    </Box>
  );
};

/** The form's body: the paper table with inputs, lights recomputed on every keystroke. */
const MonitoringFormBody = ({ record }: { record: MonitoringRecord }) => {
  const translate = useTranslate();
  const subject = useSubject(record);
  const executed = useInput<string>({ source: 'executed' });
  const expected = useInput<string | null>({ source: 'expectedExecuted' });
  const indicators = useInput<MonitoringRow[]>({ source: 'indicators' });
  const rows = useMemo(() => rowsOf(indicators.field.value), [indicators.field.value]);
  const executedValue = String(executed.field.value ?? '');
  const expectedValue = String(expected.field.value ?? '');
  const lights = useMemo(
    () => liveLights(record, { executed: executedValue, indicators: rows }),
    [record, executedValue, rows],
  );
  const serverErrors = fieldErrorsOf(indicators.formState.errors, 'indicators');
  const live = submissionFindings(lights, rows);
  const { rows: notesByRow } = indexFindings([...serverErrors, ...live]);
  const [open, setOpen] = useState<Record<number, boolean>>({});
  // A refused save's error stays on its cell until that row is changed.
  const { clearErrors } = useFormContext();
  const setRow = (i: number, patch: Partial<MonitoringRow>) => {
    clearErrors(`indicators.${i}`);
    indicators.field.onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const expanded = (i: number) =>
    open[i] ??
    (lights.indicators[i]?.shortfall || hasReason(rows[i]) || rows[i].measures.trim() !== '');
  const spans = groupSpans(rows);
  // A merged 一级 / 二级 cell also covers the 偏差原因 rows opened under its rows.
  const displaySpan = (start: number, length: number) =>
    Array.from({ length }, (_, k) => (expanded(start + k) ? 2 : 1)).reduce((a, b) => a + b, 0);
  const label = (key: string) => translate(`app.monitoring.columns.${key}`);
  const savedRows = record.indicators ?? [];
  const amountError = (state: typeof executed.fieldState) =>
    state.error?.message ? String(state.error.message) : undefined;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Card
        variant="outlined"
        sx={{ position: 'sticky', top: 48, zIndex: 2, borderColor: 'primary.light' }}
        data-testid="monitoring-summary"
      >
        <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Stack direction="row" spacing={3} alignItems="center" flexWrap="wrap" useFlexGap>
            <Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('app.monitoring.live_overall')}
              </Typography>
              <LightChip light={lights.overall} size="medium" testId="live-overall-light" />
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('app.monitoring.rate')}
              </Typography>
              <Typography variant="h6" data-testid="live-rate">
                {lights.execution.rate === null ? '—' : `${lights.execution.rate}%`}
              </Typography>
            </Box>
            <Stack direction="row" spacing={1} data-testid="live-counts">
              {LIGHTS.filter((l) => lights.counts[l] > 0).map((l) => (
                <Typography key={l} variant="body2" color="text.secondary">
                  {translate(`app.lights.short.${l}`)} {lights.counts[l]}
                </Typography>
              ))}
            </Stack>
            <Box sx={{ flex: 1 }} />
            <Box sx={{ textAlign: 'right' }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('app.monitoring.saved_overall')}
              </Typography>
              <LightChip light={record.overallLight} short testId="saved-overall-light" />
            </Box>
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {translate('app.monitoring.live_hint')}
          </Typography>
        </CardContent>
      </Card>
      <Box>
        <MonitoringTitle record={record} />
        <MonitoringHeader record={record} subject={subject} />
      </Box>
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('app.monitoring.funds')}
        </Typography>
        <BudgetBlock
          record={record}
          lights={lights}
          executed={executedValue}
          expected={expectedValue}
          executedInput={
            <Cell
              value={executedValue}
              onChange={(v) => {
                clearErrors('executed');
                executed.field.onChange(v);
              }}
              testId="monitoring-executed"
              label={translate('app.monitoring.executed', { month: record.month })}
              align="right"
              error={Boolean(amountError(executed.fieldState))}
              helperText={amountError(executed.fieldState)}
            />
          }
          expectedInput={
            <Cell
              value={expectedValue}
              onChange={(v) => {
                clearErrors('expectedExecuted');
                expected.field.onChange(v);
              }}
              testId="monitoring-expected-executed"
              label={translate('app.monitoring.expected_executed')}
              align="right"
              error={Boolean(amountError(expected.fieldState))}
              helperText={amountError(expected.fieldState)}
            />
          }
        />
      </Box>
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('app.targets.indicators')}
        </Typography>
        <OfficialTable
          sx={{ minWidth: 1100, '& td': { verticalAlign: 'top' }, ...ROW_TINT_SX }}
          testId="monitoring-grid"
        >
          <thead>
            <tr>
              <th style={{ width: '6em' }}>{label('level1')}</th>
              <th style={{ width: '7em' }}>{label('level2')}</th>
              <th style={{ width: '11em' }}>{label('name')}</th>
              <th style={{ width: '8em' }}>{label('target')}</th>
              <th style={{ width: '8em' }}>
                {translate('app.monitoring.columns.progress', { month: record.month })}
              </th>
              <th style={{ width: '8em' }}>{label('expected')}</th>
              <th style={{ width: '7.5em' }}>{label('likelihood')}</th>
              <th style={{ width: '12em' }}>{label('light')}</th>
              <th>{label('notes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const all = notesByRow.get(i) ?? [];
              // An open 偏差原因 block says itself what it still needs.
              const notes = expanded(i)
                ? all.filter((f) => !/\.(reasons|measures)$/.test(f.path))
                : all;
              const worst = all[0]?.severity;
              const tint = tintClass(worst);
              const light = lights.indicators[i];
              const qualitative = parseValue(row.target).kind !== 'quantitative';
              const errorAt = (field: string) =>
                serverErrors.find((f) => f.path === `indicators.${i}.${field}`)?.message;
              return (
                <Fragment key={i}>
                  <tr data-testid={`monitoring-row-${i}`} className={tint}>
                    {spans[i].level1 > 0 && (
                      <td className="group" rowSpan={displaySpan(i, spans[i].level1)}>
                        {row.level1}
                      </td>
                    )}
                    {spans[i].level2 > 0 && (
                      <td className="group" rowSpan={displaySpan(i, spans[i].level2)}>
                        {row.level2}
                      </td>
                    )}
                    <td>{row.name}</td>
                    <td data-testid={`row-${i}-target`}>
                      {row.target}
                      <ParsedCaption parsed={parseValue(row.target)} row={row} />
                    </td>
                    <td>
                      <Cell
                        value={row.progress}
                        onChange={(v) => setRow(i, { progress: v })}
                        testId={`row-${i}-progress`}
                        label={`第 ${i + 1} 行 ${translate('app.monitoring.columns.progress', { month: record.month })}`}
                        placeholder={qualitative ? translate('app.monitoring.text_ok') : ''}
                        error={Boolean(errorAt('progress'))}
                        helperText={errorAt('progress')}
                      />
                    </td>
                    <td>
                      <Cell
                        value={row.expected}
                        onChange={(v) => setRow(i, { expected: v })}
                        testId={`row-${i}-expected`}
                        label={`第 ${i + 1} 行 ${label('expected')}`}
                        error={Boolean(errorAt('expected'))}
                        helperText={errorAt('expected')}
                      />
                    </td>
                    <td>
                      <TextField
                        select
                        variant="standard"
                        size="small"
                        fullWidth
                        value={row.likelihood}
                        onChange={(e) =>
                          setRow(i, { likelihood: e.target.value as MonitoringRow['likelihood'] })
                        }
                        slotProps={{
                          select: { native: true },
                          htmlInput: {
                            'data-testid': `row-${i}-likelihood`,
                            'aria-label': `第 ${i + 1} 行 ${label('likelihood')}`,
                          },
                        }}
                      >
                        <option value="">{translate('app.monitoring.likelihood_unset')}</option>
                        {LIKELIHOODS.map((l) => (
                          <option key={l} value={l}>
                            {LIKELIHOOD_LABELS[l]}
                          </option>
                        ))}
                      </TextField>
                    </td>
                    <td>
                      {light && (
                        <RowLight
                          light={light.light}
                          explanation={light.explanation}
                          index={i}
                          saved={
                            savedRows[i]?.light && savedRows[i].light !== 'none'
                              ? savedRows[i].light
                              : undefined
                          }
                        />
                      )}
                    </td>
                    <td>
                      <FindingNotes findings={notes} />
                      <Button
                        size="small"
                        onClick={() => setOpen({ ...open, [i]: !expanded(i) })}
                        startIcon={expanded(i) ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                        data-testid={`row-${i}-toggle-reasons`}
                        sx={{ mt: notes.length > 0 ? 0.5 : 0 }}
                      >
                        {translate(
                          expanded(i)
                            ? 'app.monitoring.hide_reasons'
                            : 'app.monitoring.show_reasons',
                        )}
                      </Button>
                    </td>
                  </tr>
                  {expanded(i) && (
                    <tr className={tint}>
                      <td colSpan={7}>
                        <ReasonsBlock
                          row={row}
                          index={i}
                          required={Boolean(light?.shortfall)}
                          onChange={(patch) => setRow(i, patch)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </OfficialTable>
      </Box>
      <FindingsPanel
        findings={live}
        title={translate('app.monitoring.live_findings')}
        testId="live-findings"
      />
    </Stack>
  );
};

/** 绩效运行监控表: the unit reports progress; the lights follow every keystroke. */
export const MonitoringForm = () => {
  const record = useRecordContext<MonitoringRecord>();
  if (!record) return null;
  if (!(record.actions ?? []).includes('edit'))
    return (
      <NotEditable resource="monitoring" id={record.id} message="app.monitoring.not_editable" />
    );
  return (
    <SimpleForm toolbar={<DocFormToolbar />} sx={{ maxWidth: 'none' }}>
      <MonitoringFormBody record={record} />
    </SimpleForm>
  );
};
