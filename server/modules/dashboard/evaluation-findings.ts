import { EntityManager, In } from 'typeorm';
import type { Finding } from '../../../shared/scoring';
import { EvaluationFinding } from './entities/evaluation-finding.entity';

const rowOf = (f: Finding) => `${f.code.slice(0, 40)}\u0000${String(f.severity).slice(0, 8)}`;

/** Whether two lists of findings make the same finding rows. */
export function sameFindingRows(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => rowOf(f) === rowOf(b[i]));
}

/**
 * Replaces the derived finding rows of an evaluation with the findings of its stored result. Call
 * it in the transaction that writes `evaluations.result`. `previous`: the findings of the result
 * being replaced — when they make the same rows, the rows are left as they are.
 */
export async function syncEvaluationFindings(
  em: EntityManager,
  evaluationId: number,
  findings: readonly Finding[],
  previous?: readonly Finding[],
): Promise<void> {
  if (previous && sameFindingRows(previous, findings)) return;
  await syncFindingsOf(em, [{ evaluationId, findings }]);
}

/** The same for several evaluations at once, in two statements. */
export async function syncFindingsOf(
  em: EntityManager,
  evaluations: readonly { evaluationId: number; findings: readonly Finding[] }[],
): Promise<void> {
  if (evaluations.length === 0) return;
  await em.delete(EvaluationFinding, { evaluationId: In(evaluations.map((e) => e.evaluationId)) });
  const rows = evaluations.flatMap(({ evaluationId, findings }) =>
    findings.map((f) => ({
      evaluationId,
      code: f.code.slice(0, 40),
      severity: String(f.severity).slice(0, 8),
    })),
  );
  if (rows.length) await em.insert(EvaluationFinding, rows);
}
