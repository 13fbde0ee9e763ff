import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/http/domain-error';
import { BodyValidationPipe } from '../../common/validation/validation.pipe';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { PermanentJobError } from '../../queue/job-handler';
import { UpdateEvaluationDto } from '../evaluations/dto/evaluation.dto';
import { Evaluation, EvaluationIndicator } from '../evaluations/entities/evaluation.entity';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { UpdateMonitoringDto } from '../monitoring/dto/monitoring.dto';
import { MonitoringIndicator, MonitoringReport } from '../monitoring/entities/monitoring.entity';
import { MonitoringService } from '../monitoring/monitoring.service';
import { Org } from '../orgs/entities/org.entity';
import { Project } from '../projects/entities/project.entity';
import { TargetContentDto, UnitTargetContentDto } from '../targets/dto/target.dto';
import { TargetIndicator } from '../targets/entities/target-indicator.entity';
import { Target, UnitTarget } from '../targets/entities/target.entity';
import type { DraftImport, DraftOutcome } from '../targets/target-docs.service';
import { TargetsService } from '../targets/targets.service';
import { UnitTargetsService } from '../targets/unit-targets.service';
import { EvaluationImport, readEvaluation } from './layout/evaluation.layout';
import { matchIndicators, MonitoringImport, readMonitoring } from './layout/monitoring.layout';
import { columnLetter, SheetReader } from './layout/reader';
import { readTarget, TargetImport } from './layout/target.layout';
import type { ImportProblem } from './layout/types';
import { inspectXlsx } from './xlsx-check';

export const IMPORT_TYPES = ['targets', 'unit-targets', 'evaluations', 'monitoring'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export const IMPORT_TYPE_LABELS: Record<ImportType, string> = {
  targets: '项目（政策）绩效目标表',
  'unit-targets': '部门（单位）整体绩效目标表',
  evaluations: '绩效自评表',
  monitoring: '绩效运行监控表',
};

/** Where a DTO field path points in the sheet: `indicators.3.weight` → row and column. */
type Locate = (path: string) => { row: number | null; col: number | null };

interface Planned {
  sheet: string;
  /** The document written, so that two sheets cannot both write it. */
  key: string;
  locate: Locate;
  write?: (em: EntityManager) => Promise<{ resource: string; id: number; action: string }>;
  /** A target table, written together with the file's other target tables. */
  draft?:
    | { kind: 'targets'; item: DraftImport<Target> }
    | { kind: 'unit-targets'; item: DraftImport<UnitTarget> };
}

/** What a file's target tables refer to, read for all of its sheets at once. */
interface TargetLookups {
  /** By `code|year`, in the importing user's scope. */
  projects: Map<string, Project>;
  /** The latest revision by project. */
  targets: Map<number, Target>;
  orgs: Map<number, Org>;
  /** Units by code, in the importing user's scope. */
  units: Map<string, Org>;
  /** The latest revision by `orgId:year`. */
  unitTargets: Map<string, UnitTarget>;
}

export interface ImportResult {
  imported: { sheet: string; resource: string; id: number; action: string }[];
}

const EDITABLE = ['draft', 'returned'];

/** Reads a 1-based index out of a DTO path segment. */
const index = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : -1);

/**
 * Excel import, all or nothing: every sheet is read and checked first (layout, numbers, codes,
 * scope, state), then written in one transaction; any problem, found before or while writing,
 * imports nothing and is reported with its sheet, row and column.
 */
