import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every change: who, when, what, before and after. No route updates or
 * deletes a row. `orgPath` is the path of the organisation the record belongs to, so that a
 * finance user reads the audit of their own region only.
 */
@Entity('audit_logs')
@Index(['resource', 'resourceId'])
export class AuditLog {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @CreateDateColumn()
  at!: Date;

  @Index()
  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  resource!: string;

  /** The record's id; a job's id is its business key (up to 100 characters). */
  @Column({ type: 'varchar', length: 128, nullable: true })
  resourceId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 255, nullable: true })
  orgPath!: string | null;

  @Column({ type: 'json', nullable: true })
  before!: object | null;

  @Column({ type: 'json', nullable: true })
  after!: object | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
