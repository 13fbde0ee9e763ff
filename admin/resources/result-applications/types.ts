import {
  DECISIONS,
  TREATMENTS,
  type Decision,
  type ResultRules,
  type Treatment,
} from '../../../shared/domain/results';
import type { Grade } from '../../../shared/scoring/types';

/** `GET /api/result-applications` (server/modules/result-applications). */
export interface ResultApplication {
  id: number;
  evaluationId: number;
  orgId: number;
  orgName: string;
  regionId: number;
  /** the evaluated year; the treatment is for the budget of budgetYear (= year + 1) */
  year: number;
  budgetYear: number;
  projectId: number | null;
  title: string;
  total: string;
  grade: Grade;
  budgetAdjusted: string;
  budgetExecuted: string;
  suggestion: Treatment;
  rule: ResultRules;
  decision: Decision | null;
  comment: string;
  decidedBy: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  version: number;
}

/** `GET /api/result-rules/:regionId` */
export interface ResultRuleRecord {
  id: number;
  orgId: number;
  orgName: string;
  rules: ResultRules;
  /** 0 while the region uses the default rule */
  version: number;
  stored: boolean;
  defaults: ResultRules;
  updatedAt: string | null;
}

export const TREATMENT_CHOICES = TREATMENTS.map((id) => ({ id, name: id }));
export const DECISION_CHOICES = DECISIONS.map((id) => ({ id, name: id }));

/** Colours of the treatments: support in green, keep in blue, cuts in orange and red. */
export const TREATMENT_COLORS: Record<
  Decision,
  'success' | 'primary' | 'warning' | 'error' | 'default'
> = {
  优先保障: 'success',
  保持: 'primary',
  压减: 'warning',
  压减或取消: 'error',
  其他: 'default',
};
