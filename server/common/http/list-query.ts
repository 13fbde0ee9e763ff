import type { Response } from 'express';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from './domain-error';

/**
 * The react-admin simple-REST list protocol, parsed once for every resource:
 * `?sort=["name","ASC"]&range=[0,24]&filter={"q":"社区","type":"unit","id":[1,2]}` and the
 * `Content-Range: <resource> 0-24/319` header of the answer.
 */
export type FilterKind =
  | { kind: 'eq'; column: string; type: 'string' | 'int' | 'bool' }
  | { kind: 'like'; columns: string[] }
  | { kind: 'gte' | 'lte'; column: string; type: 'string' | 'int' | 'date' }
  | {
      kind: 'custom';
      type: 'string' | 'int' | 'bool';
      apply: (qb: SelectQueryBuilder<ObjectLiteral>, value: unknown, param: string) => void;
    };

export interface ListSpec {
  resource: string;
  /** API field → SQL expression (usually `alias.column`). */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  filters: Record<string, FilterKind>;
  /** The `id` column, for `filter={"id":[…]}` (react-admin's getMany). */
  idColumn: string;
}

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
  filter: Record<string, unknown>;
}

export const MAX_PAGE = 1000;

function parseJson(raw: unknown, name: string, label: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string')
    throw new DomainError('VALIDATION', `${label}格式不正确`, { [name]: `${label}只能出现一次` });
  try {
    return JSON.parse(raw);
  } catch {
    throw new DomainError('VALIDATION', `${label}不是有效的 JSON`, {
      [name]: `${label}不是有效的 JSON`,
    });
  }
}

function checkValue(type: string, value: unknown, key: string): unknown {
  const fail = (what: string) =>
    new DomainError('VALIDATION', `筛选条件「${key}」${what}`, {
      [`filter.${key}`]: `筛选条件「${key}」${what}`,
    });
  if (type === 'int') {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
    throw fail('必须是整数');
  }
  if (type === 'bool') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw fail('必须是 true 或 false');
  }
  if (type === 'date') {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
    throw fail('必须是日期');
  }
  if (typeof value === 'string' && value.length <= 200) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw fail('必须是不超过 200 个字符的文本');
}

export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  const sortRaw = parseJson(query.sort, 'sort', '排序参数 sort');
  let sort = spec.defaultSort;
  if (sortRaw !== undefined) {
    if (
      !Array.isArray(sortRaw) ||
      sortRaw.length !== 2 ||
      typeof sortRaw[0] !== 'string' ||
      !['ASC', 'DESC', 'asc', 'desc'].includes(String(sortRaw[1]))
    ) {
      throw new DomainError('VALIDATION', '排序参数 sort 应为 ["字段","ASC|DESC"]', {
        sort: '排序参数 sort 应为 ["字段","ASC|DESC"]',
      });
    }
    if (!(sortRaw[0] in spec.sortable)) {
      const msg = `不能按字段「${sortRaw[0]}」排序，可用：${Object.keys(spec.sortable).join('、')}`;
      throw new DomainError('VALIDATION', msg, { sort: msg });
    }
    sort = [sortRaw[0], String(sortRaw[1]).toUpperCase() as 'ASC' | 'DESC'];
  }
  const rangeRaw = parseJson(query.range, 'range', '分页参数 range');
  let range: [number, number] = [0, 24];
  if (rangeRaw !== undefined) {
    const ok =
      Array.isArray(rangeRaw) &&
      rangeRaw.length === 2 &&
      rangeRaw.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) &&
      (rangeRaw[1] as number) >= (rangeRaw[0] as number);
    if (!ok)
      throw new DomainError('VALIDATION', '分页参数 range 应为 [起始, 结束]，且结束不小于起始', {
        range: '分页参数 range 应为 [起始, 结束]',
      });
    range = [rangeRaw[0] as number, rangeRaw[1] as number];
    if (range[1] - range[0] + 1 > MAX_PAGE) {
      throw new DomainError('VALIDATION', `每页最多 ${MAX_PAGE} 条`, {
        range: `每页最多 ${MAX_PAGE} 条`,
      });
    }
  }
  const filterRaw = parseJson(query.filter, 'filter', '筛选参数 filter') ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw new DomainError('VALIDATION', '筛选参数 filter 必须是 JSON 对象', {
      filter: '筛选参数 filter 必须是 JSON 对象',
    });
  }
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filterRaw as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'id') {
      const ids = Array.isArray(value) ? value : [value];
      if (ids.length > MAX_PAGE)
        throw new DomainError('VALIDATION', `一次最多查询 ${MAX_PAGE} 个 id`, {
          'filter.id': `最多 ${MAX_PAGE} 个`,
        });
      filter.id = ids.map((v) => checkValue('int', v, 'id'));
      continue;
    }
    const f = spec.filters[key];
    if (!f) {
      const msg = `不支持的筛选条件「${key}」，可用：${['id', ...Object.keys(spec.filters)].join('、')}`;
      throw new DomainError('VALIDATION', msg, { [`filter.${key}`]: msg });
    }
    const type = f.kind === 'like' ? 'string' : f.type;
    filter[key] =
      Array.isArray(value) && f.kind === 'eq'
        ? value.slice(0, MAX_PAGE).map((v) => checkValue(type, v, key))
        : checkValue(type, value, key);
  }
  return { sort, range, filter };
}

