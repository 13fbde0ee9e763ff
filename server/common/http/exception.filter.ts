import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ErrorBody, ErrorCode } from '../../../shared/errors';
import { DomainError } from './domain-error';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: '请求参数有误',
  401: '未登录或登录已过期，请重新登录',
  403: '无权执行此操作',
  404: '请求的资源不存在',
  405: '不支持的请求方法',
  409: '数据冲突，请刷新后重试',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '请求无法处理',
  429: '请求过于频繁，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
};

/** Errors raised by the database driver when the database itself is unreachable. */
const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'PROTOCOL_CONNECTION_LOST',
  'ETIMEDOUT',
  'EPIPE',
  'ER_CON_COUNT_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'POOL_CLOSED',
]);

/**
 * The one error contract: `{ code, message, errors? }` with a 4xx/5xx status. Never a stack
 * trace or SQL in a response; unexpected errors are logged and answered with a generic message.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toBody(exception);
    if (status >= 500 && status !== 503) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    if (!response.headersSent) response.status(status).json(body);
  }

  private toBody(exception: unknown): [number, ErrorBody] {
    if (exception instanceof DomainError) {
      return [
        exception.status,
        {
          ...exception.details,
          code: exception.code,
          message: exception.message,
          errors: exception.errors,
        },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION');
      let message = DEFAULT_MESSAGES[status] ?? '请求失败';
      let errors: Record<string, string> | undefined;
      if (typeof raw === 'object' && raw !== null) {
        const r = raw as { message?: unknown; errors?: unknown };
        // Nest's own English messages (body parser, routing) are replaced by the Chinese default.
        if (typeof r.message === 'string' && /[\u4e00-\u9fff]/.test(r.message)) message = r.message;
        if (typeof r.errors === 'object' && r.errors !== null)
          errors = r.errors as Record<string, string>;
      } else if (typeof raw === 'string' && /[\u4e00-\u9fff]/.test(raw)) {
        message = raw;
      }
      if (status === 400 && this.isJsonSyntaxError(exception)) message = '请求体不是有效的 JSON';
      return [status, { code, message, errors }];
    }
    // Errors of the body parser (http-errors): 400 bad JSON or bytes, 413 too large, 415 charset.
    const raw = exception as { status?: unknown; expose?: unknown; type?: unknown };
    if (
      typeof raw?.status === 'number' &&
      raw.status >= 400 &&
      raw.status < 500 &&
      raw.expose === true
    ) {
      const status = raw.status;
      const message =
        status === 413
          ? '请求内容过大（上限 2 MB）'
          : raw.type === 'entity.parse.failed'
            ? '请求体不是有效的 JSON'
            : status === 415 || raw.type === 'charset.unsupported'
              ? '请求体必须是 UTF-8 编码的 JSON'
              : (DEFAULT_MESSAGES[status] ?? '请求参数有误');
      return [status, { code: STATUS_CODES[status] ?? 'VALIDATION', message }];
    }
    if (exception instanceof QueryFailedError) {
      const driverCode = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      if (driverCode === 'ER_DUP_ENTRY' || driverCode.startsWith('SQLITE_CONSTRAINT_UNIQUE')) {
        return [409, { code: 'CONFLICT', message: '数据重复：已存在相同编码或名称的记录' }];
      }
      if (
        driverCode === 'ER_LOCK_DEADLOCK' ||
        driverCode === 'ER_LOCK_WAIT_TIMEOUT' ||
        driverCode === 'SQLITE_BUSY'
      ) {
        return [409, { code: 'CONFLICT', message: '数据正被他人修改，请稍后重试' }];
      }
    }
    if (this.isConnectionError(exception)) {
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        { code: 'UNAVAILABLE', message: '数据库暂时不可用，请稍后再试' },
      ];
    }
    return [500, { code: 'INTERNAL', message: '服务器内部错误，请联系系统管理员' }];
  }

  private isJsonSyntaxError(exception: HttpException): boolean {
    const cause = (exception as { cause?: unknown }).cause;
    return cause instanceof SyntaxError || /JSON/i.test(exception.message);
  }

  private isConnectionError(exception: unknown): boolean {
    let current: unknown = exception;
    for (let depth = 0; current && depth < 4; depth += 1) {
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string' && CONNECTION_ERRORS.has(code)) return true;
      current =
        (current as { driverError?: unknown; cause?: unknown }).driverError ??
        (current as { cause?: unknown }).cause;
    }
    return false;
  }
}
