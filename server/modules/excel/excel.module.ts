import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { TargetsModule } from '../targets/targets.module';
import { ExcelController, UploadErrorFilter } from './excel.controller';
import { ExportService } from './export.service';
import { ImportService } from './import.service';
import { ExportJob } from './jobs/export.job';
import { ImportJob } from './jobs/import.job';

/** Excel export (official layouts, summary, CSV) and import (all or nothing), as jobs. */
@Module({
  imports: [
    TargetsModule,
    MonitoringModule,
    EvaluationsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // In memory, with limits: an upload is at most IMPORT_MAX_MB, one file, a few fields.
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        limits: { fileSize: config.importMaxBytes, files: 1, fields: 5, parts: 8 },
      }),
    }),
  ],
  controllers: [ExcelController],
  providers: [ExportService, ImportService, ExportJob, ImportJob, UploadErrorFilter],
})
export class ExcelModule {}