/** Applies filter, sort and range to a query builder that is already scoped to the caller. */
export function applyListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  q: ListQuery,
  spec: ListSpec,
): SelectQueryBuilder<T> {
  let n = 0;
  for (const [key, value] of Object.entries(q.filter)) {
    const p = `f${(n += 1)}`;
    if (key === 'id') {
      const ids = value as number[];
      if (ids.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere(`${spec.idColumn} IN (:...${p})`, { [p]: ids });
      continue;
    }
    const f = spec.filters[key];
    switch (f.kind) {
      case 'eq':
        if (Array.isArray(value))
          qb.andWhere(value.length ? `${f.column} IN (:...${p})` : '1 = 0', { [p]: value });
        else qb.andWhere(`${f.column} = :${p}`, { [p]: value });
        break;
      case 'like': {
        // '!' as the escape character: a backslash means different things in MySQL and SQLite literals.
        const pattern = `%${String(value).replace(/[!%_]/g, (c) => `!${c}`)}%`;
        qb.andWhere(
          new Brackets((w) =>
            f.columns.forEach((c) => w.orWhere(`${c} LIKE :${p} ESCAPE '!'`, { [p]: pattern })),
          ),
        );
        break;
      }
      case 'gte':
        qb.andWhere(`${f.column} >= :${p}`, { [p]: value });
        break;
      case 'lte':
        qb.andWhere(`${f.column} <= :${p}`, { [p]: value });
        break;
      case 'custom':
        f.apply(qb as unknown as SelectQueryBuilder<ObjectLiteral>, value, p);
        break;
    }
  }
  const [field, order] = q.sort;
  qb.orderBy(spec.sortable[field], order);
  if (spec.sortable[field] !== spec.idColumn) qb.addOrderBy(spec.idColumn, 'ASC');
  return qb.skip(q.range[0]).take(q.range[1] - q.range[0] + 1);
}

export function setContentRange(
  res: Response,
  resource: string,
  q: ListQuery,
  count: number,
  total: number,
): void {
  const start = q.range[0];
  const end = count === 0 ? start : start + count - 1;
  res.setHeader('Content-Range', `${resource} ${start}-${end}/${total}`);
}

/** Runs the list query and writes Content-Range; returns the page. */
export async function listPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: Record<string, unknown>,
  spec: ListSpec,
  res: Response,
): Promise<T[]> {
  const q = parseListQuery(query, spec);
  const [rows, total] = await applyListQuery(qb, q, spec).getManyAndCount();
  setContentRange(res, spec.resource, q, rows.length, total);
  return rows;
}
