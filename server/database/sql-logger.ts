import { AdvancedConsoleLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** A password hash or a signed token: never printed, even in the SQL of LOG_LEVEL=verbose. */
const SECRET_VALUE = /^\$argon2(id|i|d)\$|^eyJ[\w-]+\.[\w-]+\.[\w-]+$/;

export const REDACTED = '[redacted]';

/** A statement parameter as the log may show it. */
export function redactParameter(value: unknown): unknown {
  return typeof value === 'string' && SECRET_VALUE.test(value) ? REDACTED : value;
}

/**
 * TypeORM's console logger without secrets: at LOG_LEVEL=verbose every statement is logged with
 * its parameters, and a user's INSERT or UPDATE carries the password hash — shown as [redacted].
 */
export class RedactingSqlLogger extends AdvancedConsoleLogger {
  protected override writeLog(
    level: LogLevel,
    message: LogMessage | LogMessage[],
    queryRunner?: QueryRunner,
  ): void {
    const redact = (m: LogMessage): LogMessage =>
      m.parameters ? { ...m, parameters: m.parameters.map(redactParameter) } : m;
    super.writeLog(
      level,
      Array.isArray(message) ? message.map(redact) : redact(message),
      queryRunner,
    );
  }
}
