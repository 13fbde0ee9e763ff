import {
  DEFAULT_TEMPLATE_BY_KIND,
  EvaluationSheet,
  findTemplate,
  FundManagementItem,
  scoreSheet,
  SheetResult,
} from '../../../shared/scoring';
import type { Evaluation, EvaluationIndicator, ReviewItem } from './entities/evaluation.entity';

export type EvaluationRow = Pick<
  EvaluationIndicator,
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'level'
  | 'applicable'
  | 'reason'
  | 'basis'
>;

type SheetFields = Pick<
  Evaluation,
  | 'kind'
  | 'template'
  | 'budgetInitial'
  | 'budgetAdjusted'
  | 'budgetExecuted'
  | 'budgetWeight'
  | 'fundManagement'
  | 'reported'
  | 'summary'
>;

/** The stored evaluation as the sheet of SCORING.md, the one input of the scoring engine. */
export function toSheet(ev: SheetFields, rows: EvaluationRow[]): EvaluationSheet {
  const template = findTemplate(ev.template);
  const hasFund = template?.sections.some((s) => s.id === 'fundManagement') ?? false;
  return {
    kind: ev.kind,
    template: ev.template,
    budget: {
      initial: ev.budgetInitial,
      adjusted: ev.budgetAdjusted,
      executed: ev.budgetExecuted,
      weight: ev.budgetWeight,
    },
    ...(hasFund ? { fundManagement: ev.fundManagement } : {}),
    indicators: rows.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      actual: r.actual,
      weight: r.weight,
      ...(r.score !== null && r.score !== '' ? { score: r.score } : {}),
      ...(r.level ? { level: r.level } : {}),
      applicable: r.applicable,
      reason: r.reason,
      basis: r.basis,
    })),
    ...(ev.reported ? { reported: ev.reported } : {}),
    summary: ev.summary,
  };
}

export function score(ev: SheetFields, rows: EvaluationRow[]): SheetResult {
  return scoreSheet(toSheet(ev, rows));
}

/** The sheet re-scored with the 复核 scores in place of the unit's. */
export function reviewScore(
  ev: SheetFields,
  rows: EvaluationRow[],
  items: ReviewItem[],
): SheetResult {
  const reviewed = rows.map((r) => ({ ...r }));
  const fund: FundManagementItem[] = ev.fundManagement.map((f) => ({ ...f }));
  for (const item of items) {
    if (item.section === 'indicators') reviewed[item.index].score = item.score;
    else fund[item.index].score = item.score;
  }
  return score({ ...ev, fundManagement: fund, reported: null }, reviewed);
}

export function defaultTemplate(kind: Evaluation['kind']): string {
  return DEFAULT_TEMPLATE_BY_KIND[kind];
}

/** The 预算执行率 weight and the 资金管理情况 items a template prescribes. */
export function templateDefaults(templateId: string): {
  executionWeight: string;
  fundItems: FundManagementItem[];
} {
  const template = findTemplate(templateId);
  let executionWeight = '10';
  let fundItems: FundManagementItem[] = [];
  for (const section of template?.sections ?? []) {
    if (section.id === 'execution') executionWeight = section.weight;
    if (section.id === 'fundManagement')
      fundItems = section.items.map((i) => ({
        item: i.name,
        weight: i.weight,
        score: '0',
        note: '',
        problems: '',
      }));
  }
  return { executionWeight, fundItems };
}
