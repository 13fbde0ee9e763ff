import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync, rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import {
  JobContext,
  JobHandler,
  JobOutcome,
  JobRegistry,
  PermanentJobError,
} from '../../../queue/job-handler';
import { storedFile } from '../../jobs/job-files';
import { jobUser } from '../../jobs/job-user';
import { IMPORT_TYPE_LABELS, ImportService, ImportType } from '../import.service';

export interface ImportJobData extends Record<string, unknown> {
  type: ImportType;
  /** The uploaded file in FILES_DIR/uploads. */
  upload: string;
  filename: string;
  userId: number;
}

const ACTIONS: Record<string, string> = {
  create: '新建草稿',
  update: '更新草稿',
  adjust: '新建调整草稿',
};

/**
 * Imports an uploaded workbook in one transaction. Idempotent: the same file writes the same
 * drafts again. The upload is deleted once the import has succeeded or been refused for good.
 */
@Injectable()
export class ImportJob implements JobHandler<ImportJobData>, OnModuleInit {
  readonly name = 'import' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
    private readonly imports: ImportService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async run(ctx: JobContext<ImportJobData>): Promise<JobOutcome> {
    const path = storedFile(this.config, 'uploads', ctx.data.upload);
    if (!path) throw new PermanentJobError('上传的文件已不存在（可能已被清理），请重新上传');
    try {
      const user = await jobUser(this.db, ctx.data.userId);
      await ctx.progress(5, `正在读取「${ctx.data.filename}」`);
      const result = await this.imports.run(user, ctx.data.type, readFileSync(path), ctx.progress);
      rmSync(path, { force: true });
      const detail = result.imported
        .map((i) => `${i.sheet}：${ACTIONS[i.action] ?? i.action}`)
        .join('；');
      return {
        message: `已导入 ${result.imported.length} 张${IMPORT_TYPE_LABELS[ctx.data.type]}（草稿）。${detail}`,
        result: { imported: result.imported },
      };
    } catch (error) {
      if (error instanceof PermanentJobError) rmSync(path, { force: true });
      throw error;
    }
  }
}
