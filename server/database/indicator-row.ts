import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every indicator row shares — in a target table, a monitoring report and a
 * self-evaluation: its place in the table, the three levels and the 年度指标值 as written.
 */
export abstract class IndicatorRowColumns {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  ordinal!: number;

  /** 一级指标 */
  @Column({ type: 'varchar', length: 50 })
  level1!: string;

  /** 二级指标 */
  @Column({ type: 'varchar', length: 50 })
  level2!: string;

  /** 三级指标 */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** 年度指标值 exactly as written */
  @Column({ type: 'varchar', length: 200 })
  target!: string;
}
