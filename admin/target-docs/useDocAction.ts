import { HttpError, useNotify, useRedirect, useRefresh } from 'react-admin';
import { useState } from 'react';
import { apiPost } from '../common/useApiGet';
import type { DocAction, DocFinding, ReviewableResource } from './types';

export type PostAction = Exclude<DocAction, 'edit'>;

/** What the server said when it refused an action (422 findings, 400 field errors, 409). */
export interface ActionRefusal {
  action: PostAction;
  message: string;
  findings: DocFinding[];
  errors: Record<string, string>;
}

const NOTICES: Record<PostAction, string> = {
  submit: 'app.review.done.submit',
  approve: 'app.review.done.approve',
  return: 'app.review.done.return',
  adjust: 'app.review.done.adjust',
};

function refusalOf(action: PostAction, error: unknown): ActionRefusal {
  if (!(error instanceof HttpError)) {
    return {
      action,
      message: error instanceof Error ? error.message : String(error),
      findings: [],
      errors: {},
    };
  }
  const body = (error.body ?? {}) as { findings?: unknown; errors?: unknown };
  const findings = Array.isArray(body.findings) ? (body.findings as DocFinding[]) : [];
  const errors: Record<string, string> = {};
  if (body.errors && typeof body.errors === 'object') {
    for (const [key, value] of Object.entries(body.errors as Record<string, unknown>)) {
      if (typeof value === 'string') errors[key] = value;
    }
  }
  return { action, message: error.message, findings, errors };
}

/**
 * POST /api/<resource>/:id/submit | approve | return | adjust. On success the page reloads the
 * document (an adjustment opens the new draft); a refusal is kept for the page to show beside
 * the rows it concerns.
 */
export function useDocAction(resource: ReviewableResource, id: number, version: number) {
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [pending, setPending] = useState<PostAction | null>(null);
  const [refusal, setRefusal] = useState<ActionRefusal | null>(null);

  const run = async (action: PostAction, comment: string): Promise<boolean> => {
    setPending(action);
    setRefusal(null);
    try {
      const body = action === 'adjust' ? { comment } : { comment, version };
      const result = await apiPost<{ id: number }>(`/${resource}/${id}/${action}`, body);
      notify(NOTICES[action], { type: 'success' });
      if (action === 'adjust') redirect('edit', resource, result.id);
      else refresh();
      return true;
    } catch (error) {
      const refused = refusalOf(action, error);
      setRefusal(refused);
      notify(refused.message, { type: 'error', messageArgs: { _: refused.message } });
      return false;
    } finally {
      setPending(null);
    }
  };

  return { run, pending, refusal, clearRefusal: () => setRefusal(null) };
}
