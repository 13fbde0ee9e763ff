import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { JobContext, JobHandler, JobOutcome, JobRegistry } from '../../queue/job-handler';
import { filesDir } from './job-files';

const DAY_MS = 24 * 3600 * 1000;

/** `1.5 MB`, `320 KB`: a size for the job's message. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * Daily: removes the exported files — and uploads no import picked up — older than
 * FILES_RETENTION_DAYS from FILES_DIR. A job whose file is gone answers 404 with 请重新导出, and
 * asking for the same export again runs it again. Idempotent: a second run finds nothing to do.
 */
@Injectable()
export class FilesCleanupJob implements JobHandler, OnModuleInit {
  readonly name = 'cleanup' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async run(ctx: JobContext): Promise<JobOutcome> {
    const before = Date.now() - this.config.filesRetentionDays * DAY_MS;
    let removed = 0;
    let bytes = 0;
    for (const kind of ['exports', 'uploads'] as const) {
      const dir = filesDir(this.config, kind);
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const stat = statSync(path, { throwIfNoEntry: false });
        if (!stat?.isFile() || stat.mtimeMs >= before) continue;
        rmSync(path, { force: true });
        removed += 1;
        bytes += stat.size;
      }
      await ctx.progress(kind === 'exports' ? 50 : 100);
    }
    return {
      message: removed
        ? `已清理 ${removed} 个超过 ${this.config.filesRetentionDays} 天的文件（${sizeText(bytes)}）`
        : `没有超过 ${this.config.filesRetentionDays} 天的文件`,
      result: { removed, bytes },
    };
  }
}
