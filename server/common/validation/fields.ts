import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/**
 * Field decorators for request bodies: each takes the Chinese label of the field and produces the
 * class-validator rules with Chinese messages that name it, plus the OpenAPI description.
 */
interface Common {
  optional?: boolean;
  /** Accept null as "clear this value". */
  nullable?: boolean;
}

type ApiType = 'string' | 'integer' | 'boolean' | 'array' | undefined;

function presence(
  label: string,
  o: Common,
  type: ApiType,
  extra: Record<string, unknown> = {},
): PropertyDecorator[] {
  const decorators: PropertyDecorator[] = [
    ApiProperty({
      description: label,
      required: !o.optional,
      nullable: o.nullable,
      type,
      ...extra,
    }),
  ];
  if (o.optional) decorators.push(IsOptional());
  else if (o.nullable) decorators.push(ValidateIf((_, v) => v !== null));
  if (!o.optional) decorators.push(IsNotEmpty({ message: `${label}不能为空` }));
  return decorators;
}

export function TextField(
  label: string,
  o: Common & { max: number; min?: number; pattern?: RegExp; patternHint?: string },
): PropertyDecorator {
  const d = [
    ...presence(label, o, 'string', { maxLength: o.max }),
    IsString({ message: `${label}必须是文本` }),
    MaxLength(o.max, { message: `${label}不能超过 ${o.max} 个字符` }),
  ];
  if (o.pattern)
    d.push(Matches(o.pattern, { message: `${label}${o.patternHint ?? '格式不正确'}` }));
  if (o.min)
    d.push(
      Matches(new RegExp(`^[\\s\\S]{${o.min},}$`), { message: `${label}至少 ${o.min} 个字符` }),
    );
  return applyDecorators(...d);
}

export function IntField(
  label: string,
  o: Common & { min: number; max: number },
): PropertyDecorator {
  return applyDecorators(
    ...presence(label, o, 'integer', { minimum: o.min, maximum: o.max }),
    IsInt({ message: `${label}必须是整数` }),
    Min(o.min, { message: `${label}不能小于 ${o.min}` }),
    Max(o.max, { message: `${label}不能大于 ${o.max}` }),
  );
}

export function BoolField(label: string, o: Common = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(label, o, 'boolean'),
    IsBoolean({ message: `${label}必须是 true 或 false` }),
  );
}

export function EnumField(
  label: string,
  values: readonly string[],
  o: Common & { labels?: Record<string, string> } = {},
): PropertyDecorator {
  const hint = values.map((v) => (o.labels?.[v] ? `${v}（${o.labels[v]}）` : v)).join('、');
  return applyDecorators(
    ...presence(label, o, 'string', { enum: [...values] }),
    IsIn([...values], { message: `${label}必须是以下之一：${hint}` }),
  );
}

/**
 * A decimal amount sent as a string (`"1.64"`), never a JSON number: a number may already have
 * lost digits in the client. Limits keep it inside DECIMAL(20, 6).
 */
export function DecimalField(
  label: string,
  o: Common & {
    scale?: number;
    integerDigits?: number;
    allowNegative?: boolean;
    allowEmpty?: boolean;
  } = {},
): PropertyDecorator {
  const scale = o.scale ?? 6;
  const digits = o.integerDigits ?? 9;
  const sign = o.allowNegative ? '-?' : '';
  // allowEmpty: '' stands for a blank cell of a published table (kept as blank, not as 0).
  const pattern = new RegExp(
    `^${o.allowEmpty ? '$|^' : ''}${sign}\\d{1,${digits}}(\\.\\d{1,${scale}})?$`,
  );
  return applyDecorators(
    ...presence(label, o, 'string', { example: '1.64', pattern: pattern.source }),
    IsString({ message: `${label}必须是字符串形式的数字（如 "1.64"）` }),
    Matches(pattern, {
      message: `${label}必须是${o.allowNegative ? '' : '非负'}数字${o.allowEmpty ? '（或留空）' : ''}，整数部分最多 ${digits} 位，小数最多 ${scale} 位`,
    }),
  );
}

export function NestedField(
  label: string,
  type: () => new () => object,
  o: Common & { array?: { max: number } } = {},
): PropertyDecorator {
  const d = [
    ...presence(label, o, o.array ? 'array' : undefined),
    ValidateNested({ each: Boolean(o.array), message: `${label}格式不正确` }),
    Type(type),
  ];
  if (o.array) {
    d.push(
      IsArray({ message: `${label}必须是数组` }),
      ArrayMaxSize(o.array.max, { message: `${label}最多 ${o.array.max} 项` }),
    );
  }
  return applyDecorators(...d);
}

export function TextArrayField(
  label: string,
  o: Common & { maxItems: number; maxLength: number },
): PropertyDecorator {
  return applyDecorators(
    ...presence(label, o, 'array'),
    IsArray({ message: `${label}必须是数组` }),
    ArrayMaxSize(o.maxItems, { message: `${label}最多 ${o.maxItems} 项` }),
    IsString({ each: true, message: `${label}的每一项必须是文本` }),
    MaxLength(o.maxLength, {
      each: true,
      message: `${label}的每一项不能超过 ${o.maxLength} 个字符`,
    }),
  );
}

/** Marks the fields a client may send back unchanged (react-admin sends the whole record on PUT). */
export const READ_ONLY_FIELDS = Symbol('readOnlyFields');
export function ReadOnlyFields(...fields: string[]): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(READ_ONLY_FIELDS, fields, target);
  };
}

export function IdArrayField(label: string, o: Common & { maxItems: number }): PropertyDecorator {
  return applyDecorators(
    ...presence(label, o, 'array'),
    IsArray({ message: `${label}必须是数组` }),
    ArrayMaxSize(o.maxItems, { message: `${label}最多 ${o.maxItems} 项` }),
    IsInt({ each: true, message: `${label}的每一项必须是整数 id` }),
    Min(1, { each: true, message: `${label}的每一项必须是正整数 id` }),
  );
}
