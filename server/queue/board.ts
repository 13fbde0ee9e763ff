import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Application, NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { User } from '../modules/users/entities/user.entity';
import { JobRunner } from './job-runner';

export const BOARD_PATH = '/admin/queues';
export const BOARD_COOKIE = 'bp_board';
export const BOARD_AUDIENCE = 'bull-board';
/** The board cookie lives 10 minutes: long enough to look, short enough to matter little. */
export const BOARD_SESSION_SECONDS = 600;

interface BoardClaims {
  sub: number;
  tv: number;
}

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).json({
    code: status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : 'NOT_FOUND',
    message,
  });
}

/**
 * Bull Board at /admin/queues for administrators. A browser navigation cannot send the console's
 * bearer token, so `POST /api/auth/board-session` (admin only) sets a short-lived HttpOnly cookie
 * scoped to this path; every board request checks it and that the user is still an enabled admin.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly runner: JobRunner,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  sessionToken(user: { id: number; tokenVersion: number }): Promise<string> {
    return this.jwt.signAsync(
      { sub: user.id, tv: user.tokenVersion },
      { algorithm: 'HS256', audience: BOARD_AUDIENCE, expiresIn: BOARD_SESSION_SECONDS },
    );
  }

  private async isAdmin(req: Request): Promise<boolean | null> {
    const token = cookie(req, BOARD_COOKIE);
    if (!token) return null;
    let claims: BoardClaims;
    try {
      claims = await this.jwt.verifyAsync<BoardClaims>(token, {
        algorithms: ['HS256'],
        audience: BOARD_AUDIENCE,
      });
    } catch {
      return null;
    }
    if (!Number.isSafeInteger(claims.sub)) return null;
    const user = await this.db.manager.findOneBy(User, { id: claims.sub });
    if (!user || user.disabled || user.tokenVersion !== claims.tv) return null;
    return user.role === 'admin';
  }

  /** Mounts the board (or, in the embedded mode, a short explanation) on the Express app. */
  mount(app: Application): void {
    const queues = this.runner.boardQueues() as Queue[];
    if (queues.length === 0) {
      app.use(BOARD_PATH, (_req: Request, res: Response) =>
        refuse(res, 404, '嵌入模式没有 Redis 任务队列面板；任务状态见“后台任务”（/api/jobs）'),
      );
      return;
    }
    const adapter = new ExpressAdapter();
    adapter.setBasePath(BOARD_PATH);
    createBullBoard({
      queues: queues.map((q) => new BullMQAdapter(q)),
      // @bull-board/express pins its own copy of @bull-board/api; the two agree at runtime.
      serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: '预算绩效 · 任务队列' } },
    });
    const guard = (req: Request, res: Response, next: NextFunction) => {
      this.isAdmin(req).then(
        (ok) => {
          if (ok) return next();
          refuse(
            res,
            ok === null ? 401 : 403,
            ok === null
              ? '请先以管理员身份登录控制台，再从“任务队列”打开本页（会话 10 分钟有效）'
              : '只有系统管理员可以查看任务队列',
          );
        },
        () => refuse(res, 401, '登录已失效，请重新登录'),
      );
    };
    app.use(BOARD_PATH, guard, adapter.getRouter() as (req: Request, res: Response) => void);
  }
}
