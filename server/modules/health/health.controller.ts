import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators';
import { REDIS } from '../../infra/redis.module';

type State = 'ok' | 'down' | 'not_configured';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}

@ApiTags('健康检查')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  /** 200 when the database (and Redis, when configured) answer within 2 s; 503 otherwise. */
  @Get()
  @Public()
  async health(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'ok' | 'degraded'; database: State; redis: State }> {
    const database: State = await withTimeout(this.db.query('SELECT 1'), 2000).then(
      () => 'ok' as const,
      () => 'down' as const,
    );
    const redis: State = this.redis
      ? await withTimeout(this.redis.ping(), 2000).then(
          () => 'ok' as const,
          () => 'down' as const,
        )
      : 'not_configured';
    const healthy = database === 'ok' && redis !== 'down';
    res.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'degraded', database, redis };
  }
}
