import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobContext, JobHandler, JobOutcome, JobRegistry } from '../../../queue/job-handler';
import { jobUser } from '../../jobs/job-user';
import { EXPORT_TYPE_LABELS, ExportService, ExportType } from '../export.service';

export interface ExportJobData extends Record<string, unknown> {
  type: ExportType;
  ids: number[];
  userId: number;
}

/**
 * Writes the requested documents to FILES_DIR/exports/<job id>. Idempotent: the file is written
 * under a temporary name and renamed, so a rerun replaces it whole.
 */
@Injectable()
export class ExportJob implements JobHandler<ExportJobData>, OnModuleInit {
  readonly name = 'export' as const;

  constructor(
    private readonly registry: JobRegistry,
    private readonly exports: ExportService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async run(ctx: JobContext<ExportJobData>): Promise<JobOutcome> {
    const user = await jobUser(this.db, ctx.data.userId);
    await ctx.progress(1, `正在导出${EXPORT_TYPE_LABELS[ctx.data.type]}`);
    const file = await this.exports.write(user, ctx.data.type, ctx.data.ids, ctx.id, ctx.progress);
    return {
      message: `已生成「${file.filename}」（${file.count} 份）`,
      result: {
        url: `/api/jobs/${ctx.id}/file`,
        filename: file.filename,
        file: file.file,
        size: file.size,
        count: file.count,
      },
    };
  }
}
