import { ERROR_STATUS, ErrorCode } from '../../../shared/errors';

/** A failure the user can act on; the exception filter turns it into `{ code, message, errors }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: Record<string, string>,
    /** More structured detail for the client (e.g. the findings that block a submission). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string): DomainError =>
  new DomainError('NOT_FOUND', `${what}不存在或无权访问`);

export const staleVersion = (): DomainError =>
  new DomainError('STALE_VERSION', '数据已被他人修改，请刷新后重试（您的修改未保存）', {
    version: '版本已过期',
  });

export const invalid = (field: string, message: string): DomainError =>
  new DomainError('VALIDATION', message, { [field]: message });
