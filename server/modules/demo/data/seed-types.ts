/**
 * Types of the seed fixtures: real published budget documents (see /work/shared/seeds and
 * DOMAIN.md), transcribed by hand into typed data for the demo data set and for tests.
 *
 * Transcription rules shared by every seed file:
 * - Amounts (万元) are decimal strings exactly as published (`'11.00'`, `'172.8'`, `'8'`);
 *   an amount column the table does not have, or a blank cell, is `''`.
 * - Spend-plan percentages are strings without the `%` sign; a blank cell is `''`.
 * - Targets (指标值) are the published text, never normalised (`有限性`, `≥95百分比`).
 * - Text cells broken over several lines by the PDF extraction are joined without spaces; spaces
 *   that the published text carries inside a line are kept.
 * - Published mistakes are kept as published and flagged with a `note` (in English).
 */

/** One row of an indicator table (项目 or 整体绩效目标表). */
export interface SeedIndicator {
  /** 一级指标, as published (e.g. `产出指标`, `效果指标`, `履职效能`). */
  level1: string;
  /** 二级指标; `''` when the table has no 二级 column and it cannot be inferred safely. */
  level2: string;
  /** 三级指标 — the indicator's name. */
  name: string;
  /** 指标值 exactly as published; `''` when the cell is blank. */
  target: string;
  /** 指标值确定依据 (full-form project tables). */
  basis?: string;
  /** 绩效指标描述 (project tables), 指标解释 (2021 unit form) or 指标值说明 (2023 unit form). */
  description?: string;
  /** 指标说明 of the 2021 unit form: how the value is computed or scored. */
  method?: string;
  /** Transcriber's remark (English): interpretation of a split cell, a published mistake … */
  note?: string;
}

/** A cumulative spending plan (资金支出计划, %), `''` where the published cell is blank. */
export interface SeedSpendPlan {
  q1: string;
  q2: string;
  q3: string;
  q4: string;
}

/** One 项目（政策）绩效目标表, with the project's library data. */
export interface SeedProject {
  code: string;
  name: string;
  year: number;
  /** 单位编码; `''` when the document publishes none. */
  unitCode: string;
  departmentCode?: string;
  /** 实施单位, when published. */
  implementer?: string;
  /** 人员类 / 运转类 (其他运转类) / 特定目标类, when the document says. */
  type?: 'personnel' | 'operating' | 'specific';
  /** 资金总额 / 预算数. */
  amountTotal: string;
  /** 财政资金 / 财政性资金 / 政府预算资金. */
  amountFiscal: string;
  /** 财政专户管理资金. */
  amountSpecial: string;
  /** 单位资金 / 其他资金. */
  amountOther: string;
  /** 资金用途. */
  purpose?: string;
  spendPlan?: SeedSpendPlan;
  /** 年度绩效目标 sentences (list numbering such as `1、` removed). */
  goals: string[];
  indicators: SeedIndicator[];
  note?: string;
}

/** One 部门（单位）整体绩效目标表. */
export interface SeedUnitTarget {
  orgCode: string;
  orgName: string;
  year: number;
  /** 年度履职目标 / 年度总体目标. */
  goals: string[];
  /** 年度主要任务. */
  tasks: { name: string; content: string; amount?: string; amountFiscal?: string }[];
  /** 预算情况: 部门预算总额, 资金来源 (政府预算资金 / 财政专户管理资金 / 单位资金), 资金结构. */
  budget: {
    total: string;
    fiscal?: string;
    special?: string;
    other?: string;
    basic: string;
    project: string;
  };
  indicators: SeedIndicator[];
  note?: string;
}

/** One seed publication. */
export interface SeedDocument {
  /** The seed file name under /work/shared/seeds. */
  source: string;
  /** The financial region (财政), e.g. 洛阳市西工区. */
  region: string;
  /** 主管部门. */
  department: string;
  /** 预算单位. */
  unit: string;
  /** The budget year of the publication. */
  year?: number;
  departmentCode?: string;
  unitCode?: string;
  projects: SeedProject[];
  unitTargets: SeedUnitTarget[];
  note?: string;
}
