import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import {
  BUILTIN_TEMPLATES,
  scoreSheet,
  SheetResult,
  validateSheetShape,
} from '../../../shared/scoring';
import { Permission } from '../../common/auth/decorators';
import { DomainError } from '../../common/http/domain-error';

/**
 * 评分试算: scores a 自评表 sheet (SCORING.md) without storing anything. A malformed request is a
 * 400 naming the field; what the parser cannot read inside a well-formed sheet becomes findings.
 */
@ApiTags('评分试算')
@ApiBearerAuth()
@Controller('scoring')
export class ScoringController {
  @Post('preview')
  @HttpCode(200)
  @Permission('scoring.preview')
  @ApiBody({
    description:
      '自评表 JSON（见 SCORING.md）：kind、template、budget、fundManagement、indicators、reported',
  })
  preview(@Body() body: unknown): SheetResult {
    const shape = validateSheetShape(body);
    if (!shape.ok) {
      const messages = Object.values(shape.errors);
      throw new DomainError(
        'VALIDATION',
        messages.length > 1
          ? `${messages[0]}（共 ${messages.length} 处错误）`
          : (messages[0] ?? '自评表格式不正确'),
        shape.errors,
      );
    }
    return scoreSheet(shape.sheet);
  }

  /** The scoring templates the preview and the self-evaluations can use. */
  @Get('templates')
  @Permission('scoring.preview')
  templates() {
    return Object.values(BUILTIN_TEMPLATES);
  }
}
