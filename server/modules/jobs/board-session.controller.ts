import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { BOARD_COOKIE, BOARD_PATH, BOARD_SESSION_SECONDS, BoardService } from '../../queue/board';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/entities/user.entity';

@ApiTags('后台任务')
@Controller('auth')
export class BoardSessionController {
  constructor(
    private readonly board: BoardService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Opens a Bull Board session: sets an HttpOnly cookie valid for /admin/queues for 10 minutes.
   * The console calls it, then opens /admin/queues in a new tab. Audited like a login.
   */
  @Post('board-session')
  @HttpCode(200)
  @ApiBearerAuth()
  @Permission('jobs.board')
  async open(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const row = await this.db.manager.findOneByOrFail(User, { id: user.id });
    await this.audit.record(this.db.manager, {
      user,
      action: 'board_session',
      resource: 'auth',
      resourceId: user.id,
      orgPath: user.orgPath,
      after: { path: BOARD_PATH, expiresIn: BOARD_SESSION_SECONDS },
      ip: req.ip ?? null,
    });
    res.cookie(BOARD_COOKIE, await this.board.sessionToken(row), {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: BOARD_PATH,
      maxAge: BOARD_SESSION_SECONDS * 1000,
    });
    return { url: BOARD_PATH, expiresIn: BOARD_SESSION_SECONDS };
  }
}
