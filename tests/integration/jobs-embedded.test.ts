import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, listQuery } from '../support/app';
import { exportFile, finished, importFile, JobBody } from '../support/jobs';
import { ServerProcess, startServer } from '../support/process';

/** No Redis: the same handlers run in the server process, with the same /api/jobs. */
describe('background jobs in the embedded mode (SQLite, no Redis)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-embedded-jobs-'));
  let server: ServerProcess;
  let jiedao: Api;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir }, 'source');
    jiedao = await new Api(server.url).login('jiedao');
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports a target table and imports it back as an adjustment draft, reporting through /api/jobs', async () => {
    const list = await jiedao.get<{ id: number }[]>(
      `/api/targets${listQuery({ filter: { current: true }, sort: ['id', 'ASC'], range: [0, 0] })}`,
    );
    const id = list.body[0].id;
    const original = (
      await jiedao.get<{ goals: string[]; indicators: unknown[] }>(`/api/targets/${id}`)
    ).body;
    const { job, file } = await exportFile(jiedao, 'targets', [id]);
    expect(job).toMatchObject({ type: 'export', state: 'completed', progress: 100, attempts: 1 });
    expect(job.result?.url).toBe(`/api/jobs/${job.id}/file`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getCell(1, 1).value).toBe('项目（政策）绩效目标表');

    const imported = await importFile(jiedao, 'targets', file);
    expect(imported).toMatchObject({ type: 'import', state: 'completed', progress: 100 });
    const draftId = imported.result?.imported?.[0].id;
    const draft = (
      await jiedao.get<{ status: string; goals: string[]; indicators: unknown[] }>(
        `/api/targets/${draftId}`,
      )
    ).body;
    expect(draft.status).toBe('draft');
    expect(draft.goals).toEqual(original.goals);
    expect(draft.indicators).toEqual(original.indicators);

    const mine = await jiedao.get<JobBody[]>('/api/jobs');
    expect(mine.body.map((j) => j.id).sort()).toEqual([job.id, imported.id].sort());
  });

  it('sends the deadline reminders once, however often they run', async () => {
    const admin = await new Api(server.url).login('admin');
    const deadline = await admin.post('/api/deadlines', {
      year: 2023,
      kind: 'monitoring',
      dueDate: '2023-07-31',
    });
    expect(deadline.status).toBe(201);
    const run = async () => {
      const res = await admin.post<{ jobId: string }>('/api/jobs/reminders', {
        date: '2023-08-02',
      });
      return (await finished(admin, res.body.jobId)).result;
    };
    const first = await run();
    expect(Number(first?.created)).toBeGreaterThan(0);
    expect(await run()).toMatchObject({ created: 0 });
    // 西工街道's approved 2023 targets have no monitoring report: one reminder each, to its clerk.
    // Reminders only: jiedao's export and import above left their own messages.
    const notes = await jiedao.get<{ message: string }[]>(
      `/api/notifications${listQuery({ range: [0, 99], filter: { kind: 'overdue' } })}`,
    );
    expect(notes.body.length).toBeGreaterThan(0);
    expect(notes.body.length).toBeLessThanOrEqual(Number(first?.created));
    expect(notes.body[0].message).toContain('已逾期 2 天');
  });

  it('refuses a bad file with its problems located, and has no queue board', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').getCell('A1').value = '别的表';
    const refused = await importFile(jiedao, 'targets', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(refused.state).toBe('failed');
    expect(refused.result?.errors?.[0]).toMatchObject({ sheet: '表1', row: 1, column: 'A' });
    const board = await fetch(`${server.url}/admin/queues`);
    expect(board.status).toBe(404);
  });
});
