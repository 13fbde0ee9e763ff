import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message to one user (站内通知). `key` makes a message unique (a reminder per deadline, document
 * and user; a job's outcome per job), so the jobs that write them can run any number of times and
 * tell once.
 */
@Entity('notifications')
@Index(['userId', 'read'])
export class Notification {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 191 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  message!: string;

  /** The document the message is about (`targets`, `evaluations` …) when there is one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  resource!: string | null;

  @Column({ type: 'int', nullable: true })
  resourceId!: number | null;

  @Column({ type: 'int', nullable: true })
  deadlineId!: number | null;

  /** The background job the message is about (a file ready to download, an import done). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  jobId!: string | null;

  @Column({ type: 'boolean', default: false })
  read!: boolean;

  @Column({ type: 'datetime', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn()
  createdAt!: Date;
}
