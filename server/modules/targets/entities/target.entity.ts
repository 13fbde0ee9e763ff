import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { DocStatus } from '../../../../shared/domain/enums';
import type { Finding } from '../../../../shared/scoring';

/**
 * Columns shared by the two target documents (项目绩效目标表, 部门（单位）整体绩效目标表):
 * workflow status, optimistic `version`, and `revision` — 1 for the declaration, 2… for each
 * adjustment (调整). The approved revision with `current = true` is the baseline that monitoring
 * and self-evaluation measure against.
 */
export abstract class TargetDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  year!: number;

  /** The budget unit the document belongs to (for a project: the project's unit). */
  @Index()
  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: DocStatus;

  /** The approved baseline of its project/unit and year (only one at a time). */
  @Column({ type: 'boolean', default: false })
  current!: boolean;

  /** 年度绩效目标 / 年度履职目标 */
  @Column({ type: 'json' })
  goals!: string[];

  /** Review findings computed on every save (read-only for clients). */
  @Column({ type: 'json' })
  findings!: Finding[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}

@Entity('targets')
@Index(['projectId', 'revision'], { unique: true })
// The dashboard's counts by status over the org subtree.
@Index(['orgId', 'year', 'status'])
export class Target extends TargetDocument {
  @Column({ type: 'int' })
  projectId!: number;
}

export interface UnitTask {
  name: string;
  content: string;
  amount: string;
  amountFiscal: string;
}

/** 预算情况 of the unit-wide table (万元). */
export interface UnitBudget {
  total: string;
  fiscal: string;
  special: string;
  other: string;
  basic: string;
  project: string;
}

@Entity('unit_targets')
@Index(['orgId', 'year', 'revision'], { unique: true })
export class UnitTarget extends TargetDocument {
  /** 年度主要任务 */
  @Column({ type: 'json' })
  tasks!: UnitTask[];

  @Column({ type: 'json' })
  budget!: UnitBudget;
}
