import { Body, Get, HttpCode, Post, Query, Type } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Permission } from '../auth/decorators';
import type { PermissionName } from '../auth/permissions';
import { ReviewDto } from '../../modules/workflow/review.dto';
import type { ReviewAction } from '../../modules/workflow/workflow.service';
import { CrudController, CrudService } from './crud.controller';
import { DomainError } from './domain-error';
import { IdParam } from './id.pipe';

export interface ReviewableService<C, U, R> extends CrudService<C, U, R> {
  act(
    user: AuthUser,
    id: number,
    action: ReviewAction,
    comment: string,
    expectedVersion?: number,
  ): Promise<R>;
}

export interface AdjustableService<C, U, R> extends ReviewableService<C, U, R> {
  adjust(user: AuthUser, id: number, comment: string): Promise<R>;
  diff(user: AuthUser, id: number, againstId?: number): Promise<unknown>;
}

/** The simple-REST routes plus the review actions: POST /:id/submit | approve | return. */
export function ReviewableController<C extends object, U extends object, R>(opts: {
  read: PermissionName;
  write: PermissionName;
  submit: PermissionName;
  review: PermissionName;
  create: Type<C>;
  update: Type<U>;
}) {
  abstract class Reviewable extends CrudController<C, U, R>(opts) {
    protected abstract override readonly service: ReviewableService<C, U, R>;

    @Post(':id/submit')
    @HttpCode(200)
    @ApiBearerAuth()
    @Permission(opts.submit)
    submit(
      @IdParam() id: number,
      @Body() dto: ReviewDto,
      @CurrentUser() user: AuthUser,
    ): Promise<R> {
      return this.service.act(user, id, 'submit', dto.comment ?? '', dto.version);
    }

    @Post(':id/approve')
    @HttpCode(200)
    @ApiBearerAuth()
    @Permission(opts.review)
    approve(
      @IdParam() id: number,
      @Body() dto: ReviewDto,
      @CurrentUser() user: AuthUser,
    ): Promise<R> {
      return this.service.act(user, id, 'approve', dto.comment ?? '', dto.version);
    }

    @Post(':id/return')
    @HttpCode(200)
    @ApiBearerAuth()
    @Permission(opts.review)
    return(
      @IdParam() id: number,
      @Body() dto: ReviewDto,
      @CurrentUser() user: AuthUser,
    ): Promise<R> {
      return this.service.act(user, id, 'return', dto.comment ?? '', dto.version);
    }
  }
  return Reviewable;
}

/** Target documents also have adjustments (调整) and a diff between revisions. */
export function AdjustableController<C extends object, U extends object, R>(
  opts: Parameters<typeof ReviewableController<C, U, R>>[0],
) {
  abstract class Adjustable extends ReviewableController<C, U, R>(opts) {
    protected abstract override readonly service: AdjustableService<C, U, R>;

    @Post(':id/adjust')
    @HttpCode(201)
    @ApiBearerAuth()
    @Permission(opts.write)
    adjust(
      @IdParam() id: number,
      @Body() dto: ReviewDto,
      @CurrentUser() user: AuthUser,
    ): Promise<R> {
      return this.service.adjust(user, id, dto.comment ?? '');
    }

    @Get(':id/diff')
    @ApiBearerAuth()
    @Permission(opts.read)
    diff(
      @IdParam() id: number,
      @CurrentUser() user: AuthUser,
      @Query('against') against?: string,
    ): Promise<unknown> {
      if (against !== undefined && !/^[1-9]\d{0,9}$/.test(against))
        throw new DomainError('VALIDATION', '对比版本 against 必须是文档 id', {
          against: '必须是文档 id',
        });
      return this.service.diff(user, id, against ? Number(against) : undefined);
    }
  }
  return Adjustable;
}
