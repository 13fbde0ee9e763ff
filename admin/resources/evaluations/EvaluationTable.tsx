import { Box, Checkbox, Chip, TextField, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import {
  QUALITATIVE_LEVELS,
  type IndicatorResult,
  type SheetKind,
  type SheetResult,
} from '../../../shared/scoring';
import { displayAmount } from '../../common/money';
import { OfficialTable } from '../../common/OfficialTable';
import { errorAt } from '../../performance/formErrors';
import { ROW_TINT_SX, tintClass } from '../../performance/rowTint';
import type { Subject } from '../../performance/useSubject';
import { NumberedGoals } from '../projects/ProjectHeader';
import { Cell, GRADE_COLOR } from '../../scoring/parts';
import { groupSpans } from '../../target-docs/categories';
import { indexFindings, normalisePath } from '../../target-docs/findings';
import { FindingNotes } from '../../target-docs/FindingsPanel';
import { ParsedCaption } from '../../target-docs/ParsedCaption';
import type { DocFinding } from '../../target-docs/types';
import { bandHint, fundSectionOf, levelBand } from './sheet';
import type { EvaluationBudget, EvaluationValues, FormFund, FormRow } from './types';

/** How the form changes the values (absent: a read-only table). */
export interface SheetEditor {
  setBudget: (key: keyof EvaluationBudget, value: string) => void;
  setFund: (index: number, patch: Partial<FormFund>) => void;
  setRow: (index: number, patch: Partial<FormRow>) => void;
  setSummary: (value: string) => void;
}

/** A figure the engine computed, with how it was computed in the tooltip. */
const Explained = ({
  value,
  explanation,
  testId,
  plain,
  strong,
}: {
  value: ReactNode;
  explanation?: string;
  testId: string;
  /** No tooltip (print). */
  plain?: boolean;
  strong?: boolean;
}) => {
  const body = (
    <Box
      component="span"
      data-testid={testId}
      sx={{
        fontWeight: strong ? 700 : undefined,
        borderBottom: plain || !explanation ? undefined : '1px dotted',
        borderColor: 'text.disabled',
        cursor: plain || !explanation ? undefined : 'help',
      }}
    >
      {value}
    </Box>
  );
  return plain || !explanation ? (
    body
  ) : (
    <Tooltip title={explanation} placement="top">
      {body}
    </Tooltip>
  );
};

/** Under the 得分 input: the score that counts, "规则 10" when overridden, the level. */
const ComputedScore = ({
  result,
  index,
}: {
  result: IndicatorResult | undefined;
  index: number;
}) => {
  if (!result) return null;
  return (
    <Box sx={{ mt: 0.25, lineHeight: 1.3 }}>
      <Typography variant="caption" color="text.secondary" component="span">
        计{' '}
      </Typography>
      <Explained
        value={result.applicable ? result.score : '—'}
        explanation={result.explanation}
        testId={`ind-${index}-computed`}
        strong
      />
      {result.overridden && (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={`规则 ${result.ruleScore ?? '—'}`}
          sx={{ ml: 0.5, height: 18 }}
        />
      )}
    </Box>
  );
};

/**
 * The 项目单位自评表 / 部门整体自评表 of seed 002 as one ruled table: the head, 项目资金 (or
 * 部门整体支出情况), 资金管理情况, 年度总体目标 (or 年度履职目标 and 年度主要任务), the indicator
 * block and 总分. With `editor`, the unit's cells are inputs; the figures come from `result`
 * (live while typing, the server's on a saved table).
 */
export const EvaluationTable = ({
  kind,
  subject,
  values,
  result,
  findings = [],
  errors = [],
  editor,
  print = false,
}: {
  kind: SheetKind;
  subject: Subject;
  values: EvaluationValues;
  result: SheetResult;
  findings?: readonly DocFinding[];
  errors?: readonly DocFinding[];
  editor?: SheetEditor;
  print?: boolean;
}) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.evaluations.sheet.${key}`, options);
  const project = kind === 'project';
  const edit = Boolean(editor);
  // Columns: label · 一级 · 二级 · 三级 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差度 · 偏差原因
  // (· 不适用 on the form).
  const N = edit ? 11 : 10;
  const hasFund = Boolean(fundSectionOf(values.template));
  const fund = values.fundManagement;
  const rows = values.indicators;
  const spans = groupSpans(rows);
  const { rows: notesByRow, general } = indexFindings(findings);
  const section = (id: string) => result.sections.find((s) => s.id === id);
  const err = (path: string) => errorAt(errors, path);
  // A live error about a field (a score out of its band) is shown at the field too.
  const liveError = (path: string) =>
    findings.find((f) => f.severity === 'error' && normalisePath(f.path) === path)?.message;
  const budgetFindings = general.filter((f) => /^budget|^reported\.execution/.test(f.path));
  const indicatorSection = section('indicators');

  const amount = (key: keyof EvaluationBudget, label: string) =>
    editor ? (
      <Cell
        value={values.budget[key]}
        onChange={(v) => editor.setBudget(key, v)}
        testId={`budget-${key}`}
        label={label}
        align="right"
        error={Boolean(err(`budget.${key}`))}
        helperText={err(`budget.${key}`)}
      />
    ) : (
      <span data-testid={`budget-${key}`}>{displayAmount(values.budget[key])}</span>
    );

  return (
    <OfficialTable
      testId="evaluation-table"
      sx={{
        minWidth: edit ? 1080 : 960,
        '& td': { verticalAlign: 'top' },
        '& th.label': { textAlign: 'left', fontWeight: 500, bgcolor: 'grey.50' },
        ...ROW_TINT_SX,
        // (Its own selector: `& th, & td` would replace the ruled cells of officialTableSx.)
        ...(print ? { fontSize: 12, '& tr > th, & tr > td': { px: 0.75, py: 0.5 } } : {}),
      }}
    >
      <colgroup>
        <col style={{ width: '5em' }} />
        <col style={{ width: '5.5em' }} />
        <col style={{ width: '6em' }} />
        <col style={{ width: '9em' }} />
        <col style={{ width: '7.5em' }} />
        <col style={{ width: '7.5em' }} />
        <col style={{ width: '4.5em' }} />
        <col style={{ width: edit ? '8.5em' : '5em' }} />
        <col style={{ width: '5em' }} />
        <col />
        {edit && <col style={{ width: '3.5em' }} />}
      </colgroup>
      <tbody>
        {/* 表头 */}
        <tr>
          <th colSpan={2}>
            {translate(project ? 'app.sheet.project_name' : 'app.sheet.org_name')}
          </th>
          <td colSpan={N - 2} data-testid="subject-name">
            {subject.name}
          </td>
        </tr>
        {project && (
          <tr>
            <th colSpan={2}>{translate('app.sheet.department')}</th>
            <td colSpan={4}>{subject.departmentName}</td>
            <th colSpan={2}>{translate('app.sheet.implementer')}</th>
            <td colSpan={N - 8}>{subject.implementer}</td>
          </tr>
        )}

        {/* 项目资金 / 部门整体支出情况 */}
        <tr>
          <th rowSpan={2}>{t(project ? 'funds' : 'funds_department')}</th>
          <th colSpan={2} />
          <th>{t('initial')}</th>
          <th>{t('adjusted')}</th>
          <th>{t('executed')}</th>
          <th>{t('weight')}</th>
          <th>{t('rate')}</th>
          <th>{t('score')}</th>
          <th colSpan={N - 9}>{print ? '' : t('how')}</th>
        </tr>
        <tr>
          <th colSpan={2} className="label">
            {t(project ? 'funds_total' : 'funds_total_department')}
          </th>
          <td className="num">{amount('initial', t('initial'))}</td>
          <td className="num">{amount('adjusted', t('adjusted'))}</td>
          <td className="num">{amount('executed', t('executed'))}</td>
          <td className="num">{values.budget.weight}</td>
          <td className="num" data-testid="budget-rate">
            {result.executionRate === null ? '—' : result.executionRate}
          </td>
          <td className="num">
            <Explained
              value={result.executionScore}
              explanation={section('execution')?.explanation}
              testId="budget-score"
              plain={print}
              strong
            />
          </td>
          <td colSpan={N - 9} style={{ fontSize: 13, color: '#555' }}>
            {!print && (
              <>
                <span data-testid="budget-explanation">{section('execution')?.explanation}</span>
                <FindingNotes findings={budgetFindings} />
              </>
            )}
          </td>
        </tr>

        {/* 资金管理情况 */}
        {project && hasFund && (
          <>
            <tr>
              <th rowSpan={fund.length + 2}>{t('fund')}</th>
              <th colSpan={2} />
              <th colSpan={3}>{t('fund_note')}</th>
              <th>{t('weight')}</th>
              <th>{t('score')}</th>
              <th colSpan={N - 8}>{t('fund_problems')}</th>
            </tr>
            {fund.map((f, i) => {
              const scoreError =
                err(`fundManagement.${i}.score`) ?? liveError(`fundManagement.${i}.score`);
              return (
                <tr key={`${f.item}-${i}`} data-testid={`fund-row-${i}`}>
                  <th colSpan={2} className="label">
                    {f.item}
                  </th>
                  <td colSpan={3} style={{ whiteSpace: 'pre-wrap' }}>
                    {editor ? (
                      <Cell
                        value={f.note}
                        onChange={(v) => editor.setFund(i, { note: v })}
                        testId={`fund-${i}-note`}
                        label={`${f.item} ${t('fund_note')}`}
                        multiline
                      />
                    ) : (
                      f.note
                    )}
                  </td>
                  <td className="num">{f.weight}</td>
                  <td className="num">
                    {editor ? (
                      <Cell
                        value={f.score}
                        onChange={(v) => editor.setFund(i, { score: v })}
                        testId={`fund-${i}-score`}
                        label={`${f.item} ${t('score')}`}
                        align="right"
                        error={Boolean(scoreError)}
                        helperText={scoreError}
                      />
                    ) : (
                      <span data-testid={`fund-${i}-score`}>{f.score}</span>
                    )}
                  </td>
                  <td colSpan={N - 8} style={{ whiteSpace: 'pre-wrap' }}>
                    {editor ? (
                      <Cell
                        value={f.problems}
                        onChange={(v) => editor.setFund(i, { problems: v })}
                        testId={`fund-${i}-problems`}
                        label={`${f.item} ${t('fund_problems')}`}
                        multiline
                      />
                    ) : (
                      f.problems
                    )}
                  </td>
                </tr>
              );
            })}
            <tr>
              <th colSpan={5} className="label">
                {t('subtotal')}
              </th>
              <td className="num">{section('fundManagement')?.declaredWeight}</td>
              <td className="num">
                <Explained
                  value={result.fundManagementScore ?? '—'}
                  explanation={section('fundManagement')?.explanation}
                  testId="fund-total"
                  plain={print}
                  strong
                />
              </td>
              <td colSpan={N - 8} />
            </tr>
          </>
        )}

        {/* 年度总体目标 / 年度履职目标 */}
        <tr>
          <th rowSpan={2}>{t(project ? 'goals' : 'goals_department')}</th>
          <th colSpan={5}>{t('expected')}</th>
          <th colSpan={N - 6}>{t('actual_done')}</th>
        </tr>
        <tr>
          <td colSpan={5} data-testid="sheet-goals">
            <NumberedGoals goals={subject.goals} />
          </td>
          <td colSpan={N - 6} style={{ whiteSpace: 'pre-wrap' }}>
            {editor ? (
              <TextField
                multiline
                minRows={2}
                fullWidth
                size="small"
                variant="standard"
                value={values.summary}
                placeholder={t('summary_placeholder')}
                onChange={(e) => editor.setSummary(e.target.value)}
                error={Boolean(err('summary'))}
                helperText={err('summary')}
                slotProps={{
                  htmlInput: { 'data-testid': 'summary', 'aria-label': t('actual_done') },
                }}
              />
            ) : (
              <span data-testid="summary">{values.summary}</span>
            )}
          </td>
        </tr>

        {/* 年度主要任务 (部门整体自评表) */}
        {!project && (
          <>
            <tr>
              <th rowSpan={Math.max(subject.tasks.length, 1) + 1}>{t('tasks')}</th>
              <th colSpan={2}>{t('task_name')}</th>
              <th colSpan={3}>{t('task_content')}</th>
              <th colSpan={N - 6}>{t('actual_done')}</th>
            </tr>
            {subject.tasks.length === 0 ? (
              <tr>
                <td colSpan={N - 1} style={{ color: '#999' }}>
                  —
                </td>
              </tr>
            ) : (
              subject.tasks.map((task, i) => (
                <tr key={i}>
                  <td colSpan={2}>{task.name}</td>
                  <td colSpan={3} style={{ whiteSpace: 'pre-wrap' }}>
                    {task.content}
                  </td>
                  <td colSpan={N - 6} style={{ color: '#777', fontSize: 13 }}>
                    {i === 0 ? t('tasks_in_summary') : ''}
                  </td>
                </tr>
              ))
            )}
          </>
        )}

        {/* 绩效指标 */}
        <tr>
          <th rowSpan={rows.length + 2}>{t('indicators')}</th>
          <th>{t('level1')}</th>
          <th>{t('level2')}</th>
          <th>{t('name')}</th>
          <th>{t('target')}</th>
          <th>{t('actual')}</th>
          <th>{t('weight')}</th>
          <th>{t('score')}</th>
          <th>{t('deviation')}</th>
          <th>{t('reason')}</th>
          {edit && <th>{t('not_applicable')}</th>}
        </tr>
        {rows.map((row, i) => {
          const r = result.indicators[i];
          const notes = (notesByRow.get(i) ?? []).filter(
            // The field says it itself on the form.
            (f) => !(edit && f.severity === 'error' && /\.score$/.test(normalisePath(f.path))),
          );
          const worst = (notesByRow.get(i) ?? [])[0]?.severity;
          const tint = print ? undefined : tintClass(worst);
          const qualitative = r?.parsedTarget.kind === 'qualitative' || r?.rule === 'qualitative';
          const scoreError = err(`indicators.${i}.score`) ?? liveError(`indicators.${i}.score`);
          const reasonError = err(`indicators.${i}.reason`);
          const weightError = err(`indicators.${i}.weight`);
          const label = (key: string) => `第 ${i + 1} 行 ${t(key)}`;
          return (
            <tr
              key={i}
              data-testid={`ind-row-${i}`}
              className={tint}
              style={{ opacity: row.applicable ? 1 : 0.55 }}
            >
              {spans[i].level1 > 0 && (
                <td className="group" rowSpan={spans[i].level1}>
                  {row.level1}
                </td>
              )}
              {spans[i].level2 > 0 && (
                <td className="group" rowSpan={spans[i].level2}>
                  {row.level2}
                </td>
              )}
              <td data-testid={`ind-${i}-name`}>{row.name}</td>
              <td>
                {row.target}
                {!print && r && <ParsedCaption parsed={r.parsedTarget} row={row} />}
              </td>
              <td>
                {editor ? (
                  <Cell
                    value={row.actual}
                    onChange={(v) => editor.setRow(i, { actual: v })}
                    testId={`ind-${i}-actual`}
                    label={label('actual')}
                    error={Boolean(err(`indicators.${i}.actual`))}
                    helperText={err(`indicators.${i}.actual`)}
                  />
                ) : (
                  <span data-testid={`ind-${i}-actual`}>{row.actual}</span>
                )}
              </td>
              <td className="num">
                {editor ? (
                  <Cell
                    value={row.weight}
                    onChange={(v) => editor.setRow(i, { weight: v })}
                    testId={`ind-${i}-weight`}
                    label={label('weight')}
                    align="right"
                    error={Boolean(weightError)}
                    helperText={weightError}
                  />
                ) : (
                  row.weight
                )}
              </td>
              <td className={editor ? undefined : 'num'}>
                {editor ? (
                  <Box>
                    <Cell
                      value={row.score}
                      onChange={(v) => editor.setRow(i, { score: v })}
                      testId={`ind-${i}-score`}
                      label={label('score')}
                      align="right"
                      placeholder={r?.ruleScore ?? ''}
                      disabled={!row.applicable}
                      error={Boolean(scoreError)}
                      helperText={scoreError}
                    />
                    {qualitative && (
                      <TextField
                        select
                        variant="standard"
                        size="small"
                        fullWidth
                        value={row.level}
                        onChange={(e) =>
                          editor.setRow(i, { level: e.target.value as FormRow['level'] })
                        }
                        slotProps={{
                          select: { native: true },
                          htmlInput: {
                            'data-testid': `ind-${i}-level`,
                            'aria-label': label('level'),
                          },
                        }}
                        sx={{ mt: 0.5 }}
                      >
                        <option value="">{t('level_auto')}</option>
                        {QUALITATIVE_LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {l}
                          </option>
                        ))}
                      </TextField>
                    )}
                    {qualitative && (
                      <Typography
                        variant="caption"
                        component="div"
                        color="text.secondary"
                        sx={{ lineHeight: 1.3 }}
                        data-testid={`ind-${i}-band`}
                      >
                        {row.level
                          ? t('band', { level: row.level, band: levelBand(row.level, row.weight) })
                          : bandHint(row.weight)}
                      </Typography>
                    )}
                    <ComputedScore result={r} index={i} />
                  </Box>
                ) : (
                  <>
                    <Explained
                      value={r ? (r.applicable ? r.score : '—') : ''}
                      explanation={r?.explanation}
                      testId={`ind-${i}-computed`}
                      plain={print}
                    />
                    {!print && r?.level && (
                      <Typography variant="caption" component="div" color="text.secondary">
                        {r.level}
                      </Typography>
                    )}
                  </>
                )}
              </td>
              <td className="num" data-testid={`ind-${i}-deviation`}>
                {r && r.applicable && r.deviation !== null ? `${r.deviation}%` : ''}
              </td>
              <td style={{ whiteSpace: 'pre-wrap' }}>
                {editor ? (
                  <Cell
                    value={row.reason}
                    onChange={(v) => editor.setRow(i, { reason: v })}
                    testId={`ind-${i}-reason`}
                    label={label('reason')}
                    multiline
                    error={Boolean(reasonError)}
                    helperText={reasonError}
                  />
                ) : (
                  <span data-testid={`ind-${i}-reason`}>{row.reason}</span>
                )}
                {!row.applicable && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {t('excluded')}
                  </Typography>
                )}
                {!print && <FindingNotes findings={notes} />}
              </td>
              {editor && (
                <td className="center">
                  <Checkbox
                    size="small"
                    checked={!row.applicable}
                    onChange={(e) => editor.setRow(i, { applicable: !e.target.checked })}
                    slotProps={{
                      input: {
                        'aria-label': label('not_applicable'),
                        'data-testid': `ind-${i}-na`,
                      } as object,
                    }}
                  />
                </td>
              )}
            </tr>
          );
        })}
        <tr>
          <th colSpan={5} className="label">
            {t('indicators_subtotal')}
            {(indicatorSection?.groups ?? []).length > 0 && (
              <Typography variant="caption" component="div" data-testid="indicator-groups">
                {(indicatorSection?.groups ?? [])
                  .map((g) => `${g.name} ${g.score}（${g.declaredWeight}/${g.weight}）`)
                  .join('；')}
              </Typography>
            )}
          </th>
          <td className="num">{indicatorSection?.declaredWeight}</td>
          <td className="num">
            <Explained
              value={result.indicatorScore}
              explanation={indicatorSection?.explanation}
              testId="indicators-total"
              plain={print}
              strong
            />
          </td>
          <td colSpan={N - 8} style={{ fontSize: 13, color: '#555' }}>
            {!print && indicatorSection?.explanation}
          </td>
        </tr>

        {/* 总分 · 等级 */}
        <tr>
          <th colSpan={6}>{t('total')}</th>
          <td className="num">100</td>
          <td className="num" style={{ fontSize: 16 }}>
            <Explained
              value={result.total}
              explanation={`${result.sections.map((s) => `${s.name} ${s.score}`).join(' + ')} = ${result.total}`}
              testId="sheet-total"
              plain={print}
              strong
            />
          </td>
          <th>{t('grade')}</th>
          <td colSpan={N - 9}>
            {print ? (
              <strong data-testid="sheet-grade">{result.grade}</strong>
            ) : (
              <Chip
                size="small"
                label={result.grade}
                color={GRADE_COLOR[result.grade]}
                data-testid="sheet-grade"
              />
            )}
          </td>
        </tr>
      </tbody>
    </OfficialTable>
  );
};
