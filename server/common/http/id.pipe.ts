import { Param, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';

class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,14}$/.test(value))
      throw new DomainError('NOT_FOUND', '记录不存在（id 必须是正整数）');
    return Number(value);
  }
}

/** `:id` route parameter as a positive integer; anything else is a 404, never a 500. */
export const IdParam = (): ParameterDecorator => Param('id', new ParseIdPipe());
