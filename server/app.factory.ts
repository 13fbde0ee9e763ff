import { LogLevel as NestLogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { AppConfig, LOG_LEVELS } from './config/config';
import { AllExceptionsFilter } from './common/http/exception.filter';
import { BodyValidationPipe } from './common/validation/validation.pipe';
import { BoardService } from './queue/board';

/** Log levels up to and including the configured one. */
export function logLevels(level: AppConfig['logLevel']): NestLogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}

/**
 * Builds the HTTP application exactly as production runs it; `main.ts` and the tests both use it.
 * The API lives under /api, the built console is served at /.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: logLevels(config.logLevel),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '2mb' });
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');
  app.disable('x-powered-by');
  app.setGlobalPrefix('api', { exclude: [{ path: '/', method: RequestMethod.GET }] });
  app.enableCors({ exposedHeaders: ['Content-Range'] });
  app.useGlobalPipes(new BodyValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('预算绩效管理平台 API')
      .setDescription(
        'react-admin simple-REST 协议：列表 GET /api/<resource>?sort=&range=&filter= 返回 Content-Range；金额、比率、分数均为十进制字符串。',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  // Bull Board at /admin/queues (administrators only), before the console's catch-all below.
  app.get(BoardService).mount(app.getHttpAdapter().getInstance());

  const index = join(config.adminDir, 'index.html');
  if (existsSync(index)) {
    // Console files only: an /api request never looks for a file (a stat per API call otherwise).
    const assets = serveStatic(config.adminDir, { index: false, maxAge: '1h', immutable: false });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.path.startsWith('/api/')) next();
      else assets(req, res, next);
    });
    // The console is a single-page app: any GET outside /api answers with its index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
  return app;
}
