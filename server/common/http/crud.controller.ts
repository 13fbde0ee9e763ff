import { Body, Delete, Get, Post, Put, Query, Res, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Permission } from '../auth/decorators';
import type { PermissionName } from '../auth/permissions';
import { BodyValidationPipe } from '../validation/validation.pipe';
import { IdParam } from './id.pipe';

/** What a resource service offers to the generic simple-REST controller. */
export interface CrudService<C, U, R> {
  list(user: AuthUser, query: Record<string, unknown>, res: Response): Promise<R[]>;
  get(user: AuthUser, id: number): Promise<R>;
  create(user: AuthUser, dto: C): Promise<R>;
  update(user: AuthUser, id: number, dto: U): Promise<R>;
  remove(user: AuthUser, id: number): Promise<R>;
}

/**
 * The five simple-REST routes of a resource (list, get, create, update, delete), each with its
 * declared permission and its body validated against the resource's DTO classes.
 */
export function CrudController<C extends object, U extends object, R>(opts: {
  read: PermissionName;
  write: PermissionName;
  create: Type<C>;
  update: Type<U>;
}) {
  abstract class Crud {
    protected abstract readonly service: CrudService<C, U, R>;

    @Get()
    @ApiBearerAuth()
    @Permission(opts.read)
    list(
      @Query() query: Record<string, unknown>,
      @CurrentUser() user: AuthUser,
      @Res({ passthrough: true }) res: Response,
    ): Promise<R[]> {
      return this.service.list(user, query, res);
    }

    @Get(':id')
    @ApiBearerAuth()
    @Permission(opts.read)
    get(@IdParam() id: number, @CurrentUser() user: AuthUser): Promise<R> {
      return this.service.get(user, id);
    }

    @Post()
    @ApiBearerAuth()
    @ApiBody({ type: opts.create })
    @Permission(opts.write)
    create(
      @Body(new BodyValidationPipe(opts.create)) dto: C,
      @CurrentUser() user: AuthUser,
    ): Promise<R> {
      return this.service.create(user, dto);
    }

    @Put(':id')
    @ApiBearerAuth()
    @ApiBody({ type: opts.update })
    @Permission(opts.write)
    update(
      @IdParam() id: number,
      @Body(new BodyValidationPipe(opts.update)) dto: U,
      @CurrentUser() user: AuthUser,
    ): Promise<R> {
      return this.service.update(user, id, dto);
    }

    @Delete(':id')
    @ApiBearerAuth()
    @Permission(opts.write)
    remove(@IdParam() id: number, @CurrentUser() user: AuthUser): Promise<R> {
      return this.service.remove(user, id);
    }
  }
  return Crud;
}
