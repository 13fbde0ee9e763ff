import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DocStatus } from '../../../../shared/domain/enums';

export type WorkflowAction = 'create' | 'submit' | 'approve' | 'return' | 'adjust' | 'import';

/** The review history of a document: every action with who, when and the comment. */
@Entity('workflow_events')
@Index(['resource', 'docId'])
export class WorkflowEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  resource!: string;

  @Column({ type: 'int' })
  docId!: number;

  @Column({ type: 'varchar', length: 16 })
  action!: WorkflowAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: DocStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: DocStatus;

  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Column({ type: 'varchar', length: 100 })
  userName!: string;

  @Column({ type: 'varchar', length: 16 })
  userRole!: string;

  @Column({ type: 'text' })
  comment!: string;

  @CreateDateColumn()
  at!: Date;
}
