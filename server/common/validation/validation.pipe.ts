import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { DomainError } from '../http/domain-error';
import { stripReadOnly } from './strip';

const MAX_DEPTH = 8;
const PRIORITY = [
  'isNotEmpty',
  'isString',
  'isInt',
  'isBoolean',
  'isArray',
  'isIn',
  'nestedValidation',
];

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const child of Object.values(value as Record<string, unknown>)) {
    max = Math.max(max, depthOf(child, depth + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

/** `indicators.2.weight` — the dot path react-hook-form uses for a field. */
function flatten(errors: ValidationError[], prefix: string, out: Record<string, string>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const keys = Object.keys(error.constraints);
      if (keys.includes('whitelistValidation')) {
        out[path] = `不允许的字段「${error.property}」`;
      } else {
        // The most basic failure first: missing, then wrong type, then range or format.
        const key = PRIORITY.find((k) => keys.includes(k)) ?? keys[0];
        out[path] = error.constraints[key];
      }
    }
    if (error.children?.length) flatten(error.children, path, out);
  }
}

/**
 * Validates request bodies against their DTO class: unknown fields are refused (400 naming the
 * field), read-only fields that react-admin sends back are dropped, nothing is coerced silently.
 */
@Injectable()
export class BodyValidationPipe implements PipeTransform {
  /** `dtoClass` names the DTO explicitly where the parameter's declared type is generic. */
  constructor(private readonly dtoClass?: new () => object) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = this.dtoClass ?? metadata.metatype;
    if (
      metadata.type !== 'body' ||
      !metatype ||
      [String, Boolean, Number, Array, Object].includes(metatype as never)
    ) {
      return value;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new DomainError('VALIDATION', '请求体必须是 JSON 对象');
    }
    if (depthOf(value) > MAX_DEPTH) {
      throw new DomainError('VALIDATION', '请求体嵌套层级过深');
    }
    const body = { ...(value as Record<string, unknown>) };
    for (const key of Object.keys(body)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new DomainError('VALIDATION', `不允许的字段「${key}」`, {
          [key]: `不允许的字段「${key}」`,
        });
      }
    }
    const instance = plainToInstance(metatype as new () => object, body, {
      enableImplicitConversion: false,
    });
    stripReadOnly(instance);
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
    });
    if (errors.length > 0) {
      const fields: Record<string, string> = {};
      flatten(errors, '', fields);
      const first = Object.values(fields)[0] ?? '请求参数有误';
      throw new DomainError(
        'VALIDATION',
        Object.keys(fields).length > 1
          ? `${first}（共 ${Object.keys(fields).length} 处错误）`
          : first,
        fields,
      );
    }
    return instance;
  }
}
