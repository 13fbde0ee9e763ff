interface DiffRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  basis: string;
  weight: string | null;
}

interface Side {
  id: number;
  revision: number;
  goals: string[];
  indicators: DiffRow[];
}

export interface IndicatorChange {
  change: 'added' | 'removed' | 'changed';
  level1: string;
  level2: string;
  name: string;
  before?: { target: string; basis: string; weight: string | null };
  after?: { target: string; basis: string; weight: string | null };
}

export interface TargetDiff {
  from: { id: number; revision: number } | null;
  to: { id: number; revision: number };
  goals: { added: string[]; removed: string[] };
  indicators: IndicatorChange[];
}

const keyOf = (r: DiffRow) => `${r.level1}\u0000${r.level2}\u0000${r.name}`;
const valueOf = (r: DiffRow) => ({ target: r.target, basis: r.basis, weight: r.weight });

/** Rows are matched by 一级/二级/三级 name; a matched row whose 指标值, 依据 or 分值 differs is "changed". */
export function diffTargets(from: Side | null, to: Side): TargetDiff {
  const before = new Map((from?.indicators ?? []).map((r) => [keyOf(r), r]));
  const after = new Map(to.indicators.map((r) => [keyOf(r), r]));
  const indicators: IndicatorChange[] = [];
  for (const [key, row] of after) {
    const old = before.get(key);
    const head = { level1: row.level1, level2: row.level2, name: row.name };
    if (!old) indicators.push({ change: 'added', ...head, after: valueOf(row) });
    else if (JSON.stringify(valueOf(old)) !== JSON.stringify(valueOf(row)))
      indicators.push({ change: 'changed', ...head, before: valueOf(old), after: valueOf(row) });
  }
  for (const [key, row] of before) {
    if (!after.has(key))
      indicators.push({
        change: 'removed',
        level1: row.level1,
        level2: row.level2,
        name: row.name,
        before: valueOf(row),
      });
  }
  const oldGoals = new Set(from?.goals ?? []);
  const newGoals = new Set(to.goals);
  return {
    from: from ? { id: from.id, revision: from.revision } : null,
    to: { id: to.id, revision: to.revision },
    goals: {
      added: to.goals.filter((g) => !oldGoals.has(g)),
      removed: [...oldGoals].filter((g) => !newGoals.has(g)),
    },
    indicators,
  };
}
