/** A 指标库 entry (`GET /api/indicators`). */
export type IndicatorDirection = 'positive' | 'negative' | 'qualitative';
export type IndicatorScope = 'project' | 'department' | 'any';

export interface LibraryIndicator {
  id: number;
  scope: IndicatorScope;
  level1: string;
  level2: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  suggestedTarget: string;
  explanation: string;
  method: string;
  weight: string | null;
  version: number;
}

export const DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  positive: '正向',
  negative: '反向',
  qualitative: '定性',
};

export const SCOPE_LABELS: Record<IndicatorScope, string> = {
  project: '项目绩效目标表',
  department: '整体绩效目标表',
  any: '通用',
};

export const DIRECTION_CHOICES = (Object.keys(DIRECTION_LABELS) as IndicatorDirection[]).map(
  (id) => ({ id, name: DIRECTION_LABELS[id] }),
);

export const SCOPE_CHOICES = (Object.keys(SCOPE_LABELS) as IndicatorScope[]).map((id) => ({
  id,
  name: SCOPE_LABELS[id],
}));
