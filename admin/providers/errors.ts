import { HttpError } from 'ra-core';
import { appMessages } from '../i18n/zh';

export const ERROR_TEXTS = appMessages.errors;

/** Chinese fallback when the server sent no `message` (proxy errors, HTML error pages…). */
function fallbackMessage(status: number): string {
  if (status === 0) return ERROR_TEXTS.network;
  if (status === 401) return ERROR_TEXTS.unauthorized;
  if (status === 403) return ERROR_TEXTS.forbidden;
  if (status === 404) return ERROR_TEXTS.not_found;
  if (status === 409) return ERROR_TEXTS.conflict;
  if (status === 429) return ERROR_TEXTS.too_many_requests;
  if (status === 502 || status === 503 || status === 504) return ERROR_TEXTS.unavailable;
  if (status >= 500) return ERROR_TEXTS.server;
  return ERROR_TEXTS.bad_request;
}

interface ErrorBody {
  message?: unknown;
  errors?: unknown;
  [key: string]: unknown;
}

const HAS_CHINESE = /[\u3400-\u9fff]/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The server's own message when it is one a user can read. A message without any Chinese is a
 * framework default ('Forbidden resource', 'Unauthorized'): the console shows its own text.
 */
export function serverMessageOf(body: unknown): string | undefined {
  const message = isPlainObject(body) ? body.message : undefined;
  return typeof message === 'string' && HAS_CHINESE.test(message) ? message : undefined;
}

/**
 * Turns whatever a failed request threw into the HttpError react-admin expects:
 * - `message` is the server's Chinese message (or a Chinese fallback), shown in the notification;
 * - `body.errors` keeps the server's `{ "<field path>": "<中文说明>" }`, which react-admin's
 *   forms put on the fields (pessimistic mutations only), plus `root.serverError` so that the
 *   form-level notification shows the server's message instead of a generic one;
 * - 409 without field errors is a stale `version`: a fixed, clear message.
 */
export function toHttpError(error: unknown): Error {
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  if (!(error instanceof HttpError)) {
    // fetch() rejects with a TypeError when the server cannot be reached.
    return new HttpError(ERROR_TEXTS.network, 0, {});
  }
  const rawStatus: unknown = error.status;
  const status = typeof rawStatus === 'number' ? rawStatus : 0;
  const rawBody: unknown = error.body;
  const body: ErrorBody = isPlainObject(rawBody) ? rawBody : {};
  const fieldErrors = isPlainObject(body.errors) ? body.errors : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  let message = serverMessageOf(body) ?? fallbackMessage(status);
  if (status === 409 && !hasFieldErrors) message = ERROR_TEXTS.conflict;

  const normalisedBody: ErrorBody = { ...body, message };
  if (hasFieldErrors) {
    normalisedBody.errors = { ...fieldErrors, root: { serverError: message } };
  } else {
    delete normalisedBody.errors;
  }
  return new HttpError(message, status, normalisedBody);
}
