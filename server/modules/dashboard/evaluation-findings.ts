import type { EntityManager } from 'typeorm';
import type { Finding } from '../../../shared/scoring';
import { EvaluationFinding } from './entities/evaluation-finding.entity';

/**
 * Replaces the derived finding rows of an evaluation with the findings of its stored result. Call
 * it in the transaction that writes `evaluations.result`.
 */
export async function syncEvaluationFindings(
  em: EntityManager,
  evaluationId: number,
  findings: readonly Finding[],
): Promise<void> {
  await em.delete(EvaluationFinding, { evaluationId });
  if (findings.length === 0) return;
  await em.insert(
    EvaluationFinding,
    findings.map((f) => ({
      evaluationId,
      code: f.code.slice(0, 40),
      severity: String(f.severity).slice(0, 8),
    })),
  );
}
