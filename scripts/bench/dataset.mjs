// The benchmark dataset: a province in MySQL (database bp_bench, reproducible from a seed), shared
// by every benchmark that needs one. `dataset(scale, log)` builds it unless the database already
// holds the same one (same scale, seed and migrations).
//
// Full: 10 regions × 20 departments × 11 units = 2,200 units, 100,000 projects (2022 and 2023),
// 1,000,000 target indicator rows, ~160,000 monitoring reports, ~87,000 self-evaluations with
// their findings. --quick: 1/20 of it. Users: bench-admin and bench-finance (the first region),
// password Bench@2024; bench-unit (the first unit of the first region) with DRAFTS draft
// self-evaluations of 20 indicator rows each (their own projects and approved targets), for the
// save benchmark.
//
// Environment: BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306), BENCH_DATABASE (bp_bench),
// BENCH_REDIS_URL (redis://127.0.0.1:6379/14), BENCH_SEED (20230101), BENCH_REGENERATE=1 to rebuild
// the dataset even when it matches.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { connect, prng, ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);

export const MYSQL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const DATABASE = process.env.BENCH_DATABASE ?? 'bp_bench';
export const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14';
export const SEED = Number(process.env.BENCH_SEED ?? 20230101);
export const PASSWORD = 'Bench@2024';
export const YEAR = 2023;

export const SCALES = {
  full: { regions: 10, departments: 20, units: 11, projects: 100_000, indicators: 10 },
  quick: { regions: 5, departments: 2, units: 11, projects: 5_000, indicators: 10 },
};

// ——— the dataset ———

