/**
 * Scoring throughput: one million generated indicators (seeded, a realistic mix of 正向 / 反向 /
 * 成本 / 定性 / 区间 rows with table-like value strings) scored through `scoreSheet`, beside the same
 * loop in plain `number` arithmetic. Run with `npm run bench:scoring`.
 *
 * Environment: BENCH_INDICATORS (default 1 000 000), BENCH_SEED (default 20230101).
 */
import { scoreSheet, type EvaluationSheet, type SheetIndicator } from '../shared/scoring';

const TOTAL = Number(process.env.BENCH_INDICATORS ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 20230101);
const PER_SHEET = 10;
const BATCH_SHEETS = 5_000;
const GOAL = 200_000;

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const money = (rand: Rand, lo: number, hi: number): string =>
  (int(rand, lo * 100, hi * 100) / 100).toString();

const JUDGEMENTS = ['有效保障', '有效提高', '明显提升', '较大改善', '有力保障', '合规', '完整'];
const COUNT_UNITS = ['个', '人', '次', '种', '户', '人次'];

/**
 * One indicator row; weights are filled in by the sheet so that they add up to 70. About four rows
 * in five meet their target, as in the seed tables; the others miss it by a varying margin.
 */
function indicator(rand: Rand, weight: string): SheetIndicator {
  const kind = rand();
  const meets = rand() < 0.8;
  if (kind < 0.3) {
    // 正向 percentage: `≥95%` against `100%` or a shortfall.
    const a = int(rand, 80, 99);
    const b = meets ? int(rand, a, 100) : int(rand, a - 20, a - 1);
    return row('产出指标', '质量指标', '合格率', `≥${a}%`, `${b}%`, weight);
  }
  if (kind < 0.45) {
    // 正向 count: `16 人`, `≥2000人次`.
    const unit = pick(rand, COUNT_UNITS);
    const a = int(rand, 1, 2000);
    const b = meets ? a + int(rand, 0, Math.ceil(a / 5)) : int(rand, 0, a - 1);
    const target = rand() < 0.5 ? `≥${a}${unit}` : `${a} ${unit}`;
    return row('产出指标', '数量指标', '数量', target, `${b}${unit}`, weight);
  }
  if (kind < 0.65) {
    // 成本 (反向): `≤3.33 万元` against what was spent.
    const a = money(rand, 0.5, 500);
    const b = (Number(a) * (meets ? 0.4 + rand() * 0.6 : 1.01 + rand() * 1.2)).toFixed(2);
    return row('成本指标', '经济成本指标', '总成本', `≤${a} 万元`, `${b} 万元`, weight);
  }
  if (kind < 0.72) {
    // 反向 duration: `≤30天`.
    const a = int(rand, 5, 60);
    const b = meets ? int(rand, 1, a) : a + int(rand, 1, a);
    return row('产出指标', '时效指标', '办理时限', `≤${a}天`, `${b}天`, weight);
  }
  if (kind < 0.8) {
    // 区间: `4-6 个`.
    const lo = int(rand, 1, 10);
    const hi = lo + int(rand, 1, 5);
    const b = meets
      ? int(rand, lo, hi)
      : rand() < 0.5
        ? int(rand, 0, lo - 1)
        : hi + int(rand, 1, 4);
    return row('产出指标', '数量指标', '项目数', `${lo}-${hi} 个`, `${b} 个`, weight);
  }
  // 定性: a judgement against `100%` or a lower percentage.
  const b = meets ? 100 : int(rand, 50, 99);
  const judgement = pick(rand, JUDGEMENTS);
  const reason = meets ? undefined : '受客观因素影响，下年度加强跟踪';
  return { ...row('效益指标', '社会效益指标', '社会效益', judgement, `${b}%`, weight), reason };
}

function row(
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: string,
): SheetIndicator {
  return { level1, level2, name, target, actual, weight };
}

const WEIGHTS = ['10', '10', '5', '5', '10', '5', '5', '10', '5', '5'];

function sheet(rand: Rand): EvaluationSheet {
  const adjusted = money(rand, 1, 2000);
  const executed = (Number(adjusted) * (0.3 + rand() * 0.75)).toFixed(2);
  return {
    kind: 'project',
    budget: { initial: adjusted, adjusted, executed, weight: '10' },
    fundManagement: [
      { item: '安排科学性', weight: '5', score: '5' },
      { item: '拨付合规性', weight: '5', score: '5' },
      { item: '使用规范性', weight: '5', score: '5' },
      { item: '预算绩效管理情况', weight: '5', score: '4' },
    ],
    indicators: WEIGHTS.map((w) => indicator(rand, w)),
  };
}

// ---------------------------------------------------------------------------------------------
// Baseline: the same loop in binary floating point (what the engine must not do)
// ---------------------------------------------------------------------------------------------

