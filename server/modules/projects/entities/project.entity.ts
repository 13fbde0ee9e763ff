import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ProjectType } from '../../../../shared/domain/enums';
import { DecimalColumn } from '../../../database/decimal';

/** 资金支出计划: cumulative % by 3月底 / 6月底 / 9月底 / 12月底 ('' where the table is blank). */
export interface SpendPlan {
  q1: string;
  q2: string;
  q3: string;
  q4: string;
}

/** 项目库: a spending project of a budget unit for one fiscal year. Amounts in 万元. */
@Entity('projects')
@Index(['year', 'code'], { unique: true })
@Index(['orgId', 'year'])
export class Project {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The budget unit (预算单位) that owns the project. */
  @Column({ type: 'int' })
  orgId!: number;

  /** 实施单位 as written in the table. */
  @Column({ type: 'varchar', length: 200, default: '' })
  implementer!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: ProjectType;

  /** 资金总额 */
  @DecimalColumn()
  amountTotal!: string;

  /** 财政资金 (政府预算资金) */
  @DecimalColumn()
  amountFiscal!: string;

  /** 财政专户管理资金 */
  @DecimalColumn()
  amountSpecial!: string;

  /** 单位资金 (其他资金) */
  @DecimalColumn()
  amountOther!: string;

  /** 资金用途 */
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'json' })
  spendPlan!: SpendPlan;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