@Injectable()
export class ImportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: TargetsService,
    private readonly unitTargets: UnitTargetsService,
    private readonly evaluations: EvaluationsService,
    private readonly monitoring: MonitoringService,
  ) {}

  /** Throws PermanentJobError with `{ errors }` when the file is refused. */
  async run(
    user: AuthUser,
    type: ImportType,
    buffer: Buffer,
    progress: (percent: number, message?: string) => Promise<void>,
  ): Promise<ImportResult> {
    const problems: ImportProblem[] = [];
    const refuse = (): never => {
      throw new PermanentJobError(
        `导入失败：发现 ${problems.length} 处问题，未导入任何数据。${problemText(problems[0])}`,
        { errors: problems },
      );
    };
    const zip = inspectXlsx(buffer, this.config.importMaxBytes * 20);
    if (zip) {
      problems.push({ sheet: '', row: null, column: null, message: zip });
      refuse();
    }
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      problems.push({
        sheet: '',
        row: null,
        column: null,
        message:
          '文件已损坏或不是有效的 Excel 工作簿，无法读取，请用 Excel 重新保存为 .xlsx 后上传',
      });
      refuse();
    }
    await progress(20, '正在检查表格内容');
    const sheets = wb.worksheets.filter((ws) => ws.state === 'visible' && ws.actualRowCount > 0);
    if (sheets.length === 0) {
      problems.push({ sheet: '', row: null, column: null, message: '文件中没有可导入的工作表' });
      refuse();
    }
    const planned: Planned[] = [];
    const targetSheets: { reader: SheetReader; sheet: TargetImport }[] = [];
    let budget = this.config.importMaxRows;
    for (const ws of sheets) {
      const reader = new SheetReader(ws, problems);
      if (type === 'evaluations') {
        const sheet = readEvaluation(reader, budget + 1);
        if (!sheet) continue;
        budget -= sheet.indicators.length;
        const plan = await this.planEvaluation(user, reader, sheet);
        if (plan) planned.push(plan);
      } else if (type === 'monitoring') {
        const sheet = readMonitoring(reader, budget + 1);
        if (!sheet) continue;
        budget -= sheet.indicators.length;
        const plan = await this.planMonitoring(user, reader, sheet);
        if (plan) planned.push(plan);
      } else {
        const sheet = readTarget(reader, type, budget + 1);
        if (!sheet) continue;
        budget -= sheet.indicators.length;
        targetSheets.push({ reader, sheet });
      }
      if (budget < 0) {
        problems.push({
          sheet: ws.name,
          row: null,
          column: null,
          message: `指标行数超过上限 ${this.config.importMaxRows} 行，请分成多个文件导入`,
        });
        break;
      }
    }
    if (targetSheets.length) {
      // Checked once all are read: what they refer to comes in a few queries for all sheets.
      const lookups = await this.targetLookups(
        user,
        targetSheets.map((t) => t.sheet),
      );
      for (const { reader, sheet } of targetSheets) {
        const plan = await this.planTarget(reader, sheet, lookups);
        if (plan) planned.push(plan);
      }
      const order = new Map(sheets.map((ws, i) => [ws.name, i]));
      problems.sort((a, b) => (order.get(a.sheet) ?? -1) - (order.get(b.sheet) ?? -1));
    }
    const seen = new Map<string, string>();
    for (const p of planned) {
      const key = p.key;
      if (seen.has(key))
        problems.push({
          sheet: p.sheet,
          row: null,
          column: null,
          message: `与工作表「${seen.get(key)}」是同一份文档，请只保留一张`,
        });
      else seen.set(key, p.sheet);
    }
    if (problems.length) refuse();

    await progress(60, '正在保存');
    const imported: ImportResult['imported'] = [];
    const rollback = new Error('rollback');
    try {
      await this.db.transaction(async (em) => {
        const drafts = await this.writeDrafts(em, user, planned);
        for (const p of planned) {
          try {
            const draft = drafts.get(p);
            if (draft instanceof DomainError) throw draft;
            const done =
              draft && p.draft ? { resource: p.draft.kind, ...draft } : await p.write?.(em);
            if (done) imported.push({ sheet: p.sheet, ...done });
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            const fields = Object.entries(error.errors ?? {});
            if (fields.length === 0)
              problems.push({ sheet: p.sheet, row: null, column: null, message: error.message });
            for (const [path, message] of fields) {
              const at = p.locate(path);
              problems.push({
                sheet: p.sheet,
                row: at.row,
                column: at.col === null ? null : columnLetter(at.col),
                message,
              });
            }
          }
        }
        if (problems.length) throw rollback;
      });
    } catch (error) {
      if (error === rollback) refuse();
      throw error;
    }
    return { imported };
  }

  /** Validates content with the same DTO rules as the API; problems are located in the sheet. */
  private async validate<T extends object>(
    dto: new () => T,
    body: Record<string, unknown>,
    reader: SheetReader,
    locate: Locate,
  ): Promise<boolean> {
    try {
      await new BodyValidationPipe(dto).transform(body, { type: 'body' });
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      for (const [path, message] of Object.entries(error.errors ?? { '': error.message })) {
        const at = locate(path);
        reader.problem(at.row, at.col, message);
      }
      return false;
    }
  }

  /** The target tables of a file are written together, in a few statements (importDrafts). */
  private async writeDrafts(
    em: EntityManager,
    user: AuthUser,
    planned: Planned[],
  ): Promise<Map<Planned, DraftOutcome | DomainError>> {
    const out = new Map<Planned, DraftOutcome | DomainError>();
    const projects: [Planned, DraftImport<Target>][] = [];
    const units: [Planned, DraftImport<UnitTarget>][] = [];
    for (const p of planned) {
      if (p.draft?.kind === 'targets') projects.push([p, p.draft.item]);
      if (p.draft?.kind === 'unit-targets') units.push([p, p.draft.item]);
    }
    const written = await this.targets.importDrafts(
      em,
      user,
      projects.map(([, item]) => item),
    );
    projects.forEach(([p], i) => out.set(p, written[i]));
    const unitsWritten = await this.unitTargets.importDrafts(
      em,
      user,
      units.map(([, item]) => item),
    );
    units.forEach(([p], i) => out.set(p, unitsWritten[i]));
    return out;
  }

  /** Reads what the target tables refer to: projects or units, their latest tables. */
  private async targetLookups(user: AuthUser, sheets: TargetImport[]): Promise<TargetLookups> {
    const em = this.db.manager;
    const prefix = `${user.orgPath ?? '/'}%`;
    const out: TargetLookups = {
      projects: new Map(),
      targets: new Map(),
      orgs: new Map(),
      units: new Map(),
      unitTargets: new Map(),
    };
    const wanted = (kind: TargetImport['kind']) =>
      sheets.filter((s) => s.kind === kind && s.code && s.year);
    const projectSheets = wanted('targets');
    if (projectSheets.length) {
      const found = await em
        .createQueryBuilder(Project, 'p')
        .innerJoin(Org, 'o', 'o.id = p.orgId')
        .where('p.code IN (:...codes) AND p.year IN (:...years)', {
          codes: [...new Set(projectSheets.map((s) => s.code))],
          years: [...new Set(projectSheets.map((s) => s.year))],
        })
        .andWhere('o.path LIKE :prefix', { prefix })
        .orderBy('p.id', 'ASC')
        .getMany();
      for (const p of found) {
        const key = `${p.code}|${p.year}`;
        if (!out.projects.has(key)) out.projects.set(key, p);
      }
      const ids = [...out.projects.values()].map((p) => p.id);
      if (ids.length) {
        for (const t of await em.find(Target, { where: { projectId: In(ids) } }))
          if ((out.targets.get(t.projectId)?.revision ?? 0) < t.revision)
            out.targets.set(t.projectId, t);
        const orgIds = [...new Set([...out.projects.values()].map((p) => p.orgId))];
        for (const o of await em.find(Org, { where: { id: In(orgIds) } })) out.orgs.set(o.id, o);
      }
    }
    const unitSheets = wanted('unit-targets');
    if (unitSheets.length) {
      const found = await em
        .createQueryBuilder(Org, 'o')
        .where('o.code IN (:...codes)', { codes: [...new Set(unitSheets.map((s) => s.code))] })
        .andWhere('o.path LIKE :prefix', { prefix })
        .orderBy('o.id', 'ASC')
        .getMany();
      for (const o of found) if (!out.units.has(o.code)) out.units.set(o.code, o);
      const ids = [...out.units.values()].map((o) => o.id);
      if (ids.length) {
        const years = [...new Set(unitSheets.map((s) => s.year))];
        for (const t of await em.find(UnitTarget, {
          where: { orgId: In(ids), year: In(years) },
        })) {
          const key = `${t.orgId}:${t.year}`;
          if ((out.unitTargets.get(key)?.revision ?? 0) < t.revision) out.unitTargets.set(key, t);
        }
      }
    }
    return out;
  }

  private async planTarget(
    reader: SheetReader,
    sheet: TargetImport,
    lookups: TargetLookups,
  ): Promise<Planned | null> {
    const at = sheet.at;
    const taskCols: Record<string, number> = { name: 2, content: 4, amount: 7, amountFiscal: 8 };
    const budgetCols: Record<string, number> = {
      total: 2,
      fiscal: 3,
      special: 4,
      other: 5,
      basic: 6,
      project: 7,
    };
    const locate: Locate = (path) => {
      const [head, i, field] = path.split('.');
      if (head === 'indicators') {
        const n = index(i);
        return {
          row: at.indicatorRows[n] ?? null,
          col: field ? (at.indicatorCols[field as keyof typeof at.indicatorCols] ?? null) : null,
        };
      }
      if (head === 'goals') return { row: at.goalRows[index(i)] ?? at.goalRows[0] ?? null, col: 2 };
      if (head === 'tasks')
        return { row: at.taskRows[index(i)] ?? null, col: taskCols[field] ?? null };
      if (head === 'budget') return { row: at.budgetRow || null, col: budgetCols[i] ?? null };
      return { row: null, col: null };
    };
    const indicators = sheet.indicators.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      basis: r.basis,
      description: r.description,
      method: r.method,
      weight: r.weight,
    }));
    const content: Record<string, unknown> = { goals: sheet.goals, indicators };
    if (sheet.kind === 'unit-targets') {
      content.tasks = sheet.tasks.map((t) => ({
        name: t.name,
        content: t.content,
        ...(t.amount ? { amount: t.amount } : {}),
        ...(t.amountFiscal ? { amountFiscal: t.amountFiscal } : {}),
      }));
      if (sheet.budget)
        content.budget = Object.fromEntries(
          Object.entries(sheet.budget).filter(([, v]) => v !== ''),
        );
    }
    const valid = await this.validate(
      sheet.kind === 'targets' ? TargetContentDto : UnitTargetContentDto,
      content,
      reader,
      locate,
    );
    if (!sheet.code || !sheet.year) return null;
    if (sheet.kind === 'targets') {
      const project = lookups.projects.get(`${sheet.code}|${sheet.year}`);
      if (!project) {
        reader.problem(
          at.codeRow,
          at.codeCol,
          `项目编码「${sheet.code}」在 ${sheet.year} 年度的项目库中不存在或不属于本单位`,
        );
        return null;
      }
      const latest = lookups.targets.get(project.id);
      if (latest && !EDITABLE.includes(latest.status) && latest.status !== 'approved') {
        reader.problem(
          at.codeRow,
          at.codeCol,
          `项目「${project.name}」的绩效目标表正在审核中，不能导入修改`,
        );
        return null;
      }
      if (!valid) return null;
      const org = lookups.orgs.get(project.orgId);
      if (!org) throw new Error(`org ${project.orgId} of project ${project.id} not found`);
      return {
        sheet: reader.name,
        key: `targets:${project.id}`,
        locate,
        draft: {
          kind: 'targets',
          item: {
            subject: { projectId: project.id, year: project.year, orgId: project.orgId },
            org,
            content: { goals: sheet.goals, indicators },
          },
        },
      };
    }
    const org = lookups.units.get(sheet.code);
    if (!org || org.type !== 'unit') {
      reader.problem(at.codeRow, at.codeCol, `单位编码「${sheet.code}」不存在或不属于本单位`);
      return null;
    }
    const latest = lookups.unitTargets.get(`${org.id}:${sheet.year}`);
    if (latest && !EDITABLE.includes(latest.status) && latest.status !== 'approved') {
      reader.problem(
        at.codeRow,
        at.codeCol,
        `「${org.name}」${sheet.year} 年度整体绩效目标表正在审核中，不能导入修改`,
      );
      return null;
    }
    if (!valid) return null;
    const extra: Partial<UnitTarget> = { tasks: sheet.tasks };
    if (sheet.budget) extra.budget = sheet.budget;
    return {
      sheet: reader.name,
      key: `unit-targets:${org.id}:${sheet.year}`,
      locate,
      draft: {
        kind: 'unit-targets',
        item: {
          subject: { orgId: org.id, year: sheet.year },
          org,
          content: { goals: sheet.goals, indicators },
          extra,
        },
      },
    };
  }

  private async planEvaluation(
    user: AuthUser,
    reader: SheetReader,
    sheet: EvaluationImport,
  ): Promise<Planned | null> {
    const at = sheet.at;
    const locate: Locate = (path) => {
      const [head, i, field] = path.split('.');
      if (head === 'indicators')
        return {
          row: at.indicatorRows[index(i)] ?? null,
          col: field ? (at.indicatorCols[field as keyof typeof at.indicatorCols] ?? null) : null,
        };
      if (head === 'fundManagement')
        return {
          row: at.fundRows[index(i)] ?? null,
          col: field ? (at.fundCols[field as keyof typeof at.fundCols] ?? null) : null,
        };
      if (head === 'budget')
        return {
          row: at.budgetRow || null,
          col: at.budgetCols[i as keyof typeof at.budgetCols] ?? null,
        };
      if (head === 'summary') return at.summary;
      return { row: null, col: null };
    };
    if (!sheet.code || !sheet.year) return null;
    const em = this.db.manager;
    const prefix = `${user.orgPath ?? '/'}%`;
    let candidates: Evaluation[] = [];
    let what: string;
    if (sheet.kind === 'project') {
      const project = await em
        .createQueryBuilder(Project, 'p')
        .innerJoin(Org, 'o', 'o.id = p.orgId')
        .where('p.code = :code AND p.year = :year', { code: sheet.code, year: sheet.year })
        .andWhere('o.path LIKE :prefix', { prefix })
        .getOne();
      if (!project) {
        reader.problem(
          at.codeRow,
          1,
          `项目编码「${sheet.code}」在 ${sheet.year} 年度不存在或不属于本单位`,
        );
        return null;
      }
      what = `项目「${project.name}」`;
      const targetIds = (await em.find(Target, { where: { projectId: project.id } })).map(
        (t) => t.id,
      );
      if (targetIds.length)
        candidates = await em.find(Evaluation, {
          where: { targetId: In(targetIds) },
          order: { id: 'DESC' },
        });
    } else {
      const org = await em
        .createQueryBuilder(Org, 'o')
        .where('o.code = :code', { code: sheet.code })
        .andWhere('o.path LIKE :prefix', { prefix })
        .getOne();
      if (!org) {
        reader.problem(at.codeRow, 1, `单位编码「${sheet.code}」不存在或不属于本单位`);
        return null;
      }
      what = `「${org.name}」`;
      const ids = (await em.find(UnitTarget, { where: { orgId: org.id, year: sheet.year } })).map(
        (t) => t.id,
      );
      if (ids.length)
        candidates = await em.find(Evaluation, {
          where: { unitTargetId: In(ids) },
          order: { id: 'DESC' },
        });
    }
    const draft = candidates.find((e) => EDITABLE.includes(e.status));
    if (!draft) {
      reader.problem(
        at.codeRow,
        1,
        candidates.length
          ? `${what}${sheet.year} 年度的自评表已提交或已批复，不能导入修改`
          : `${what}${sheet.year} 年度还没有自评表：请先在系统中创建自评表（草稿），再导入`,
      );
      return null;
    }
    // What the printed table does not show (达成程度, 指标值确定依据) is kept from the draft.
    const existing = await em.find(EvaluationIndicator, {
      where: { evaluationId: draft.id },
      order: { ordinal: 'ASC' },
    });
    const indicators = sheet.indicators.map((r, i) => {
      const same =
        existing[i]?.name === r.name ? existing[i] : existing.find((x) => x.name === r.name);
      return {
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        target: r.target,
        actual: r.actual,
        weight: r.weight,
        score: r.score,
        applicable: r.applicable,
        reason: r.reason,
        ...(same?.level ? { level: same.level } : {}),
        basis: same?.basis ?? '',
      };
    });
    const body = {
      budget: {
        initial: sheet.budget.initial,
        adjusted: sheet.budget.adjusted,
        executed: sheet.budget.executed,
        ...(sheet.budget.weight !== null ? { weight: sheet.budget.weight } : {}),
      },
      ...(sheet.fundManagement.length ? { fundManagement: sheet.fundManagement } : {}),
      indicators,
      summary: sheet.summary,
      version: draft.version,
    };
    if (!(await this.validate(UpdateEvaluationDto, body, reader, locate))) return null;
    return {
      sheet: reader.name,
      key: `evaluations:${draft.id}`,
      locate,
      write: async (tx) => {
        // The draft's version as of this transaction: an import replaces the content on purpose.
        const current = await tx.findOneByOrFail(Evaluation, { id: draft.id });
        const dto = (await new BodyValidationPipe(UpdateEvaluationDto).transform(
          { ...body, version: current.version },
          { type: 'body' },
        )) as UpdateEvaluationDto;
        await this.evaluations.updateIn(tx, user, draft.id, dto, 'import');
        return { resource: 'evaluations', id: draft.id, action: 'update' };
      },
    };
  }

  /**
   * A 绩效运行监控表 is the report of the project's (or unit's) approved current targets for the
   * sheet's month: its draft (or returned report) is updated, or a new draft is created, through
   * the monitoring service, so that checks, lights, findings and the audit are the API's.
   */
  private async planMonitoring(
    user: AuthUser,
    reader: SheetReader,
    sheet: MonitoringImport,
  ): Promise<Planned | null> {
    const at = sheet.at;
    /** Sheet row index of each report row (the DTO's indicators are in the report's order). */
    let order: number[] = [];
    const locate: Locate = (path) => {
      const [head, i, field] = path.split('.');
      if (head === 'indicators') {
        const s = order[index(i)] ?? -1;
        return {
          row: (s >= 0 ? at.indicatorRows[s] : undefined) ?? (at.headerRow || null),
          col: field ? (at.indicatorCols[field as keyof typeof at.indicatorCols] ?? null) : null,
        };
      }
      if (head === 'executed' || head === 'expectedExecuted')
        return { row: at.budgetRow || null, col: at.budgetCols[head] };
      if (head === 'month') return { row: at.monthRow, col: at.monthCol };
      if (head === 'targetId' || head === 'unitTargetId')
        return { row: at.codeRow, col: at.codeCol };
      return { row: null, col: null };
    };
    if (!sheet.code || !sheet.year || !sheet.month) return null;
    const em = this.db.manager;
    const prefix = `${user.orgPath ?? '/'}%`;
    const unitByCode = () =>
      em
        .createQueryBuilder(Org, 'o')
        .where('o.code = :code AND o.type = :type', { code: sheet.code, type: 'unit' })
        .andWhere('o.path LIKE :prefix', { prefix })
        .getOne();
    let project: Project | null = null;
    let org: Org | null = null;
    if (sheet.kind === 'project') {
      project = await em
        .createQueryBuilder(Project, 'p')
        .innerJoin(Org, 'o', 'o.id = p.orgId')
        .where('p.code = :code AND p.year = :year', { code: sheet.code, year: sheet.year })
        .andWhere('o.path LIKE :prefix', { prefix })
        .getOne();
      // A unit's own report printed under 项目编码 (as earlier exports did) is read as such.
      if (!project) org = await unitByCode();
      if (!project && !org) {
        reader.problem(
          at.codeRow,
          at.codeCol,
          `项目编码「${sheet.code}」在 ${sheet.year} 年度的项目库中不存在或不属于本单位`,
        );
        return null;
      }
    } else {
      org = await unitByCode();
      if (!org) {
        reader.problem(at.codeRow, at.codeCol, `单位编码「${sheet.code}」不存在或不属于本单位`);
        return null;
      }
    }
    const what = project ? `项目「${project.name}」` : `「${org?.name ?? sheet.code}」`;
    const doc = project
      ? await em.findOne(Target, {
          where: { projectId: project.id, status: 'approved', current: true },
        })
      : org
        ? await em.findOne(UnitTarget, {
            where: { orgId: org.id, year: sheet.year, status: 'approved', current: true },
          })
        : null;
    if (!doc) {
      reader.problem(
        at.codeRow,
        at.codeCol,
        `${what}${sheet.year} 年度还没有批复的绩效目标表，不能填报运行监控`,
      );
      return null;
    }
    const field = project ? 'targetId' : 'unitTargetId';
    const existing = await em.findOne(MonitoringReport, {
      where: { [field]: doc.id, month: sheet.month },
    });
    if (existing && !EDITABLE.includes(existing.status)) {
      reader.problem(
        at.monthRow,
        at.monthCol,
        `${what}${sheet.month} 月的监控表已提交或已审核，不能导入修改`,
      );
      return null;
    }
    // The report's rows: those of the existing report, else those a new one copies from the targets.
    const rows = existing
      ? await em.find(MonitoringIndicator, {
          where: { reportId: existing.id },
          order: { ordinal: 'ASC' },
        })
      : await em.find(TargetIndicator, {
          where: { docType: project ? 'targets' : 'unit-targets', docId: doc.id },
          order: { ordinal: 'ASC' },
        });
    const match = matchIndicators(rows, sheet.indicators);
    order = match.order;
    const nameCol = at.indicatorCols.name ?? null;
    for (const s of match.extra)
      reader.problem(
        at.indicatorRows[s],
        nameCol,
        `「${sheet.indicators[s].name}」不是批复的绩效目标中的指标：监控表的指标应与批复的绩效目标一致`,
      );
    const missing = rows.filter((_, i) => order[i] === -1);
    for (const r of missing)
      reader.problem(
        at.headerRow || null,
        nameCol,
        `缺少指标「${r.name}」：监控表应列出批复的绩效目标的全部 ${rows.length} 项指标`,
      );
    if (match.extra.length || missing.length) return null;
    const body = {
      executed: sheet.executed,
      expectedExecuted: sheet.expectedExecuted,
      indicators: order.map((s) => {
        const r = sheet.indicators[s];
        return {
          progress: r.progress,
          expected: r.expected,
          likelihood: r.likelihood,
          reasons: r.reasons,
          measures: r.measures,
        };
      }),
      version: existing?.version ?? 0,
    };
    if (!(await this.validate(UpdateMonitoringDto, body, reader, locate))) return null;
    return {
      sheet: reader.name,
      key: `monitoring:${field}:${doc.id}:${sheet.month}`,
      locate,
      write: async (tx) => {
        let id = existing?.id;
        let action = 'update';
        if (id === undefined) {
          const subject = project ? { targetId: doc.id } : { unitTargetId: doc.id };
          const created = await this.monitoring.createIn(
            tx,
            user,
            { ...subject, month: sheet.month },
            'import',
          );
          id = created.id;
          action = 'create';
        }
        // The report's version as of this transaction: an import replaces the content on purpose.
        const current = await tx.findOneByOrFail(MonitoringReport, { id });
        const dto = (await new BodyValidationPipe(UpdateMonitoringDto).transform(
          { ...body, version: current.version },
          { type: 'body' },
        )) as UpdateMonitoringDto;
        await this.monitoring.updateIn(tx, user, id, dto, 'import');
        return { resource: 'monitoring', id, action };
      },
    };
  }
}

export function problemText(p: ImportProblem | undefined): string {
  if (!p) return '';
  const where = [
    p.sheet && `工作表「${p.sheet}」`,
    p.row && `第 ${p.row} 行`,
    p.column && `${p.column} 列`,
  ]
    .filter(Boolean)
    .join(' ');
  return where ? `${where}：${p.message}` : p.message;
}
