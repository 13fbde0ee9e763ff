import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { JobName, JobState } from '../../../queue/queue.constants';

/**
 * The durable record of a background job, the same in both modes: in production mode BullMQ runs
 * the job and its worker mirrors state and progress here; in the embedded mode the in-process
 * runner keeps it here alone. The id is the business key (`export-<hash>`, `recompute-2023-all`),
 * so asking twice for the same work finds the same row.
 */
@Entity('jobs')
@Index(['createdBy', 'createdAt'])
export class Job {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: JobName;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  state!: JobState;

  /** 0–100 */
  @Column({ type: 'int', default: 0 })
  progress!: number;

  /** What the job is doing or did, for users (Chinese). */
  @Column({ type: 'varchar', length: 500, default: '' })
  message!: string;

  /** The job's input (ids, types, the uploaded file's name); never a secret. */
  @Column({ type: 'json' })
  data!: Record<string, unknown>;

  /** `{ url, filename }` for a file, `{ errors: [...] }` for a refused import, counts for others. */
  @Column({ type: 'json', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The user who asked for it; null for scheduled jobs. */
  @Column({ type: 'int', nullable: true })
  createdBy!: number | null;

  /** How many times a handler started on it (retries and stalled restarts included). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn()
  updatedAt!: Date;
}
