import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One finding of an evaluation's computed sheet (`evaluations.result.findings`), derived and kept
 * in step whenever the result is stored, so that "which findings are raised most" is a GROUP BY in
 * SQL rather than JSON parsed in Node.
 */
@Entity('evaluation_findings')
@Index(['evaluationId', 'code'])
export class EvaluationFinding {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  evaluationId!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** error | warning | info */
  @Column({ type: 'varchar', length: 8 })
  severity!: string;
}
