import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Dec } from '../../../shared/decimal';
import { DOC_STATUS_LABELS, PROJECT_TYPE_LABELS } from '../../../shared/domain/enums';
import { LIGHT_LABELS, LIKELIHOOD_LABELS } from '../../../shared/monitoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/http/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { PermanentJobError } from '../../queue/job-handler';
import { Evaluation } from '../evaluations/entities/evaluation.entity';
import { EvaluationsService, EvaluationView } from '../evaluations/evaluations.service';
import { filesDir } from '../jobs/job-files';
import { MonitoringService } from '../monitoring/monitoring.service';
import { Org } from '../orgs/entities/org.entity';
import { Project } from '../projects/entities/project.entity';
import { Target, UnitTarget } from '../targets/entities/target.entity';
import { TargetsService } from '../targets/targets.service';
import { UnitTargetsService } from '../targets/unit-targets.service';
import { evaluationGrid, EVALUATION_TITLES } from './layout/evaluation.layout';
import { Grid, printOptions, sheetName } from './layout/grid';
import { formatReasons, monitoringGrid, MONITORING_TITLE } from './layout/monitoring.layout';
import { csvHeader, csvRow, SummaryRow, writeSummary } from './layout/summary.layout';
import {
  PROJECT_TARGET_TITLE,
  projectTargetGrid,
  UNIT_TARGET_TITLE,
  unitTargetGrid,
} from './layout/target.layout';
import type { BudgetSource, EvaluationSheetDoc, TargetIndicatorRow } from './layout/types';

export const EXPORT_TYPES = [
  'targets',
  'unit-targets',
  'monitoring',
  'evaluations',
  'evaluations-summary',
  'evaluations-csv',
] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

export const EXPORT_TYPE_LABELS: Record<ExportType, string> = {
  targets: PROJECT_TARGET_TITLE,
  'unit-targets': UNIT_TARGET_TITLE,
  monitoring: MONITORING_TITLE,
  evaluations: '绩效自评表',
  'evaluations-summary': '绩效自评结果汇总表',
  'evaluations-csv': '绩效自评结果清单（CSV）',
};

/** One workbook holds at most this many documents; lists (summary, CSV) many more. */
export const MAX_DOCUMENTS = 200;
export const MAX_LIST = 10000;

export const isListExport = (type: ExportType) =>
  type === 'evaluations-summary' || type === 'evaluations-csv';

export interface ExportedFile {
  file: string;
  filename: string;
  count: number;
  size: number;
}

const statusLabel = (s: keyof typeof DOC_STATUS_LABELS) => DOC_STATUS_LABELS[s] ?? s;

/** Splits the 项目资金 total into its sources: exact when one source carries the whole budget. */
function budgetSources(
  labels: [string, string, string],
  amounts: [string, string, string],
  total: { initial: string; adjusted: string; executed: string },
  rate: string | null,
): BudgetSource[] {
  const nonZero = amounts.map((a) => a !== '' && !new Dec(a || '0').isZero());
  const single = nonZero.filter(Boolean).length <= 1;
  const carrier = single ? Math.max(0, nonZero.indexOf(true)) : -1;
  return labels.map((label, i) =>
    single
      ? i === carrier
        ? {
            label,
            initial: total.initial,
            adjusted: total.adjusted,
            executed: total.executed,
            rate: rate ?? '0',
          }
        : { label, initial: '0', adjusted: '0', executed: '0', rate: '0' }
      : { label, initial: '', adjusted: amounts[i] || '0', executed: '', rate: '' },
  );
}

/**
 * Writes exports to FILES_DIR/exports, in the caller's scope: what the caller may not read is
 * refused at request time and again when the job runs. Workbooks are written with exceljs's
 * streaming writer, one worksheet committed at a time.
 */
