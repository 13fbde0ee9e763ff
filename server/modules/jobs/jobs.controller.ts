import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  PipeTransform,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createReadStream, statSync } from 'node:fs';
import { findTemplate } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { DomainError, invalid, notFound } from '../../common/http/domain-error';
import { IntField, TextField } from '../../common/validation/fields';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { beijingDate, JOB_ID_PATTERN, jobIds } from '../../queue/queue.constants';
import { storedFile } from './job-files';
import { JobStore, JobView } from './job-store';
import { JobsService } from './jobs.service';

class JobIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!JOB_ID_PATTERN.test(value)) throw notFound('任务');
    return value;
  }
}

export class RecomputeDto {
  @IntField('年度', { min: 2000, max: 2100 })
  year!: number;

  @TextField('评分模板', { max: 64, optional: true })
  template?: string;
}

export class RemindersDto {
  @TextField('提醒日期', {
    max: 10,
    optional: true,
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    patternHint: '格式应为 YYYY-MM-DD',
  })
  date?: string;
}

/** `Content-Disposition` with the Chinese file name (RFC 6266 / 5987) and an ASCII fallback. */
export function attachment(filename: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

@ApiTags('后台任务')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: JobStore,
    private readonly jobs: JobsService,
  ) {}

  /** The caller's jobs (administrators: everyone's), simple-REST list. */
  @Get()
  @Permission('jobs.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JobView[]> {
    return this.store.list(user, query, res);
  }

  @Get(':id')
  @Permission('jobs.read')
  async get(
    @Param('id', new JobIdPipe()) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<JobView> {
    const [view] = await this.store.views([await this.store.get(user, id)]);
    return view;
  }

  /** The file an export produced, to its owner (or an administrator). */
  @Get(':id/file')
  @Permission('jobs.read')
  async file(
    @Param('id', new JobIdPipe()) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const job = await this.store.get(user, id);
    const path =
      job.state === 'completed' ? storedFile(this.config, 'exports', job.result?.file) : null;
    if (!path)
      throw new DomainError('NOT_FOUND', '文件不存在：任务尚未完成或文件已被清理，请重新导出');
    const filename = typeof job.result?.filename === 'string' ? job.result.filename : 'export.xlsx';
    return new StreamableFile(createReadStream(path), {
      type: filename.endsWith('.csv')
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: attachment(filename, String(job.result?.file)),
      length: statSync(path).size,
    });
  }

  /**
   * Re-scores every self-evaluation of `year` (of one template, when given) with the current
   * scoring rules — after a template changed. Asking again while it runs joins the running job.
   */
  @Post('recompute')
  @HttpCode(202)
  @Permission('jobs.recompute')
  async recompute(@Body() dto: RecomputeDto, @CurrentUser() user: AuthUser) {
    if (dto.template !== undefined && !findTemplate(dto.template))
      throw invalid('template', `评分模板「${dto.template}」不存在`);
    const template = dto.template ?? null;
    const job = await this.jobs.enqueue(user, 'recompute', jobIds.recompute(dto.year, template), {
      year: dto.year,
      template,
      userId: user.id,
    });
    return { jobId: job.id, state: job.state };
  }

  /** Runs the deadline reminders now (they also run daily on their own). */
  @Post('reminders')
  @HttpCode(202)
  @Permission('jobs.reminders')
  async reminders(@Body() dto: RemindersDto, @CurrentUser() user: AuthUser) {
    const date = dto.date ?? beijingDate();
    const job = await this.jobs.enqueue(user, 'reminders', jobIds.reminders(date), { date });
    return { jobId: job.id, state: job.state };
  }
}
