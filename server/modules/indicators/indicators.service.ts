import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { CreateIndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { LibraryIndicator } from './entities/library-indicator.entity';

const SPEC: ListSpec = {
  resource: 'indicators',
  idColumn: 'i.id',
  sortable: {
    id: 'i.id',
    level1: 'i.level1',
    level2: 'i.level2',
    name: 'i.name',
    direction: 'i.direction',
  },
  defaultSort: ['id', 'ASC'],
  filters: {
    q: { kind: 'like', columns: ['i.name', 'i.explanation', 'i.level2'] },
    level1: { kind: 'eq', column: 'i.level1', type: 'string' },
    level2: { kind: 'eq', column: 'i.level2', type: 'string' },
    direction: { kind: 'eq', column: 'i.direction', type: 'string' },
    scope: {
      kind: 'custom',
      type: 'string',
      // A project table may pick project and general indicators, and so on.
      apply: (qb, value, p) => qb.andWhere(`i.scope IN (:${p}, 'any')`, { [p]: value }),
    },
  },
};

function fields(dto: CreateIndicatorDto): Partial<LibraryIndicator> {
  return {
    scope: dto.scope ?? 'any',
    level1: dto.level1,
    level2: dto.level2,
    name: dto.name,
    unit: dto.unit ?? '',
    direction: dto.direction,
    suggestedTarget: dto.suggestedTarget ?? '',
    explanation: dto.explanation ?? '',
    method: dto.method ?? '',
    weight: dto.weight ?? null,
  };
}

/** 指标库: readable by everyone (clerks pick from it), maintained by administrators. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(
    _user: AuthUser,
    query: Record<string, unknown>,
    res: Response,
  ): Promise<LibraryIndicator[]> {
    return listPage(this.db.createQueryBuilder(LibraryIndicator, 'i'), query, SPEC, res);
  }

  async get(_user: AuthUser, id: number): Promise<LibraryIndicator> {
    const found = await this.db.manager.findOneBy(LibraryIndicator, { id });
    if (!found) throw notFound('指标');
    return found;
  }

  create(user: AuthUser, dto: CreateIndicatorDto): Promise<LibraryIndicator> {
    return this.db.transaction(async (em) => {
      const inserted = await em.insert(LibraryIndicator, fields(dto));
      const created = await em.findOneByOrFail(LibraryIndicator, {
        id: Number(inserted.identifiers[0].id),
      });
      await this.audit.record(em, {
        user,
        action: 'create',
        resource: 'indicators',
        resourceId: created.id,
        after: created,
      });
      return created;
    });
  }

  update(user: AuthUser, id: number, dto: UpdateIndicatorDto): Promise<LibraryIndicator> {
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id);
      const result = await em
        .createQueryBuilder()
        .update(LibraryIndicator)
        .set(fields(dto))
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw staleVersion();
      const after = await em.findOneByOrFail(LibraryIndicator, { id });
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'indicators',
        resourceId: id,
        before,
        after,
      });
      return after;
    });
  }

  remove(user: AuthUser, id: number): Promise<LibraryIndicator> {
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id);
      await em.delete(LibraryIndicator, { id });
      await this.audit.record(em, {
        user,
        action: 'delete',
        resource: 'indicators',
        resourceId: id,
        before,
      });
      return before;
    });
  }
}
