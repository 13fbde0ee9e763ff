import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message to one user (站内通知). `key` makes a reminder unique per deadline, document and user,
 * so the daily job can run any number of times and remind once.
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

  @Column({ type: 'boolean', default: false })
  read!: boolean;

  @Column({ type: 'datetime', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn()
  createdAt!: Date;
}
