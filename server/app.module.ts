import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from './config/config';
import { MigrationsRunner } from './database/migrations.runner';
import { buildDataSourceOptions } from './database/options';
import { RedisModule } from './infra/redis.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DemoModule } from './modules/demo/demo.module';
import { HealthModule } from './modules/health/health.module';
import { IndicatorsModule } from './modules/indicators/indicators.module';
import { OrgsModule } from './modules/orgs/orgs.module';
import { EvaluationsModule } from './modules/evaluations/evaluations.module';
import { MonitoringModule } from './modules/monitoring/monitoring.module';
import { ScoringModule } from './modules/scoring/scoring.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { TargetsModule } from './modules/targets/targets.module';
import { TodosModule } from './modules/todos/todos.module';
import { UsersModule } from './modules/users/users.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { RectificationsModule } from './modules/rectifications/rectifications.module';
import { ResultApplicationsModule } from './modules/result-applications/result-applications.module';
import { WorkflowModule } from './modules/workflow/workflow.module';
import { ExcelModule } from './modules/excel/excel.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { RemindersModule } from './modules/reminders/reminders.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(config),
          // Production applies the reviewed migrations at start (MigrationsRunner, under a lock so
          // that several processes never race); the embedded mode synchronises.
          migrationsRun: false,
          // Fail the start within seconds when the database is unreachable, with the driver's error.
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        RedisModule,
        AuditModule,
        AuthModule,
        HealthModule,
        OrgsModule,
        UsersModule,
        WorkflowModule,
        ProjectsModule,
        TargetsModule,
        IndicatorsModule,
        TodosModule,
        ScoringModule,
        MonitoringModule,
        EvaluationsModule,
        DemoModule,
        DashboardModule,
        ResultApplicationsModule,
        RectificationsModule,
        JobsModule,
        ExcelModule,
        RemindersModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, MigrationsRunner],
      exports: [APP_CONFIG],
    };
  }
}
