import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, listQuery } from '../support/app';
import { ServerProcess, startServer } from '../support/process';

/**
 * The dashboard's SQL is written once for MySQL and SQLite: in the embedded mode DECIMAL columns
 * hold scaled integers, and the sums must come out exactly the same (seed 002, 2023).
 */
describe('dashboard, rankings and 结果应用 in the embedded mode (SQLite)', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-dash-')) }, 'source');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('adds the seed-002 figures exactly', async () => {
    const dept = await new Api(server.url).login('dept');
    const res = await dept.get<Record<string, unknown>>('/api/dashboard?year=2023');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      projects: 9,
      evaluations: 9,
      grades: { 优: 6, 良: 2, 中: 1, 差: 0 },
      budget: { adjusted: '2156.2', executed: '1932.63', rate: '89.63' },
      average: '90.04',
      lights: { red: 0, yellow: 0, blue: 0, green: 0, none: 0 },
      rectifications: { open: 0, answered: 0, closed: 0, overdue: 0 },
    });
    expect((res.body.distribution as { count: number }[]).map((b) => b.count)).toEqual([
      0, 1, 0, 2, 6,
    ]);
    expect((res.body.findings as unknown[]).length).toBeGreaterThan(0);
    expect((res.body.children as { org: { code: string } }[]).map((c) => c.org.code)).toEqual([
      'XG-SCB-001',
    ]);

    const units = await dept.get<{ average: string; budgetAdjusted: string }[]>(
      `/api/rankings${listQuery({ filter: { year: 2023, level: 'unit' } })}`,
    );
    expect(units.body).toEqual([
      expect.objectContaining({
        average: '90.04',
        budgetAdjusted: '2156.2',
        executionRate: '89.63',
      }),
    ]);
    const projects = await dept.get<{ total: string }[]>(
      `/api/rankings${listQuery({ filter: { year: 2023 }, sort: ['total', 'ASC'], range: [0, 1] })}`,
    );
    expect(projects.body.map((p) => p.total)).toEqual(['65.00', '80.00']);
  });

  it('generates the 结果应用 rows with INSERT … SELECT, once', async () => {
    const finance = await new Api(server.url).login('finance');
    const first = await finance.post<{ created: number }>('/api/result-applications/generate', {
      year: 2023,
    });
    expect(first.body).toMatchObject({ created: 9, total: 9 });
    const again = await finance.post<{ created: number }>('/api/result-applications/generate', {
      year: 2023,
    });
    expect(again.body).toMatchObject({ created: 0, total: 9 });
    const rows = await finance.get<{ total: string; budgetAdjusted: string; suggestion: string }[]>(
      `/api/result-applications${listQuery({ filter: { year: 2023 }, sort: ['total', 'ASC'], range: [0, 0] })}`,
    );
    expect(rows.body).toEqual([
      expect.objectContaining({ total: '65.00', budgetAdjusted: '4', suggestion: '压减' }),
    ]);
  });
});