const NUM_RE = /(≥|≤)?\s*(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?/;

function baselineIndicator(ind: SheetIndicator): number {
  const w = Number(ind.weight);
  const t = NUM_RE.exec(ind.target);
  const a = NUM_RE.exec(ind.actual);
  if (!t)
    return a && Number(a[2]) >= 100 ? w : a ? Math.round((Number(a[2]) / 100) * w * 100) / 100 : 0;
  if (!a) return 0;
  const A = Number(t[2]);
  const B = Number(a[2]);
  const cost = ind.level1.includes('成本');
  if (t[3] !== undefined) {
    const U = Number(t[3]);
    if (B < A) return Number(((B / A) * w).toFixed(2));
    if (B > U) return B >= 2 * U ? 0 : Number(((1 - (B - U) / U) * w).toFixed(2));
    return w;
  }
  if (cost || t[1] === '≤') {
    if (B <= A) return w;
    return B >= 2 * A ? 0 : Number(((1 - (B - A) / A) * w).toFixed(2));
  }
  return B >= A ? w : Number(((B / A) * w).toFixed(2));
}

function baselineSheet(s: EvaluationSheet): number {
  const adjusted = Number(s.budget.adjusted);
  const executed = Number(s.budget.executed);
  const w = Number(s.budget.weight);
  const execution = adjusted > 0 ? Math.min(w, Number(((executed / adjusted) * w).toFixed(2))) : 0;
  let fund = 0;
  for (const f of s.fundManagement ?? []) fund += Number(f.score);
  let indicators = 0;
  for (const ind of s.indicators) indicators += baselineIndicator(ind);
  return Number((execution + fund + indicators).toFixed(2));
}

// ---------------------------------------------------------------------------------------------

function generateBatch(rand: Rand, sheets: number): EvaluationSheet[] {
  const out: EvaluationSheet[] = [];
  for (let i = 0; i < sheets; i++) out.push(sheet(rand));
  return out;
}

function main(): void {
  const sheetsTotal = Math.ceil(TOTAL / PER_SHEET);
  const indicators = sheetsTotal * PER_SHEET;

  // Warm both loops up on a separate stream so that the JIT has compiled them.
  const warm = generateBatch(prng(SEED ^ 0x5eed), 2_000);
  for (const s of warm) {
    scoreSheet(s);
    baselineSheet(s);
  }

  let engineNs = 0n;
  let baselineNs = 0n;
  let engineSum = 0;
  let baselineSum = 0;
  let differing = 0;
  let findings = 0;
  const rand = prng(SEED);
  for (let done = 0; done < sheetsTotal; done += BATCH_SHEETS) {
    const batch = generateBatch(rand, Math.min(BATCH_SHEETS, sheetsTotal - done));
    const totals: string[] = new Array<string>(batch.length);

    let t0 = process.hrtime.bigint();
    for (let i = 0; i < batch.length; i++) {
      const result = scoreSheet(batch[i]);
      totals[i] = result.total;
      findings += result.findings.length;
    }
    engineNs += process.hrtime.bigint() - t0;

    const floats: number[] = new Array<number>(batch.length);
    t0 = process.hrtime.bigint();
    for (let i = 0; i < batch.length; i++) floats[i] = baselineSheet(batch[i]);
    baselineNs += process.hrtime.bigint() - t0;

    for (let i = 0; i < batch.length; i++) {
      engineSum += Number(totals[i]);
      baselineSum += floats[i];
      if (Number(totals[i]) !== floats[i]) differing += 1;
    }
  }

  const engineRate = indicators / (Number(engineNs) / 1e9);
  const baselineRate = indicators / (Number(baselineNs) / 1e9);
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  console.log(
    `scoring benchmark — ${fmt(indicators)} indicators in ${fmt(sheetsTotal)} sheets (seed ${SEED})`,
  );
  console.log(
    `  engine (exact decimals):  ${fmt(engineRate).padStart(12)} indicators/s  (${(Number(engineNs) / 1e9).toFixed(2)} s)`,
  );
  console.log(
    `  baseline (float number):  ${fmt(baselineRate).padStart(12)} indicators/s  (${(Number(baselineNs) / 1e9).toFixed(2)} s)`,
  );
  console.log(`  ratio engine / baseline:  ${(engineRate / baselineRate).toFixed(3)}`);
  console.log(`  findings raised:          ${fmt(findings)}`);
  console.log(
    `  sheets whose float total differs from the exact one: ${fmt(differing)} (checksums ${engineSum.toFixed(2)} / ${baselineSum.toFixed(2)})`,
  );
  console.log(
    `  goal ≥ ${fmt(GOAL)} indicators/s on one core: ${engineRate >= GOAL ? 'MET' : 'NOT MET'}`,
  );
  if (engineRate < GOAL) process.exitCode = 1;
}

main();
