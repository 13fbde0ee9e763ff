import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import DescriptionIcon from '@mui/icons-material/Description';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { useMemo, useState, type ReactNode } from 'react';
import { HttpError, Title, useTranslate } from 'react-admin';
import {
  BUILTIN_TEMPLATES,
  GRADES,
  QUALITATIVE_LEVELS,
  parseValue,
  scoreSheet,
  type IndicatorResult,
  type SheetKind,
  type SheetResult,
} from '../../shared/scoring';
import { OfficialTable } from '../common/OfficialTable';
import { apiPost } from '../common/useApiGet';
import { FindingNotes, FindingsPanel } from '../target-docs/FindingsPanel';
import { indexFindings } from '../target-docs/findings';
import { ParsedCaption } from '../target-docs/ParsedCaption';
import { compareResults, type Comparison } from './compare';
import { Cell, Figure, GRADE_COLOR } from './parts';
import { SAMPLE_STATE, SAMPLE_TITLE } from './sample';
import {
  emptyScoringRow,
  fundSectionOf,
  initialState,
  parsePastedRows,
  templateOf,
  toSheet,
  withTemplate,
  type ScoringRow,
  type ScoringState,
} from './sheetState';

const SectionCard = ({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) => (
  <Card variant="outlined">
    <CardContent>
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/** The computed part of one indicator row: score, level, 偏差度 and the rule that gave it. */
const RowResult = ({ result, index }: { result: IndicatorResult | undefined; index: number }) => {
  if (!result) return null;
  return (
    <Box data-testid={`ind-${index}-result`}>
      <Typography
        variant="body2"
        sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}
        component="span"
        data-testid={`ind-${index}-computed`}
      >
        {result.applicable ? result.score : '—'}
      </Typography>
      {result.overridden && (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={`规则 ${result.ruleScore ?? '—'}`}
          sx={{ ml: 0.5, height: 18 }}
        />
      )}
      {result.level && (
        <Chip size="small" variant="outlined" label={result.level} sx={{ ml: 0.5, height: 18 }} />
      )}
      {result.deviation !== null && result.applicable && (
        <Typography variant="caption" component="div" color="text.secondary">
          偏差度 {result.deviation}%
        </Typography>
      )}
      <Typography
        variant="caption"
        component="div"
        color="text.secondary"
        sx={{ lineHeight: 1.35 }}
        data-testid={`ind-${index}-explanation`}
      >
        {result.explanation}
      </Typography>
    </Box>
  );
};

/** 粘贴表格: paste rows copied from Excel; append them or replace the grid. */
const PasteDialog = ({
  open,
  onClose,
  onPaste,
}: {
  open: boolean;
  onClose: () => void;
  onPaste: (rows: ScoringRow[], replace: boolean) => void;
}) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parsePastedRows(text), [text]);
  const done = (replace: boolean) => {
    onPaste(parsed.rows, replace);
    setText('');
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      slotProps={{ paper: { 'data-testid': 'paste-dialog' } as object }}
    >
      <DialogTitle>{translate('app.scoring.paste.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.scoring.paste.help')}
        </Typography>
        <TextField
          multiline
          minRows={8}
          maxRows={16}
          fullWidth
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'产出指标\t数量指标\t培训人次\t≥200人次\t230人次\t20\t\t'}
          slotProps={{
            htmlInput: {
              'data-testid': 'paste-text',
              style: { fontFamily: 'monospace', fontSize: 13 },
            },
          }}
        />
        {text.trim() !== '' && (
          <Alert
            severity={parsed.rows.length > 0 ? 'info' : 'warning'}
            sx={{ mt: 1 }}
            data-testid="paste-summary"
          >
            {translate('app.scoring.paste.summary', {
              rows: parsed.rows.length,
              skipped: parsed.skipped,
              header: translate(
                parsed.header ? 'app.scoring.paste.with_header' : 'app.scoring.paste.default_order',
              ),
            })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          disabled={parsed.rows.length === 0}
          onClick={() => done(false)}
          data-testid="paste-append"
        >
          {translate('app.scoring.paste.append')}
        </Button>
        <Button
          variant="contained"
          disabled={parsed.rows.length === 0}
          onClick={() => done(true)}
          data-testid="paste-replace"
        >
          {translate('app.scoring.paste.replace')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** 服务器核算: whether POST /api/scoring/preview computes the same figures. */
const ServerCheck = ({
  comparison,
  error,
}: {
  comparison: Comparison | null;
  error: string | null;
}) => {
  const translate = useTranslate();
  if (error) {
    return (
      <Alert severity="error" data-testid="server-result" data-agrees="error">
        <AlertTitle>{translate('app.scoring.server.failed')}</AlertTitle>
        {error}
      </Alert>
    );
  }
  if (!comparison) return null;
  if (comparison.differences.length === 0) {
    return (
      <Alert severity="success" data-testid="server-result" data-agrees="true">
        {translate('app.scoring.server.agrees', {
          total: comparison.server.total,
          grade: comparison.server.grade,
        })}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" data-testid="server-result" data-agrees="false">
      <AlertTitle>{translate('app.scoring.server.differs')}</AlertTitle>
      {comparison.differences.map((d) => (
        <div key={d}>{d}</div>
      ))}
    </Alert>
  );
};

/**
 * 评分试算: type or paste a 自评表, watch 执行率, every indicator's score, the sections, the
 * total and the grade update as you type (the shared engine runs in the browser), and ask the
 * server to compute the same sheet.
 */
const ScoringPage = () => {
  const translate = useTranslate();
  const [state, setState] = useState<ScoringState>(() => initialState());
  const [pasteOpen, setPasteOpen] = useState(false);
  const [loadedSample, setLoadedSample] = useState(false);
  const [serverState, setServerState] = useState<{
    pending: boolean;
    comparison: Comparison | null;
    error: string | null;
    sheetKey: string | null;
  }>({ pending: false, comparison: null, error: null, sheetKey: null });

  const sheet = useMemo(() => toSheet(state), [state]);
  const sheetKey = useMemo(() => JSON.stringify(sheet), [sheet]);
  // Nothing typed yet: the blank cells are not findings worth listing.
  const pristine = useMemo(
    () => sheetKey === JSON.stringify(toSheet(initialState(state.kind, state.template))),
    [sheetKey, state.kind, state.template],
  );
  const result: SheetResult = useMemo(() => scoreSheet(sheet), [sheet]);
  const template = templateOf(state.template);
  const fundSection = fundSectionOf(template);
  const { rows: findingsByRow } = indexFindings(result.findings);
  const section = (id: string) => result.sections.find((s) => s.id === id);
  const weightTotal = state.indicators.reduce((n, r) => (r.weight.trim() ? n + 1 : n), 0);

  const setBudget = (key: keyof ScoringState['budget'], value: string) =>
    setState((s) => ({ ...s, budget: { ...s.budget, [key]: value } }));
  const setRow = (i: number, patch: Partial<ScoringRow>) =>
    setState((s) => ({
      ...s,
      indicators: s.indicators.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    }));
  const setFund = (i: number, key: 'score' | 'note' | 'weight', value: string) =>
    setState((s) => ({
      ...s,
      fundManagement: s.fundManagement.map((f, j) => (j === i ? { ...f, [key]: value } : f)),
    }));
  const addRow = (after?: number) =>
    setState((s) => {
      const base =
        after !== undefined ? s.indicators[after] : s.indicators[s.indicators.length - 1];
      const row = emptyScoringRow(base?.level1 ?? '', base?.level2 ?? '');
      const at = after !== undefined ? after + 1 : s.indicators.length;
      return { ...s, indicators: [...s.indicators.slice(0, at), row, ...s.indicators.slice(at)] };
    });
  const removeRow = (i: number) =>
    setState((s) => ({ ...s, indicators: s.indicators.filter((_, j) => j !== i) }));

  const checkOnServer = async () => {
    setServerState({ pending: true, comparison: null, error: null, sheetKey });
    try {
      const server = await apiPost<SheetResult>('/scoring/preview', sheet);
      setServerState({
        pending: false,
        comparison: compareResults(result, server),
        error: null,
        sheetKey,
      });
    } catch (error) {
      const message =
        error instanceof HttpError
          ? [
              error.message,
              ...Object.entries(
                ((error.body ?? {}) as { errors?: Record<string, unknown> }).errors ?? {},
              )
                .filter(([k]) => k !== 'root')
                .map(([k, v]) => `${k}：${String(v)}`),
            ].join('\n')
          : String(error);
      setServerState({ pending: false, comparison: null, error: message, sheetKey });
    }
  };
  const serverStale = serverState.sheetKey !== null && serverState.sheetKey !== sheetKey;

  const kindTemplates = Object.values(BUILTIN_TEMPLATES).filter((t) => t.kind === state.kind);
  const label = (key: string) => translate(`app.scoring.fields.${key}`);

  return (
    <Box sx={{ mt: 1, mb: 4 }} data-testid="scoring-page">
      <Title title={translate('app.menu.scoring')} />
      <Stack spacing={2}>
        {/* Kind, template, tools */}
        <Card variant="outlined">
          <CardContent>
            <Stack
              direction={{ xs: 'column', md: 'row' }}
              spacing={2}
              alignItems={{ md: 'center' }}
              useFlexGap
              flexWrap="wrap"
            >
              <ToggleButtonGroup
                exclusive
                size="small"
                value={state.kind}
                onChange={(_, kind: SheetKind | null) => {
                  if (kind) setState(initialState(kind));
                  setLoadedSample(false);
                }}
              >
                <ToggleButton value="project" data-testid="scoring-kind-project">
                  {translate('app.scoring.kind.project')}
                </ToggleButton>
                <ToggleButton value="department" data-testid="scoring-kind-department">
                  {translate('app.scoring.kind.department')}
                </ToggleButton>
              </ToggleButtonGroup>
              <TextField
                select
                size="small"
                label={translate('app.scoring.template')}
                value={state.template}
                onChange={(e) => setState((s) => withTemplate(s, e.target.value))}
                sx={{ minWidth: 320 }}
                slotProps={{ htmlInput: { 'data-testid': 'scoring-template' } }}
              >
                {kindTemplates.map((t) => (
                  <MenuItem key={t.id} value={t.id}>
                    {t.name}
                  </MenuItem>
                ))}
              </TextField>
              <Box sx={{ flex: 1 }} />
              <Button
                startIcon={<DescriptionIcon />}
                onClick={() => {
                  setState(SAMPLE_STATE);
                  setLoadedSample(true);
                }}
                data-testid="scoring-sample"
              >
                {translate('app.scoring.sample')}
              </Button>
              <Button
                startIcon={<ContentPasteIcon />}
                onClick={() => setPasteOpen(true)}
                data-testid="scoring-paste"
              >
                {translate('app.scoring.paste.button')}
              </Button>
              <Button
                startIcon={<RestartAltIcon />}
                onClick={() => {
                  setState(initialState(state.kind, state.template));
                  setLoadedSample(false);
                }}
              >
                {translate('app.scoring.reset')}
              </Button>
            </Stack>
            {template?.basis && (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
                {translate('app.scoring.template_basis', {
                  basis: template.basis,
                  sections: template.sections.map((s) => `${s.name} ${s.weight}`).join(' · '),
                })}
              </Typography>
            )}
            {loadedSample && (
              <Typography
                variant="caption"
                color="primary"
                component="div"
                data-testid="sample-title"
              >
                {translate('app.scoring.sample_loaded', { title: SAMPLE_TITLE })}
              </Typography>
            )}
          </CardContent>
        </Card>

        {/* The result, always in view */}
        <Card
          variant="outlined"
          sx={{ position: 'sticky', top: 48, zIndex: 2, borderColor: 'primary.light' }}
          data-testid="scoring-summary"
        >
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Stack direction="row" spacing={3} alignItems="flex-end" flexWrap="wrap" useFlexGap>
              <Figure
                label={label('executionRate')}
                value={result.executionRate === null ? '—' : `${result.executionRate}%`}
                explanation={section('execution')?.explanation}
                testId="result-executionRate"
              />
              <Figure
                label={label('executionScore')}
                value={result.executionScore}
                explanation={section('execution')?.explanation}
                testId="result-executionScore"
              />
              {result.fundManagementScore !== null && (
                <Figure
                  label={label('fundManagementScore')}
                  value={result.fundManagementScore}
                  explanation={section('fundManagement')?.explanation}
                  testId="result-fundManagementScore"
                />
              )}
              <Figure
                label={label('indicatorScore')}
                value={result.indicatorScore}
                explanation={section('indicators')?.explanation}
                testId="result-indicatorScore"
              />
              <Figure
                label={label('total')}
                value={result.total}
                explanation={
                  result.sections.map((s) => `${s.name} ${s.score}`).join(' + ') +
                  ` = ${result.total}`
                }
                testId="result-total"
                big
              />
              <Box>
                <Typography variant="caption" color="text.secondary" component="div">
                  {label('grade')}
                </Typography>
                <Chip
                  label={result.grade}
                  color={GRADE_COLOR[result.grade]}
                  sx={{ fontSize: 20, height: 36, px: 1 }}
                  data-testid="result-grade"
                />
              </Box>
              <Box sx={{ flex: 1 }} />
              <Button
                variant="contained"
                startIcon={<CloudDoneIcon />}
                onClick={() => void checkOnServer()}
                disabled={serverState.pending}
                data-testid="server-check"
              >
                {translate('app.scoring.server.button')}
              </Button>
            </Stack>
            {serverStale && (
              <Typography variant="caption" color="text.secondary">
                {translate('app.scoring.server.stale')}
              </Typography>
            )}
          </CardContent>
        </Card>
        <ServerCheck comparison={serverState.comparison} error={serverState.error} />

        {/* 预算执行情况 */}
        <SectionCard title={translate('app.scoring.budget_title')}>
          <OfficialTable testId="budget-table">
            <thead>
              <tr>
                <th>{label('initial')}</th>
                <th>{label('adjusted')}</th>
                <th>{label('executed')}</th>
                <th>{label('weight')}</th>
                <th>{label('executionRate')}</th>
                <th>{label('score')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {(['initial', 'adjusted', 'executed', 'weight'] as const).map((key) => (
                  <td key={key}>
                    <Cell
                      value={state.budget[key]}
                      onChange={(v) => setBudget(key, v)}
                      testId={`budget-${key}`}
                      label={label(key)}
                      align="right"
                      error={
                        state.budget[key].trim() !== '' &&
                        result.findings.some(
                          (f) => f.path === `budget.${key}` && f.severity === 'error',
                        )
                      }
                    />
                  </td>
                ))}
                <td className="num" data-testid="budget-rate">
                  {result.executionRate === null ? '—' : `${result.executionRate}%`}
                </td>
                <td className="num" data-testid="budget-score">
                  {result.executionScore}
                </td>
              </tr>
              <tr>
                <td
                  colSpan={6}
                  style={{ fontSize: 13, color: '#555' }}
                  data-testid="budget-explanation"
                >
                  {section('execution')?.explanation}
                </td>
              </tr>
            </tbody>
          </OfficialTable>
        </SectionCard>

        {/* 资金管理情况 */}
        {fundSection && (
          <SectionCard title={`${fundSection.name}（${fundSection.weight} 分）`}>
            <OfficialTable testId="fund-table">
              <thead>
                <tr>
                  <th style={{ width: '12em' }}>{label('item')}</th>
                  <th style={{ width: '6em' }}>{label('weight')}</th>
                  <th style={{ width: '6em' }}>{label('score')}</th>
                  <th>{label('note')}</th>
                </tr>
              </thead>
              <tbody>
                {state.fundManagement.map((f, i) => (
                  <tr key={f.item || i}>
                    <td>{f.item}</td>
                    <td className="num">{f.weight}</td>
                    <td>
                      <Cell
                        value={f.score}
                        onChange={(v) => setFund(i, 'score', v)}
                        testId={`fund-${i}-score`}
                        label={`${f.item} ${label('score')}`}
                        align="right"
                        error={result.findings.some(
                          (x) =>
                            x.path.startsWith(`fundManagement[${i}]`) && x.severity === 'error',
                        )}
                      />
                    </td>
                    <td>
                      <Cell
                        value={f.note}
                        onChange={(v) => setFund(i, 'note', v)}
                        testId={`fund-${i}-note`}
                        label={`${f.item} ${label('note')}`}
                        multiline
                      />
                    </td>
                  </tr>
                ))}
                <tr>
                  <th>{translate('app.scoring.subtotal')}</th>
                  <td className="num">{section('fundManagement')?.declaredWeight}</td>
                  <td className="num" data-testid="fund-total">
                    {result.fundManagementScore}
                  </td>
                  <td style={{ fontSize: 13, color: '#555' }}>
                    {section('fundManagement')?.explanation}
                  </td>
                </tr>
              </tbody>
            </OfficialTable>
          </SectionCard>
        )}

        {/* 绩效指标 */}
        <SectionCard
          title={`${translate('app.scoring.indicators_title')}（${section('indicators')?.weight ?? ''} 分）`}
          action={
            <Typography variant="caption" color="text.secondary">
              {translate('app.scoring.weights_hint', {
                declared: section('indicators')?.declaredWeight ?? '0',
                weight: section('indicators')?.weight ?? '',
                rows: weightTotal,
              })}
            </Typography>
          }
        >
          <OfficialTable
            sx={{ minWidth: 1150, '& td': { verticalAlign: 'top' } }}
            testId="indicator-grid"
          >
            <thead>
              <tr>
                <th style={{ width: '6em' }}>{label('level1')}</th>
                <th style={{ width: '7em' }}>{label('level2')}</th>
                <th style={{ width: '9em' }}>{label('name')}</th>
                <th style={{ width: '8.5em' }}>{label('target')}</th>
                <th style={{ width: '7.5em' }}>{label('actual')}</th>
                <th style={{ width: '4em' }}>{label('weight')}</th>
                <th style={{ width: '5em' }}>{label('override')}</th>
                <th style={{ width: '6em' }}>{label('level')}</th>
                <th style={{ width: '3.5em' }}>{label('notApplicable')}</th>
                <th style={{ width: '8em' }}>{label('reason')}</th>
                <th>{label('computed')}</th>
              </tr>
            </thead>
            <tbody>
              {state.indicators.map((row, i) => {
                const r = result.indicators[i];
                const notes = findingsByRow.get(i) ?? [];
                const qualitative = parseValue(row.target).kind === 'qualitative';
                return (
                  <tr
                    key={i}
                    data-testid={`ind-row-${i}`}
                    style={{ opacity: row.applicable ? 1 : 0.55 }}
                  >
                    {(['level1', 'level2'] as const).map((key) => {
                      // A value repeated from the row above is greyed, like a merged cell on paper.
                      const repeated =
                        i > 0 && state.indicators[i - 1][key] === row[key] && row[key] !== '';
                      return (
                        <td key={key} className="group">
                          <Box
                            sx={
                              repeated
                                ? { '& textarea, & input': { color: 'text.disabled' } }
                                : undefined
                            }
                          >
                            <Cell
                              value={row[key]}
                              onChange={(v) => setRow(i, { [key]: v })}
                              testId={`ind-${i}-${key}`}
                              label={`第 ${i + 1} 行 ${label(key)}`}
                              multiline
                            />
                          </Box>
                        </td>
                      );
                    })}
                    <td>
                      <Cell
                        value={row.name}
                        onChange={(v) => setRow(i, { name: v })}
                        testId={`ind-${i}-name`}
                        label={`第 ${i + 1} 行 ${label('name')}`}
                        multiline
                      />
                    </td>
                    <td>
                      <Cell
                        value={row.target}
                        onChange={(v) => setRow(i, { target: v })}
                        testId={`ind-${i}-target`}
                        label={`第 ${i + 1} 行 ${label('target')}`}
                      />
                      <ParsedCaption parsed={r?.parsedTarget ?? parseValue(row.target)} row={row} />
                    </td>
                    <td>
                      <Cell
                        value={row.actual}
                        onChange={(v) => setRow(i, { actual: v })}
                        testId={`ind-${i}-actual`}
                        label={`第 ${i + 1} 行 ${label('actual')}`}
                      />
                    </td>
                    <td>
                      <Cell
                        value={row.weight}
                        onChange={(v) => setRow(i, { weight: v })}
                        testId={`ind-${i}-weight`}
                        label={`第 ${i + 1} 行 ${label('weight')}`}
                        align="right"
                        error={notes.some(
                          (f) => f.path.endsWith('.weight') && f.severity === 'error',
                        )}
                      />
                    </td>
                    <td>
                      <Cell
                        value={row.score}
                        onChange={(v) => setRow(i, { score: v })}
                        testId={`ind-${i}-score`}
                        label={`第 ${i + 1} 行 ${label('override')}`}
                        align="right"
                        placeholder={r?.ruleScore ?? ''}
                        error={notes.some(
                          (f) => f.path.endsWith('.score') && f.severity === 'error',
                        )}
                      />
                    </td>
                    <td>
                      <TextField
                        select
                        variant="standard"
                        size="small"
                        fullWidth
                        disabled={!qualitative}
                        value={row.level}
                        onChange={(e) =>
                          setRow(i, { level: e.target.value as ScoringRow['level'] })
                        }
                        slotProps={{
                          htmlInput: {
                            'data-testid': `ind-${i}-level`,
                            'aria-label': `第 ${i + 1} 行 ${label('level')}`,
                          },
                        }}
                      >
                        <MenuItem value="">{translate('app.scoring.level_auto')}</MenuItem>
                        {QUALITATIVE_LEVELS.map((l) => (
                          <MenuItem key={l} value={l}>
                            {l}
                          </MenuItem>
                        ))}
                      </TextField>
                    </td>
                    <td className="center">
                      <Checkbox
                        size="small"
                        checked={!row.applicable}
                        onChange={(e) => setRow(i, { applicable: !e.target.checked })}
                        slotProps={{
                          input: {
                            'aria-label': `第 ${i + 1} 行 ${label('notApplicable')}`,
                            'data-testid': `ind-${i}-na`,
                          } as object,
                        }}
                      />
                    </td>
                    <td>
                      <Cell
                        value={row.reason}
                        onChange={(v) => setRow(i, { reason: v })}
                        testId={`ind-${i}-reason`}
                        label={`第 ${i + 1} 行 ${label('reason')}`}
                        multiline
                      />
                    </td>
                    <td>
                      <Stack direction="row" alignItems="flex-start">
                        <Box sx={{ flex: 1, minWidth: 0 }}>
                          <RowResult result={r} index={i} />
                          <FindingNotes findings={notes} />
                        </Box>
                        <Tooltip title={translate('app.targets.grid.insert_below')}>
                          <IconButton
                            size="small"
                            onClick={() => addRow(i)}
                            aria-label={translate('app.targets.grid.insert_below')}
                            data-testid={`ind-${i}-insert`}
                          >
                            <AddIcon fontSize="inherit" />
                          </IconButton>
                        </Tooltip>
                        <Tooltip title={translate('ra.action.remove')}>
                          <IconButton
                            size="small"
                            color="error"
                            onClick={() => removeRow(i)}
                            aria-label={translate('ra.action.remove')}
                            data-testid={`ind-${i}-delete`}
                          >
                            <DeleteOutlineIcon fontSize="inherit" />
                          </IconButton>
                        </Tooltip>
                      </Stack>
                    </td>
                  </tr>
                );
              })}
              <tr>
                <th colSpan={5}>{translate('app.scoring.subtotal')}</th>
                <td className="num">{section('indicators')?.declaredWeight}</td>
                <td colSpan={4} style={{ fontSize: 13, color: '#555' }}>
                  {section('indicators')?.explanation}
                  {(section('indicators')?.groups ?? []).length > 0 && (
                    <div>
                      {(section('indicators')?.groups ?? [])
                        .map((g) => `${g.name} ${g.score}（分值 ${g.declaredWeight}/${g.weight}）`)
                        .join('；')}
                    </div>
                  )}
                </td>
                <td className="num" data-testid="indicators-total" style={{ fontWeight: 700 }}>
                  {result.indicatorScore}
                </td>
              </tr>
            </tbody>
          </OfficialTable>
          <Button
            startIcon={<AddIcon />}
            size="small"
            sx={{ mt: 1 }}
            onClick={() => addRow()}
            data-testid="ind-add"
          >
            {translate('app.scoring.add_row')}
          </Button>
        </SectionCard>

        {/* Sections, reported figures */}
        <SectionCard title={translate('app.scoring.sections_title')}>
          <OfficialTable testId="sections-table">
            <thead>
              <tr>
                <th>{translate('app.scoring.section')}</th>
                <th>{label('weight')}</th>
                <th>{label('score')}</th>
                <th>{translate('app.scoring.how')}</th>
              </tr>
            </thead>
            <tbody>
              {result.sections.map((s) => (
                <tr key={s.id} data-testid={`section-${s.id}`}>
                  <td>{s.name}</td>
                  <td className="num">{s.weight}</td>
                  <td className="num">{s.score}</td>
                  <td style={{ fontSize: 13 }}>{s.explanation}</td>
                </tr>
              ))}
              <tr>
                <th>{label('total')}</th>
                <td className="num">100</td>
                <td className="num" style={{ fontWeight: 700 }}>
                  {result.total}
                </td>
                <td style={{ fontSize: 13 }}>
                  {translate('app.scoring.grade_rule', { grade: result.grade })}
                </td>
              </tr>
            </tbody>
          </OfficialTable>
          <Stack
            direction="row"
            spacing={2}
            sx={{ mt: 2 }}
            alignItems="center"
            flexWrap="wrap"
            useFlexGap
          >
            <Typography variant="body2" color="text.secondary">
              {translate('app.scoring.reported_hint')}
            </Typography>
            <TextField
              size="small"
              label={translate('app.scoring.reported_total')}
              value={state.reported.total}
              onChange={(e) =>
                setState((s) => ({ ...s, reported: { ...s.reported, total: e.target.value } }))
              }
              sx={{ width: 140 }}
              slotProps={{ htmlInput: { 'data-testid': 'reported-total' } }}
            />
            <TextField
              select
              size="small"
              label={translate('app.scoring.reported_grade')}
              value={state.reported.grade}
              onChange={(e) =>
                setState((s) => ({
                  ...s,
                  reported: {
                    ...s.reported,
                    grade: e.target.value as ScoringState['reported']['grade'],
                  },
                }))
              }
              sx={{ width: 140 }}
            >
              <MenuItem value="">—</MenuItem>
              {GRADES.map((g) => (
                <MenuItem key={g} value={g}>
                  {g}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </SectionCard>

        {pristine ? (
          <Alert severity="info" data-testid="scoring-findings">
            {translate('app.scoring.pristine')}
          </Alert>
        ) : (
          <FindingsPanel
            findings={result.findings}
            title={translate('app.scoring.findings_title')}
            testId="scoring-findings"
          />
        )}
      </Stack>
      <PasteDialog
        open={pasteOpen}
        onClose={() => setPasteOpen(false)}
        onPaste={(rows, replace) => {
          setState((s) => ({
            ...s,
            indicators: replace
              ? rows
              : [...s.indicators.filter((r) => r.name.trim() !== ''), ...rows],
          }));
          setPasteOpen(false);
        }}
      />
    </Box>
  );
};

export default ScoringPage;
