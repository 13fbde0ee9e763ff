import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const DEADLINE_KINDS = ['targets', 'monitoring', 'evaluations'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  targets: '绩效目标申报',
  monitoring: '绩效运行监控',
  evaluations: '绩效自评',
};

/** The deadline of one step of a fiscal year's cycle (set by the administrator). */
@Entity('deadlines')
@Index(['year', 'kind'], { unique: true })
export class Deadline {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: DeadlineKind;

  /** Last day (inclusive), `YYYY-MM-DD`, Beijing time. */
  @Column({ type: 'varchar', length: 10 })
  dueDate!: string;

  /** Reminders start this many days before the due date. */
  @Column({ type: 'int', default: 7 })
  remindDays!: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