@Injectable()
export class ExportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: TargetsService,
    private readonly unitTargets: UnitTargetsService,
    private readonly monitoring: MonitoringService,
    private readonly evaluations: EvaluationsService,
  ) {}

  private scoped(user: AuthUser, type: ExportType): [SelectQueryBuilder<ObjectLiteral>, string] {
    switch (type) {
      case 'targets':
        return [this.targets.scoped(user), 'd'];
      case 'unit-targets':
        return [this.unitTargets.scoped(user), 'd'];
      case 'monitoring':
        return [this.monitoring.scoped(user), 'm'];
      default:
        return [this.evaluations.scoped(user), 'e'];
    }
  }

  /**
   * The versions of the documents, in the order asked; 404 naming the ids outside the caller's
   * scope (or that do not exist) — nothing of theirs is ever exported.
   */
  async versions(user: AuthUser, type: ExportType, ids: number[]): Promise<number[]> {
    const found = new Map<number, number>();
    for (let i = 0; i < ids.length; i += 1000) {
      const [qb, a] = this.scoped(user, type);
      const rows = await qb
        .select(`${a}.id`, 'id')
        .addSelect(`${a}.version`, 'version')
        .andWhere(`${a}.id IN (:...ids)`, { ids: ids.slice(i, i + 1000) })
        .getRawMany<{ id: number; version: number }>();
      for (const r of rows) found.set(Number(r.id), Number(r.version));
    }
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      const list = missing.slice(0, 20).join('、') + (missing.length > 20 ? ' 等' : '');
      throw new DomainError('NOT_FOUND', `以下文档不存在或无权访问：${list}`, {
        ids: `${missing.length} 个文档不存在或无权访问`,
      });
    }
    return ids.map((id) => found.get(id) as number);
  }

  async write(
    user: AuthUser,
    type: ExportType,
    ids: number[],
    jobId: string,
    progress: (percent: number, message?: string) => Promise<void>,
  ): Promise<ExportedFile> {
    const ext = type === 'evaluations-csv' ? 'csv' : 'xlsx';
    const dir = filesDir(this.config, 'exports');
    const file = `${jobId}.${ext}`;
    const tmp = join(dir, `${jobId}.${process.pid}.tmp`);
    try {
      let filename: string;
      let count: number;
      if (type === 'evaluations-csv') {
        count = await this.writeCsv(user, ids, tmp, progress);
        filename = `${EXPORT_TYPE_LABELS['evaluations-summary']}（${count} 份）.csv`;
      } else if (type === 'evaluations-summary') {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
          filename: tmp,
          useStyles: true,
          useSharedStrings: false,
        });
        wb.creator = '预算绩效管理平台';
        count = await writeSummary(
          wb,
          '绩效自评结果汇总表',
          this.summaryBatches(user, ids),
          async (n) => progress((n / ids.length) * 95, `已写入 ${n} / ${ids.length} 份`),
        );
        await wb.commit();
        filename = `绩效自评结果汇总表（${count} 份）.xlsx`;
      } else {
        ({ filename, count } = await this.writeDocuments(user, type, ids, tmp, progress));
      }
      renameSync(tmp, join(dir, file));
      return { file, filename, count, size: statSync(join(dir, file)).size };
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  private async writeDocuments(
    user: AuthUser,
    type: ExportType,
    ids: number[],
    path: string,
    progress: (percent: number, message?: string) => Promise<void>,
  ): Promise<{ filename: string; count: number }> {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: true,
    });
    wb.creator = '预算绩效管理平台';
    const used = new Set<string>();
    const titles: string[] = [];
    const kinds = new Set<string>();
    for (const [i, id] of ids.entries()) {
      const { grid, title, kind } = await this.document(user, type, id);
      titles.push(title);
      kinds.add(kind);
      const name = sheetName(ids.length > 1 ? `${i + 1}.${title}` : title, used);
      const ws = wb.addWorksheet(name, printOptions({ repeatRows: '1:2' }));
      grid.writeTo(ws);
      ws.commit();
      await progress(((i + 1) / ids.length) * 95, `已生成 ${i + 1} / ${ids.length} 份`);
    }
    await wb.commit();
    const kind = kinds.size === 1 ? [...kinds][0] : EXPORT_TYPE_LABELS[type];
    const filename =
      ids.length === 1 ? `${kind}-${titles[0]}.xlsx` : `${kind}（${ids.length} 份）.xlsx`;
    return { filename: filename.replace(/[\\/:*?"<>|]/g, '_'), count: ids.length };
  }

  private async document(
    user: AuthUser,
    type: ExportType,
    id: number,
  ): Promise<{ grid: Grid; title: string; kind: string }> {
    try {
      switch (type) {
        case 'targets':
          return await this.projectTarget(user, id);
        case 'unit-targets':
          return await this.unitTarget(user, id);
        case 'monitoring':
          return await this.monitoringReport(user, id);
        default:
          return await this.evaluation(user, id);
      }
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw new PermanentJobError(`文档 ${id} 不存在或已无权访问，未导出`);
      throw error;
    }
  }

  private async projectInfo(projectId: number) {
    const em = this.db.manager;
    const project = await em.findOneByOrFail(Project, { id: projectId });
    const unit = await em.findOneBy(Org, { id: project.orgId });
    const department = unit?.parentId ? await em.findOneBy(Org, { id: unit.parentId }) : null;
    return { project, unit, department };
  }

  private async projectTarget(user: AuthUser, id: number) {
    const view = await this.targets.get(user, id);
    const { project, unit, department } = await this.projectInfo(view.projectId);
    const grid = projectTargetGrid({
      year: view.year,
      code: project.code,
      name: project.name,
      unitName: unit?.name ?? view.orgName,
      department: department?.name ?? '',
      implementer: project.implementer || unit?.name || '',
      typeLabel: PROJECT_TYPE_LABELS[project.type] ?? '',
      amounts: {
        total: project.amountTotal,
        fiscal: project.amountFiscal,
        special: project.amountSpecial,
        other: project.amountOther,
      },
      purpose: project.purpose,
      spendPlan: project.spendPlan,
      goals: view.goals,
      indicators: (view.indicators ?? []).map(targetRow),
      statusLabel: `${statusLabel(view.status)}（第 ${view.revision} 版）`,
    });
    return { grid, title: project.name, kind: PROJECT_TARGET_TITLE };
  }

  private async unitTarget(user: AuthUser, id: number) {
    const view = await this.unitTargets.get(user, id);
    const org = await this.db.manager.findOneByOrFail(Org, { id: view.orgId });
    const grid = unitTargetGrid({
      year: view.year,
      code: org.code,
      name: org.name,
      goals: view.goals,
      tasks: view.tasks,
      budget: view.budget,
      indicators: (view.indicators ?? []).map(targetRow),
      statusLabel: `${statusLabel(view.status)}（第 ${view.revision} 版）`,
    });
    return { grid, title: org.name, kind: UNIT_TARGET_TITLE };
  }

  private async monitoringReport(user: AuthUser, id: number) {
    const view = await this.monitoring.get(user, id);
    let code = '';
    let department = '';
    let implementer = view.orgName;
    if (view.targetId) {
      const target = await this.db.manager.findOneByOrFail(Target, { id: view.targetId });
      const info = await this.projectInfo(target.projectId);
      code = info.project.code;
      department = info.department?.name ?? '';
      implementer = info.project.implementer || info.unit?.name || '';
    } else {
      const org = await this.db.manager.findOneByOrFail(Org, { id: view.orgId });
      code = org.code;
    }
    const grid = monitoringGrid({
      kind: view.kind,
      year: view.year,
      month: view.month,
      code,
      title: view.title,
      department,
      implementer,
      budget: view.budget,
      executed: view.executed,
      expectedExecuted: view.expectedExecuted,
      executionRate: view.lights.execution.rate,
      executionLight: LIGHT_LABELS[view.lights.execution.light],
      overallLight: LIGHT_LABELS[view.overallLight],
      indicators: (view.indicators ?? []).map((r) => ({
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        target: r.target,
        progress: r.progress,
        expected: r.expected,
        reasons: formatReasons(r.reasons),
        likelihood: r.likelihood ? LIKELIHOOD_LABELS[r.likelihood] : '',
        measures: r.measures,
        light: LIGHT_LABELS[r.light].replace(/（.*）$/, ''),
      })),
      statusLabel: statusLabel(view.status),
    });
    return { grid, title: `${view.title}（${view.month}月）`, kind: MONITORING_TITLE };
  }

  /** The stored self-evaluation as the official sheet. */
  async evaluationDoc(user: AuthUser, id: number): Promise<EvaluationSheetDoc> {
    const view: EvaluationView = await this.evaluations.get(user, id);
    const em = this.db.manager;
    let code = '';
    let department = '';
    let implementer = '';
    let sources: BudgetSource[];
    let tasks: EvaluationSheetDoc['tasks'] = [];
    const rate = view.executionRate;
    if (view.kind === 'project' && view.targetId) {
      const target = await em.findOneByOrFail(Target, { id: view.targetId });
      const info = await this.projectInfo(target.projectId);
      code = info.project.code;
      department = info.department?.name ?? '';
      implementer = info.project.implementer || info.unit?.name || '';
      const p = info.project;
      sources = budgetSources(
        ['政府性预算资金', '财政专户管理资金', '单位资金'],
        [p.amountFiscal, p.amountSpecial, p.amountOther],
        view.budget,
        rate,
      );
    } else {
      const org = await em.findOneByOrFail(Org, { id: view.orgId });
      code = org.code;
      const unitTarget = view.unitTargetId
        ? await em.findOneBy(UnitTarget, { id: view.unitTargetId })
        : null;
      const b = unitTarget?.budget;
      sources = budgetSources(
        ['资金来源：（1）政府预算资金', '（2）财政专户管理资金', '（3）单位资金'],
        [b?.fiscal ?? '', b?.special ?? '', b?.other ?? ''],
        view.budget,
        rate,
      );
      tasks = (unitTarget?.tasks ?? []).map((t) => ({
        name: t.name,
        content: t.content,
        actual: '',
      }));
    }
    const totalWeight = view.result.sections
      .reduce((sum, s) => sum.add(s.weight), new Dec(0))
      .toFixed();
    return {
      kind: view.kind,
      year: view.year,
      code,
      title: view.title,
      department,
      implementer,
      budget: view.budget,
      executionRate: rate,
      executionScore: view.executionScore,
      sources,
      fundManagement: view.fundManagement.map((f) => ({
        item: f.item,
        note: f.note ?? '',
        weight: f.weight,
        score: f.score,
        problems: f.problems ?? '',
      })),
      goals: view.goals,
      summary: view.summary,
      tasks,
      indicators: (view.indicators ?? []).map((r) => ({
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        target: r.target,
        actual: r.actual,
        weight: r.weight,
        score: r.score ?? r.computed?.score ?? null,
        applicable: r.applicable,
        deviation: r.computed?.deviation ?? null,
        reason: r.reason,
      })),
      totalWeight,
      total: view.total,
      grade: view.grade,
    };
  }

  private async evaluation(user: AuthUser, id: number) {
    const doc = await this.evaluationDoc(user, id);
    return { grid: evaluationGrid(doc), title: doc.title, kind: EVALUATION_TITLES[doc.kind] };
  }

  /** Summary rows in pages of 500, in the order of `ids`. */
  private async *summaryBatches(user: AuthUser, ids: number[]): AsyncGenerator<SummaryRow[]> {
    for (let i = 0; i < ids.length; i += 500) {
      const page = ids.slice(i, i + 500);
      const rows = (await this.evaluations
        .scoped(user)
        .andWhere('e.id IN (:...ids)', { ids: page })
        .getMany()) as (Evaluation & { org?: Org })[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const out: SummaryRow[] = [];
      for (const id of page) {
        const e = byId.get(id);
        if (!e) throw new PermanentJobError(`自评表 ${id} 不存在或已无权访问，未导出`);
        out.push({
          year: e.year,
          orgName: e.org?.name ?? '',
          title: e.title,
          kind: e.kind === 'project' ? '项目' : '部门整体',
          adjusted: e.budgetAdjusted,
          executed: e.budgetExecuted,
          executionRate: e.executionRate,
          executionScore: e.executionScore,
          total: e.total,
          grade: e.grade,
          reviewTotal: e.reviewTotal,
          finalGrade: e.finalGrade,
          status: statusLabel(e.status),
        });
      }
      yield out;
    }
  }

  private async writeCsv(
    user: AuthUser,
    ids: number[],
    path: string,
    progress: (percent: number, message?: string) => Promise<void>,
  ): Promise<number> {
    const out = createWriteStream(path);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    // The BOM tells Excel the file is UTF-8 (without it Chinese shows as mojibake).
    await write(`\ufeff${csvHeader()}\r\n`);
    let n = 0;
    for await (const batch of this.summaryBatches(user, ids)) {
      for (const row of batch) await write(`${csvRow((n += 1), row)}\r\n`);
      await progress((n / ids.length) * 95, `已写入 ${n} / ${ids.length} 份`);
    }
    out.end();
    await once(out, 'finish');
    return n;
  }
}

function targetRow(r: {
  level1: string;
  level2: string;
  name: string;
  description: string;
  target: string;
  basis: string;
  method: string;
  weight: string | null;
}): TargetIndicatorRow {
  return {
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    description: r.description,
    target: r.target,
    basis: r.basis,
    method: r.method,
    weight: r.weight,
  };
}