const LIGHTS = [
  ['green', 0.6],
  ['blue', 0.15],
  ['yellow', 0.15],
  ['red', 0.08],
  ['none', 0.02],
];
const FINDINGS = [
  ['HIGH_SCORE_LOW_EXECUTION', 'warning', 0.35],
  ['LOW_EXECUTION', 'warning', 0.3],
  ['UNMET_WITHOUT_REASON', 'error', 0.1],
  ['SCORE_OVERRIDDEN', 'warning', 0.2],
  ['COST_TARGET_NOT_UPPER_BOUND', 'warning', 0.12],
  ['TARGET_TOO_LOW', 'warning', 0.08],
  ['UNPARSEABLE_VALUE', 'warning', 0.15],
  ['MET_WITH_NOTHING_SPENT', 'warning', 0.05],
  ['GRADE_MISMATCH', 'warning', 0.03],
  ['TOTAL_MISMATCH', 'warning', 0.02],
  ['WEIGHTS_NOT_100', 'error', 0.01],
];
const INDICATORS = [
  ['成本指标', '经济成本指标', '项目总成本', '≤50万元'],
  ['产出指标', '数量指标', '服务人次', '≥2000人次'],
  ['产出指标', '质量指标', '验收合格率', '≥95%'],
  ['产出指标', '时效指标', '完成时间', '12月31日前'],
  ['效益指标', '社会效益指标', '群众获得感', '显著提升'],
  ['效益指标', '可持续影响指标', '长效机制', '健全'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

const pick = (rand, weighted) => {
  let x = rand();
  for (const [value, w] of weighted) if ((x -= w) < 0) return value;
  return weighted[weighted.length - 1][0];
};
/** An amount in cents as a decimal string ("1234.56"). */
const money = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const gradeOf = (cents) =>
  cents >= 9000 ? '优' : cents >= 8000 ? '良' : cents >= 6000 ? '中' : '差';

class Batches {
  constructor(conn, size = 2000) {
    this.conn = conn;
    this.size = size;
    this.tables = new Map();
    this.rows = 0;
  }
  async add(table, columns, row) {
    let t = this.tables.get(table);
    if (!t) this.tables.set(table, (t = { columns, rows: [] }));
    t.rows.push(row);
    if (t.rows.length >= this.size) await this.flush(table);
  }
  async flush(table) {
    const t = this.tables.get(table);
    if (!t || t.rows.length === 0) return;
    const rows = t.rows;
    t.rows = [];
    this.rows += rows.length;
    await this.conn.query(
      `INSERT INTO \`${table}\` (${t.columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`,
      [rows],
    );
  }
  async flushAll() {
    for (const table of this.tables.keys()) await this.flush(table);
  }
}

function migrationNames() {
  return readdirSync(join(ROOT, 'migrations'))
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

async function schema(log) {
  const { buildDataSourceOptions } = require(join(ROOT, 'dist/server/database/options.js'));
  const { loadConfig } = require(join(ROOT, 'dist/server/config/config.js'));
  const { DataSource } = require('typeorm');
  const ds = new DataSource(
    buildDataSourceOptions(
      loadConfig({
        DATABASE_URL: `${MYSQL}/${DATABASE}`,
        REDIS_URL: REDIS,
        JWT_SECRET: 'x'.repeat(40),
        LOG_LEVEL: 'error',
      }),
    ),
  );
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    log(`schema: ${ran.length} migrations applied`);
  } finally {
    await ds.destroy();
  }
}

/** Creates bp_bench with the dataset unless it already holds the same one. */
export async function dataset(scale, log) {
  const fingerprint = JSON.stringify({ scale, seed: SEED, migrations: migrationNames(), v: 4 });
  const server = await connect(MYSQL);
  try {
    const [dbs] = await server.query('SHOW DATABASES LIKE ?', [DATABASE]);
    if (dbs.length && process.env.BENCH_REGENERATE !== '1') {
      const [meta] = await server
        .query(`SELECT v FROM \`${DATABASE}\`._bench_meta WHERE k = 'fingerprint'`)
        .catch(() => [[]]);
      if (meta[0]?.v === fingerprint) {
        log('dataset: reusing the existing one (same scale, seed and migrations)');
        return;
      }
    }
    await server.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
    await server.query(
      `CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await server.end();
  }
  await schema(log);
  const started = Date.now();
  const conn = await connect(MYSQL, DATABASE);
  try {
    await conn.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    await generate(conn, scale);
    await benchUnit(conn, scale);
    await jobsData(conn, scale);
    await conn.query('CREATE TABLE _bench_meta (k varchar(32) PRIMARY KEY, v text)');
    await conn.query(`INSERT INTO _bench_meta VALUES ('fingerprint', ?)`, [fingerprint]);
    const counts = {};
    for (const t of [
      'orgs',
      'projects',
      'targets',
      'target_indicators',
      'monitoring_reports',
      'evaluations',
      'evaluation_findings',
      'rectifications',
    ]) {
      await conn.query(`ANALYZE TABLE \`${t}\``);
      const [[row]] = await conn.query(`SELECT COUNT(*) AS n FROM \`${t}\``);
      counts[t] = Number(row.n);
    }
    log(
      `dataset generated in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(
        counts,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
  } finally {
    await conn.end();
  }
}

async function generate(conn, scale) {
  const rand = prng(SEED);
  const b = new Batches(conn);
  const ORG = ['id', 'code', 'name', 'type', 'parentId', 'path', 'version'];
  let orgId = 0;
  const units = [];
  const regions = [];
  for (let r = 1; r <= scale.regions; r += 1) {
    const region = { id: (orgId += 1), path: '' };
    region.path = `/${region.id}/`;
    regions.push(region);
    await b.add('orgs', ORG, [
      region.id,
      `R${r}`,
      `第${r}市财政局`,
      'region',
      null,
      region.path,
      1,
    ]);
  }
  for (const [ri, region] of regions.entries()) {
    for (let d = 1; d <= scale.departments; d += 1) {
      const dept = { id: (orgId += 1) };
      dept.path = `${region.path}${dept.id}/`;
      await b.add('orgs', ORG, [
        dept.id,
        `R${ri + 1}-D${d}`,
        `第${ri + 1}市第${d}主管部门`,
        'department',
        region.id,
        dept.path,
        1,
      ]);
      for (let u = 1; u <= scale.units; u += 1) {
        const unit = { id: (orgId += 1) };
        unit.path = `${dept.path}${unit.id}/`;
        units.push(unit);
        await b.add('orgs', ORG, [
          unit.id,
          `R${ri + 1}-D${d}-U${u}`,
          `第${ri + 1}市第${d}部门第${u}预算单位`,
          'unit',
          dept.id,
          unit.path,
          1,
        ]);
      }
    }
  }
  const argon2 = require('argon2');
  const hash = await argon2.hash(PASSWORD);
  const USER = ['username', 'name', 'role', 'orgId', 'passwordHash', 'version'];
  await b.add('users', USER, ['bench-admin', '基准测试管理员', 'admin', null, hash, 1]);
  await b.add('users', USER, [
    'bench-finance',
    '基准测试财政局',
    'finance',
    regions[0].id,
    hash,
    1,
  ]);

  const PROJECT = [
    'id',
    'year',
    'code',
    'name',
    'orgId',
    'implementer',
    'type',
    'amountTotal',
    'amountFiscal',
    'amountSpecial',
    'amountOther',
    'purpose',
    'spendPlan',
    'version',
  ];
  const TARGET = [
    'id',
    'year',
    'orgId',
    'revision',
    'status',
    'current',
    'goals',
    'findings',
    'version',
    'projectId',
  ];
  const INDICATOR = [
    'docType',
    'docId',
    'ordinal',
    'level1',
    'level2',
    'name',
    'target',
    'basis',
    'description',
    'method',
    'weight',
    'parsed',
  ];
  const MONITORING = [
    'kind',
    'targetId',
    'orgId',
    'year',
    'title',
    'month',
    'status',
    'budget',
    'executed',
    'expectedExecuted',
    'spendPlan',
    'lights',
    'overallLight',
    'findings',
    'version',
  ];
  const EVALUATION = [
    'id',
    'kind',
    'targetId',
    'orgId',
    'year',
    'title',
    'template',
    'status',
    'budgetInitial',
    'budgetAdjusted',
    'budgetExecuted',
    'budgetWeight',
    'fundManagement',
    'goals',
    'summary',
    'result',
    'executionRate',
    'executionScore',
    'total',
    'grade',
    'reviewTotal',
    'reviewGrade',
    'finalGrade',
    'sampled',
    'version',
  ];
  const FINDING = ['evaluationId', 'code', 'severity'];
  const RECT = [
    'source',
    'documentId',
    'orgId',
    'year',
    'title',
    'requirement',
    'deadline',
    'status',
    'answer',
    'openedBy',
    'history',
    'version',
  ];
  const plan = JSON.stringify({ q1: '20', q2: '50', q3: '80', q4: '100' });
  for (let i = 1; i <= scale.projects; i += 1) {
    const year = i <= scale.projects / 2 ? YEAR - 1 : YEAR;
    const unit = units[Math.floor(rand() * units.length)];
    const cents = 50 + Math.floor(rand() * rand() * 50_000); // 0.5 – 500 万元
    const amount = money(cents);
    const title = `项目${i}：社区服务能力提升`;
    await b.add('projects', PROJECT, [
      i,
      year,
      `P${year}-${i}`,
      title,
      unit.id,
      '',
      'specific',
      amount,
      amount,
      '0',
      '0',
      '',
      plan,
      1,
    ]);
    const status = pick(rand, [
      ['approved', 0.92],
      ['submitted', 0.03],
      ['draft', 0.03],
      ['returned', 0.02],
    ]);
    await b.add('targets', TARGET, [
      i,
      year,
      unit.id,
      1,
      status,
      status === 'approved' ? 1 : 0,
      '["完成年度目标"]',
      '[]',
      1,
      i,
    ]);
    for (let k = 0; k < scale.indicators; k += 1) {
      const [l1, l2, n, target] = INDICATORS[k % INDICATORS.length];
      await b.add('target_indicators', INDICATOR, [
        'targets',
        i,
        k,
        l1,
        l2,
        n,
        target,
        '',
        '',
        '',
        '7',
        '{}',
      ]);
    }
    if (status !== 'approved') continue;
    for (const month of rand() < 0.5 ? [6] : [6, 9]) {
      const executed = Math.floor(cents * rand());
      await b.add('monitoring_reports', MONITORING, [
        'project',
        i,
        unit.id,
        year,
        title,
        month,
        pick(rand, [
          ['approved', 0.85],
          ['submitted', 0.1],
          ['draft', 0.05],
        ]),
        amount,
        money(executed),
        amount,
        plan,
        '{}',
        pick(rand, LIGHTS),
        '[]',
        1,
      ]);
    }
    if (rand() >= 0.95) continue;
    const evStatus = pick(rand, [
      ['approved', 0.8],
      ['dept_approved', 0.07],
      ['submitted', 0.06],
      ['draft', 0.04],
      ['returned', 0.03],
    ]);
    const executed = Math.min(cents, Math.floor(cents * rand() * 1.1));
    const total =
      rand() < 0.85 ? 6000 + Math.floor(rand() * 4001) : 3000 + Math.floor(rand() * 3000);
    const reviewed = rand() < 0.05 ? Math.max(0, total - Math.floor(rand() * 1000)) : null;
    const rate = Math.round((executed * 10000) / cents);
    const findings = FINDINGS.filter(([, , p]) => rand() < p);
    const result = JSON.stringify({
      total: money(total),
      findings: findings.map(([code, severity]) => ({
        code,
        severity,
        path: 'indicators[0]',
        message: '基准测试数据：该项目存在需要复核的问题，请核对原表数据与评分规则',
      })),
    });
    await b.add('evaluations', EVALUATION, [
      i,
      'project',
      i,
      unit.id,
      year,
      title,
      'henan-project-2023',
      evStatus,
      amount,
      amount,
      money(executed),
      '10',
      '[]',
      '["完成年度目标"]',
      '',
      result,
      money(rate),
      money(Math.round(rate / 10)),
      money(total),
      gradeOf(total),
      reviewed === null ? null : money(reviewed),
      reviewed === null ? null : gradeOf(reviewed),
      gradeOf(reviewed ?? total),
      reviewed === null ? 0 : 1,
      1,
    ]);
    for (const [code, severity] of findings)
      await b.add('evaluation_findings', FINDING, [i, code, severity]);
    if (rand() < 0.02)
      await b.add('rectifications', RECT, [
        'evaluations',
        i,
        unit.id,
        year,
        title,
        '请补充佐证材料',
        `${year + 1}-06-30`,
        pick(rand, [
          ['open', 0.4],
          ['answered', 0.3],
          ['closed', 0.3],
        ]),
        '',
        2,
        '[]',
        1,
      ]);
  }
  await b.flushAll();
}

// ——— bench-unit: a unit's clerk with draft self-evaluations of 20 indicators ———

/** How many draft self-evaluations bench-unit owns. */
export const DRAFTS = { full: 200, quick: 40 };
export const DRAFT_INDICATORS = 20;

/** The 20 indicator rows of a draft (weights add up to the template's 70 points). */
export function draftRows(n, variant = 0) {
  return Array.from({ length: DRAFT_INDICATORS }, (_, k) => {
    const [level1, level2, name, target] = INDICATORS[k % INDICATORS.length];
    const actual = [
      `≤${45 + ((k + variant) % 5)}万元`,
      `${1900 + ((n + k + variant) % 300)}人次`,
      `${93 + ((k + variant) % 7)}%`,
      '12月20日前',
      '显著提升',
      '健全',
      `${88 + ((k + variant) % 10)}%`,
    ][k % INDICATORS.length];
    return {
      level1,
      level2,
      name: `${name}${Math.floor(k / INDICATORS.length) + 1}`,
      target,
      actual,
      weight: '3.5',
      score: null,
      level: [3, 4, 5].includes(k % INDICATORS.length) ? '达成' : null,
      applicable: true,
      reason: '',
      basis: '项目实施方案',
    };
  });
}

const FUND_ITEMS = ['安排科学性', '拨付合规性', '使用规范性', '预算绩效管理情况'].map((item) => ({
  item,
  weight: '5',
  score: '5',
  note: '',
  problems: '',
}));

async function benchUnit(conn, scale) {
  const { score } = require(join(ROOT, 'dist/server/modules/evaluations/sheet.js'));
  const drafts = scale === SCALES.full ? DRAFTS.full : DRAFTS.quick;
  const [[unit]] = await conn.query(`SELECT id FROM orgs WHERE code = 'R1-D1-U1'`);
  const argon2 = require('argon2');
  await conn.query(
    'INSERT INTO users (username, name, role, orgId, passwordHash, version) VALUES (?, ?, ?, ?, ?, 1)',
    ['bench-unit', '基准测试预算单位', 'unit', unit.id, await argon2.hash(PASSWORD)],
  );
  const b = new Batches(conn, 500);
  for (let n = 1; n <= drafts; n += 1) {
    const title = `自评基准项目${n}`;
    const amount = money(100_000 + n * 137);
    const [project] = await conn.query(
      `INSERT INTO projects (year, code, name, orgId, implementer, type, amountTotal, amountFiscal,
         amountSpecial, amountOther, purpose, spendPlan, version)
       VALUES (?, ?, ?, ?, '', 'specific', ?, ?, '0', '0', '', ?, 1)`,
      [
        YEAR,
        `PB${YEAR}-${n}`,
        title,
        unit.id,
        amount,
        amount,
        JSON.stringify({ q1: '20', q2: '50', q3: '80', q4: '100' }),
      ],
    );
    const rows = draftRows(n);
    const [target] = await conn.query(
      `INSERT INTO targets (year, orgId, revision, status, current, goals, findings, version, projectId)
       VALUES (?, ?, 1, 'approved', 1, '["完成年度目标"]', '[]', 1, ?)`,
      [YEAR, unit.id, project.insertId],
    );
    for (const [ordinal, r] of rows.entries())
      await b.add(
        'target_indicators',
        [
          'docType',
          'docId',
          'ordinal',
          'level1',
          'level2',
          'name',
          'target',
          'basis',
          'description',
          'method',
          'weight',
          'parsed',
        ],
        [
          'targets',
          target.insertId,
          ordinal,
          r.level1,
          r.level2,
          r.name,
          r.target,
          r.basis,
          '',
          '',
          r.weight,
          '{}',
        ],
      );
    const fields = {
      kind: 'project',
      template: 'henan-project-2023',
      budgetInitial: amount,
      budgetAdjusted: amount,
      budgetExecuted: money(90_000 + n * 120),
      budgetWeight: '10',
      fundManagement: FUND_ITEMS,
      reported: null,
      summary: '',
    };
    const result = score(fields, rows);
    const [ev] = await conn.query(
      `INSERT INTO evaluations (kind, targetId, orgId, year, title, template, status, budgetInitial,
         budgetAdjusted, budgetExecuted, budgetWeight, fundManagement, goals, summary, result,
         executionRate, executionScore, total, grade, finalGrade, sampled, version)
       VALUES ('project', ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, '["完成年度目标"]', '', ?, ?, ?, ?, ?, ?, 0, 1)`,
      [
        target.insertId,
        unit.id,
        YEAR,
        title,
        fields.template,
        fields.budgetInitial,
        fields.budgetAdjusted,
        fields.budgetExecuted,
        fields.budgetWeight,
        JSON.stringify(FUND_ITEMS),
        JSON.stringify(result),
        result.executionRate,
        result.executionScore,
        result.total,
        result.grade,
        result.grade,
      ],
    );
    for (const [ordinal, r] of rows.entries())
      await b.add(
        'evaluation_indicators',
        [
          'evaluationId',
          'ordinal',
          'level1',
          'level2',
          'name',
          'target',
          'actual',
          'weight',
          'score',
          'level',
          'applicable',
          'reason',
          'basis',
          'finalScore',
        ],
        [
          ev.insertId,
          ordinal,
          r.level1,
          r.level2,
          r.name,
          r.target,
          r.actual,
          r.weight,
          r.score,
          r.level,
          1,
          r.reason,
          r.basis,
          result.indicators[ordinal]?.applicable ? result.indicators[ordinal].score : null,
        ],
      );
    for (const f of result.findings)
      await b.add(
        'evaluation_findings',
        ['evaluationId', 'code', 'severity'],
        [ev.insertId, f.code.slice(0, 40), String(f.severity).slice(0, 8)],
      );
  }
  await b.flushAll();
}

// ——— the job benchmarks: a year to re-score and projects to import targets into ———

/**
 * RECOMPUTE_YEAR holds `RECOMPUTE` approved self-evaluations (each with its project, approved
 * target and 7 indicator rows, scored as stored), spread over every unit; the recompute benchmark
 * re-scores that year. bench-import (a clerk of unit R1-D1-U2) owns IMPORT_PROJECTS projects of
 * YEAR without targets, for the import benchmark. Apart from the users, none of it lies in the
 * years the other benchmarks read.
 */
export const RECOMPUTE_YEAR = YEAR - 2;
export const RECOMPUTE = { full: 100_000, quick: 5_000 };
export const IMPORT_PROJECTS = 100;
export const IMPORT_UNIT = 'R1-D1-U2';

/** [一级, 二级, 三级, 指标值, 实际完成值 by variant, level] with weights 10 each (70 points). */
const SCORED = [
  ['成本指标', '经济成本指标', '项目总成本', '≤50万元', (v) => `${44 + (v % 9)}万元`, null],
  ['产出指标', '数量指标', '服务人次', '≥2000人次', (v) => `${1700 + 40 * (v % 11)}人次`, null],
  ['产出指标', '质量指标', '验收合格率', '≥95%', (v) => `${90 + (v % 8)}%`, null],
  ['产出指标', '时效指标', '完成时间', '12月31日前', () => '12月20日前', null],
  ['效益指标', '社会效益指标', '群众获得感', '显著提升', () => '显著提升', '达成'],
  ['效益指标', '可持续影响指标', '长效机制', '健全', (v) => (v % 7 ? '健全' : '基本健全'), null],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', (v) => `${84 + (v % 13)}%`, null],
];

async function jobsData(conn, scale) {
  const { score } = require(join(ROOT, 'dist/server/modules/evaluations/sheet.js'));
  const rand = prng(SEED + 8);
  const count = scale === SCALES.full ? RECOMPUTE.full : RECOMPUTE.quick;
  const [units] = await conn.query(`SELECT id FROM orgs WHERE type = 'unit' ORDER BY id`);
  const next = async (table) =>
    Number((await conn.query(`SELECT COALESCE(MAX(id), 0) AS n FROM \`${table}\``))[0][0].n) + 1;
  const [p0, t0, e0] = [await next('projects'), await next('targets'), await next('evaluations')];
  const b = new Batches(conn);
  const add = (table, row) => b.add(table, Object.keys(row), Object.values(row));
  const spendPlan = JSON.stringify({ q1: '20', q2: '50', q3: '80', q4: '100' });
  const project = (id, year, code, name, orgId, amount, purpose) =>
    add('projects', {
      id,
      year,
      code,
      name,
      orgId,
      implementer: '',
      type: 'specific',
      amountTotal: amount,
      amountFiscal: amount,
      amountSpecial: '0',
      amountOther: '0',
      purpose,
      spendPlan,
      version: 1,
    });
  // Scored once per (rows, budget) variant: 70 × 20 sheets stand for all of them.
  const scored = new Map();
  for (let n = 0; n < count; n += 1) {
    const orgId = units[Math.floor(rand() * units.length)].id;
    const variant = Math.floor(rand() * 70);
    const budget = 20 + Math.floor(rand() * 20);
    const amount = money(budget * 500_00);
    const executed = money(Math.round(budget * 500_00 * (0.6 + 0.02 * (variant % 21))));
    const rows = SCORED.map(([level1, level2, name, target, actual, level]) => ({
      level1,
      level2,
      name,
      target,
      actual: actual(variant),
      weight: '10',
      score: null,
      level,
      applicable: true,
      reason: actual(variant) === target ? '' : '受实施进度影响，部分指标未完全达到预期',
      basis: '项目实施方案',
    }));
    const fields = {
      kind: 'project',
      template: 'henan-project-2023',
      budgetInitial: amount,
      budgetAdjusted: amount,
      budgetExecuted: executed,
      budgetWeight: '10',
      fundManagement: FUND_ITEMS,
      reported: null,
      summary: '项目按计划实施，年度绩效目标基本完成。',
    };
    const key = `${variant}:${budget}`;
    if (!scored.has(key)) scored.set(key, score(fields, rows));
    const result = scored.get(key);
    const title = `项目${n + 1}：社区服务能力提升（${RECOMPUTE_YEAR}）`;
    const [projectId, targetId, evaluationId] = [p0 + n, t0 + n, e0 + n];
    await project(
      projectId,
      RECOMPUTE_YEAR,
      `P${RECOMPUTE_YEAR}-${n + 1}`,
      title,
      orgId,
      amount,
      '',
    );
    await add('targets', {
      id: targetId,
      year: RECOMPUTE_YEAR,
      orgId,
      revision: 1,
      status: 'approved',
      current: 1,
      goals: '["完成年度目标"]',
      findings: '[]',
      version: 1,
      projectId,
    });
    await add('evaluations', {
      id: evaluationId,
      kind: 'project',
      targetId,
      orgId,
      year: RECOMPUTE_YEAR,
      title,
      template: fields.template,
      status: 'approved',
      budgetInitial: amount,
      budgetAdjusted: amount,
      budgetExecuted: executed,
      budgetWeight: '10',
      fundManagement: JSON.stringify(FUND_ITEMS),
      goals: '["完成年度目标"]',
      summary: fields.summary,
      result: JSON.stringify(result),
      executionRate: result.executionRate,
      executionScore: result.executionScore,
      total: result.total,
      grade: result.grade,
      finalGrade: result.grade,
      sampled: 0,
      version: 1,
    });
    for (const [ordinal, r] of rows.entries())
      await add('evaluation_indicators', {
        evaluationId,
        ordinal,
        ...r,
        applicable: 1,
        finalScore: result.indicators[ordinal]?.applicable
          ? result.indicators[ordinal].score
          : null,
      });
    for (const f of result.findings)
      await add('evaluation_findings', { evaluationId, code: f.code, severity: f.severity });
  }
  await b.flushAll();

  const [[unit]] = await conn.query(`SELECT id FROM orgs WHERE code = ?`, [IMPORT_UNIT]);
  const argon2 = require('argon2');
  await conn.query(
    'INSERT INTO users (username, name, role, orgId, passwordHash, version) VALUES (?, ?, ?, ?, ?, 1)',
    ['bench-import', '基准测试导入单位', 'unit', unit.id, await argon2.hash(PASSWORD)],
  );
  const p1 = await next('projects');
  for (let k = 1; k <= IMPORT_PROJECTS; k += 1)
    await project(
      p1 + k - 1,
      YEAR,
      `PI${YEAR}-${k}`,
      `导入基准项目${k}`,
      unit.id,
      money(300_000 + k * 1000),
      '社区服务',
    );
  await b.flushAll();
}
