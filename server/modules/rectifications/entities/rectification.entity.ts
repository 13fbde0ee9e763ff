import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { RectificationSource, RectificationStatus } from '../../../../shared/domain/results';

/** One step of an item's history, shown with the item. */
export interface RectificationEvent {
  action: 'open' | 'update' | 'answer' | 'close' | 'reopen';
  at: string;
  userId: number;
  userName: string;
  comment: string;
}

/**
 * 问题整改: a finance reviewer asks a unit to correct a problem found in one of its
 * self-evaluations or monitoring reports (整改要求, deadline); the unit reports what it did
 * (整改情况); the reviewer closes the item (销号) or reopens it.
 */
@Entity('rectifications')
@Index(['orgId', 'year', 'status'])
@Index(['source', 'documentId'])
export class Rectification {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  source!: RectificationSource;

  @Column({ type: 'int' })
  documentId!: number;

  /** The unit of the document (the one that answers) and the document's year. */
  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  year!: number;

  /** The document's title when the item was opened. */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** 整改要求 */
  @Column({ type: 'text' })
  requirement!: string;

  /** 整改期限, YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  deadline!: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: RectificationStatus;

  /** 整改情况 */
  @Column({ type: 'text' })
  answer!: string;

  @Column({ type: 'int' })
  openedBy!: number;

  @Column({ type: 'datetime', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'json' })
  history!: RectificationEvent[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
