import {
  ArgumentsHost,
  Body,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  HttpCode,
  HttpException,
  Inject,
  PayloadTooLargeException,
  Post,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { DomainError, invalid } from '../../common/http/domain-error';
import { EnumField, IdArrayField } from '../../common/validation/fields';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { jobIds } from '../../queue/queue.constants';
import { filesDir, storedFile } from '../jobs/job-files';
import { JobsService } from '../jobs/jobs.service';
import {
  EXPORT_TYPE_LABELS,
  EXPORT_TYPES,
  ExportService,
  ExportType,
  isListExport,
  MAX_DOCUMENTS,
  MAX_LIST,
} from './export.service';
import { IMPORT_TYPE_LABELS, IMPORT_TYPES, ImportType } from './import.service';
import { inspectXlsx } from './xlsx-check';

/** 绩效自评表（100 份）: what an export holds, as the jobs list names it. */
export const exportTitle = (type: ExportType, count: number) =>
  `${EXPORT_TYPE_LABELS[type]}（${count} 份）`;

export class ExportDto {
  @EnumField('导出类型', EXPORT_TYPES, { labels: EXPORT_TYPE_LABELS })
  type!: ExportType;

  @IdArrayField('导出的文档', { maxItems: MAX_LIST })
  ids!: number[];
}

export class ImportDto {
  @EnumField('导入类型', IMPORT_TYPES, { labels: IMPORT_TYPE_LABELS })
  type!: ImportType;
}

/** The parts of multer's file the controller uses (memory storage). */
interface Upload {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** multer's limit errors in the product's error contract, in Chinese. */
@Catch(HttpException)
export class UploadErrorFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const mb = Math.round(this.config.importMaxBytes / 1024 / 1024);
    const status = exception.getStatus();
    const body = exception.getResponse() as { code?: string; message?: unknown; errors?: unknown };
    if (exception instanceof PayloadTooLargeException) {
      res.status(413).json({
        code: 'PAYLOAD_TOO_LARGE',
        message: `文件超过 ${mb} MB 的上限，请拆分后分别导入`,
        errors: { file: `文件不能超过 ${mb} MB` },
      });
    } else if (status === 400 && typeof body.message === 'string' && !body.code) {
      res.status(400).json({
        code: 'VALIDATION',
        message: '上传内容有误：请用表单字段 file 上传一个 .xlsx 文件，并用 type 说明类型',
        errors: { file: '请上传一个 .xlsx 文件' },
      });
    } else {
      res.status(status).json(body);
    }
  }
}

@ApiTags('Excel 导入导出')
@ApiBearerAuth()
@Controller()
export class ExcelController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly exports: ExportService,
    private readonly jobs: JobsService,
  ) {}

  /**
   * Exports documents in the official layouts (one sheet per document) or a list of
   * self-evaluations (summary workbook or CSV). Answers at once with the job to poll.
   */
  @Post('exports')
  @HttpCode(202)
  @Permission('exports.create')
  async export(@Body() dto: ExportDto, @CurrentUser() user: AuthUser) {
    const ids = [...new Set(dto.ids)];
    if (ids.length === 0) throw invalid('ids', '请选择要导出的文档');
    if (!isListExport(dto.type) && ids.length > MAX_DOCUMENTS)
      throw invalid('ids', `一次最多导出 ${MAX_DOCUMENTS} 份文档；更多请导出汇总表或 CSV 清单`);
    const versions = await this.exports.versions(user, dto.type, ids);
    const id = jobIds.export(dto.type, ids, user.id, versions);
    const job = await this.jobs.enqueue(
      user,
      'export',
      id,
      // `title` names the work in the jobs list and in the 文件已生成 message.
      { type: dto.type, ids, userId: user.id, title: exportTitle(dto.type, ids.length) },
      (done) => storedFile(this.config, 'exports', done.result?.file) !== null,
    );
    return { jobId: job.id, state: job.state };
  }

  /** What an import accepts (IMPORT_MAX_MB, IMPORT_MAX_ROWS), for the console's import dialog. */
  @Get('imports/limits')
  @Permission('imports.create')
  importLimits() {
    return {
      maxMb: Math.round(this.config.importMaxBytes / 1024 / 1024),
      maxRows: this.config.importMaxRows,
    };
  }

  /**
   * Imports a filled-in .xlsx (multipart `file` and `type`) as drafts, all or nothing. The file is
   * checked here (size, format); its content when the job runs, which lists every problem.
   */
  @Post('imports')
  @HttpCode(202)
  @Permission('imports.create')
  @ApiConsumes('multipart/form-data')
  @UseFilters(UploadErrorFilter)
  @UseInterceptors(FileInterceptor('file'))
  async import(
    @Body() dto: ImportDto,
    @UploadedFile() file: Upload | undefined,
    @CurrentUser() user: AuthUser,
  ) {
    if (!file) throw invalid('file', '请选择要导入的 Excel 文件（表单字段 file）');
    if (!/\.xlsx$/i.test(file.originalname))
      throw invalid('file', '只支持 .xlsx 格式的 Excel 工作簿（.xls 请在 Excel 中另存为 .xlsx）');
    const problem = inspectXlsx(file.buffer, this.config.importMaxBytes * 20);
    if (problem) throw new DomainError('VALIDATION', problem, { file: problem });
    const sha = createHash('sha256').update(file.buffer).digest('hex');
    const id = jobIds.import(dto.type, user.id, sha);
    const upload = `${id}.xlsx`;
    // Written aside and renamed: a worker reading the same upload never sees half a file.
    const dir = filesDir(this.config, 'uploads');
    const tmp = join(dir, `${id}.${process.pid}.${Date.now()}.tmp`);
    writeFileSync(tmp, file.buffer);
    renameSync(tmp, join(dir, upload));
    const job = await this.jobs.enqueue(user, 'import', id, {
      type: dto.type,
      upload,
      filename: Buffer.from(file.originalname, 'latin1').toString('utf8'),
      userId: user.id,
    });
    return { jobId: job.id, state: job.state };
  }
}
