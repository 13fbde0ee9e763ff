import type { RectificationSource, RectificationStatus } from '../../../shared/domain/results';

/** One step of an item's history (server RectificationEvent). */
export interface RectificationEvent {
  action: 'open' | 'update' | 'answer' | 'close' | 'reopen';
  at: string;
  userId: number;
  userName: string;
  comment: string;
}

/** `GET /api/rectifications/:id` (server/modules/rectifications/rectifications.service.ts). */
export interface Rectification {
  id: number;
  source: RectificationSource;
  documentId: number;
  orgId: number;
  orgName: string;
  year: number;
  title: string;
  /** 整改要求 */
  requirement: string;
  /** 整改期限, YYYY-MM-DD */
  deadline: string;
  status: RectificationStatus;
  /** 整改情况 */
  answer: string;
  openedBy: number;
  answeredAt: string | null;
  closedAt: string | null;
  history: RectificationEvent[];
  version: number;
  createdAt: string;
  updatedAt: string;
  overdue: boolean;
  /** what the caller may do now: edit, answer, close, reopen */
  actions: string[];
}

export const EVENT_LABELS: Record<RectificationEvent['action'], string> = {
  open: '下达整改要求',
  update: '修改整改要求',
  answer: '反馈整改情况',
  close: '销号',
  reopen: '重新打开',
};
