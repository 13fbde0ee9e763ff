import type { DocStatus } from '../../../shared/domain/enums';

/** A 待办 (`GET /api/todos`): a document waiting for the caller's role. */
export interface Todo {
  id: string;
  resource: string;
  docId: number;
  title: string;
  kind: string;
  orgName: string;
  year: number;
  status: DocStatus;
  statusLabel: string;
  task: string;
  updatedAt: string;
}

/** Where a 待办 leads: the document's show page. */
export const todoPath = (todo: Pick<Todo, 'resource' | 'docId'>): string =>
  `/${todo.resource}/${todo.docId}/show`;
