import type { Grade } from '../scoring';

/**
 * 结果应用: "对绩效评价结果好的项目予以重点支持、优先保障，对绩效评价结果差的项目，缩减直至取消项目资金预算"
 * (seed 002). The treatment suggested for next year's budget follows the project's final grade by a
 * rule each region's finance bureau may edit; the bureau then records its own decision.
 */
export const TREATMENTS = ['优先保障', '保持', '压减', '压减或取消'] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** A finance decision: one of the treatments, or 其他 (explained in the comment). */
export const DECISIONS = [...TREATMENTS, '其他'] as const;
export type Decision = (typeof DECISIONS)[number];

export type ResultRules = Record<Grade, Treatment>;

export const DEFAULT_RESULT_RULES: ResultRules = {
  优: '优先保障',
  良: '保持',
  中: '压减',
  差: '压减或取消',
};

/** 问题整改: open (整改要求 sent) → answered (整改情况 reported) → closed, or reopened. */
export const RECTIFICATION_STATUSES = ['open', 'answered', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  open: '待整改',
  answered: '已反馈（待确认）',
  closed: '已销号',
};

/** The documents a rectification item can be opened on. */
export const RECTIFICATION_SOURCES = ['evaluations', 'monitoring'] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

export const RECTIFICATION_SOURCE_LABELS: Record<RectificationSource, string> = {
  evaluations: '绩效自评',
  monitoring: '绩效运行监控',
};

/** Score bins of the dashboard histogram: [min, max), the last one including 100. */
export const SCORE_BINS = [
  { key: 'lt60', label: '<60', min: null, max: '60' },
  { key: '60-70', label: '60–70', min: '60', max: '70' },
  { key: '70-80', label: '70–80', min: '70', max: '80' },
  { key: '80-90', label: '80–90', min: '80', max: '90' },
  { key: '90-100', label: '90–100', min: '90', max: null },
] as const;

/** Rows of `GET /api/rankings` (level=project / level=unit; a unit row's `id` is its org id). */
export interface ProjectRanking {
  id: number;
  rank: number;
  evaluationId: number;
  projectId: number | null;
  projectCode: string | null;
  title: string;
  orgId: number;
  orgName: string;
  departmentName: string | null;
  /** self-evaluation total; reviewTotal the 复核 total; finalTotal the one that counts */
  total: string;
  reviewTotal: string | null;
  finalTotal: string;
  selfGrade: Grade;
  /** final grade (复核 where there is one) */
  grade: Grade;
  executionRate: string | null;
  budgetAdjusted: string;
  budgetExecuted: string;
  status: string;
  sampled: boolean;
}

export interface UnitRanking {
  id: number;
  rank: number;
  orgId: number;
  orgCode: string;
  orgName: string;
  departmentName: string | null;
  evaluations: number;
  average: string;
  grades: Record<Grade, number>;
  budgetAdjusted: string;
  budgetExecuted: string;
  executionRate: string | null;
}
