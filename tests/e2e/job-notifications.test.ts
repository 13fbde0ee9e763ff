import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobStore } from '../../server/modules/jobs/job-store';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { testConfig } from '../support/env';
import {
  dropQueueKeys,
  exportFile,
  finished,
  importFile,
  JobBody,
  migratedDatabase,
} from '../support/jobs';

/**
 * The message a background job leaves when it ends (站内通知), against MariaDB and Redis (BullMQ,
 * workers in the API process): 文件已生成 for an export, once per request however often the job
 * ends, and the jobs list naming the work and who asked for it.
 */
const DB = 'bp_test_job_notes';
const files = mkdtempSync(join(tmpdir(), 'bp-job-notes-'));
const prefix = `bpn${process.pid}`;

interface Note {
  id: number;
  userId: number;
  key: string;
  kind: string;
  title: string;
  message: string;
  resource: string | null;
  resourceId: number | null;
  jobId: string | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}
type JobRow = JobBody & { title: string | null; createdByName?: string | null };

let t: TestApp;
let admin: Api;
let unit: Api;
let jiedao: Api;
let evaluationIds: number[];

const notesOf = async (api: Api, filter: object = {}) => {
  const res = await api.get<Note[]>(`/api/notifications${listQuery({ range: [0, 99], filter })}`);
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  const url = await migratedDatabase(DB);
  t = await startApp(testConfig({ DATABASE_URL: url, QUEUE_PREFIX: prefix, FILES_DIR: files }));
  const anon = new Api(t.url);
  [admin, unit, jiedao] = await Promise.all(['admin', 'unit', 'jiedao'].map((u) => anon.login(u)));
  const list = await unit.get<{ id: number }[]>(
    `/api/evaluations${listQuery({ filter: { year: 2023 }, sort: ['id', 'ASC'], range: [0, 2] })}`,
  );
  evaluationIds = list.body.map((e) => e.id);
  expect(evaluationIds).toHaveLength(3);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await dropQueueKeys(prefix);
  rmSync(files, { recursive: true, force: true });
});

describe('notifications of finished jobs', () => {
  it('tells the user who exported that the file is ready, with the job to download it from', async () => {
    expect(await notesOf(unit)).toEqual([]);
    const { job, file } = await exportFile(unit, 'evaluations', evaluationIds);
    const filename = '项目单位自评表（3 份）.xlsx';
    expect(job.result?.filename).toBe(filename);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(3);

    const notes = await notesOf(unit);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'file-ready',
      title: `文件已生成：${filename}`,
      resource: 'jobs',
      resourceId: null,
      jobId: job.id,
      read: false,
    });
    expect(notes[0].message).toBe(
      `已生成「${filename}」（3 份）。可在此下载，或在“后台任务”中找到它。`,
    );
    // Only the user who asked is told.
    expect(await notesOf(jiedao)).toEqual([]);
    expect(await notesOf(admin)).toEqual([]);
    // The console finds the message of a job, and counts the unread ones.
    expect((await notesOf(unit, { jobId: job.id })).map((n) => n.id)).toEqual([notes[0].id]);
    const unread = await unit.get(`/api/notifications${listQuery({ filter: { read: false } })}`);
    expect(unread.headers.get('content-range')).toMatch(/\/1$/);

    // react-admin sends the whole record back when it marks it read: read-only fields are ignored.
    const read = await unit.put<Note>(`/api/notifications/${notes[0].id}`, {
      ...notes[0],
      read: true,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ read: true, jobId: job.id });
    expect(read.body.readAt).not.toBeNull();
  });

  it('tells once per request: the same export asked again, or a job that ends twice, adds nothing', async () => {
    const { job } = await exportFile(unit, 'evaluations', evaluationIds);
    expect((await notesOf(unit, { jobId: job.id })).length).toBe(1);
    // A worker that stalled and a retry both record the end of one request.
    const store = t.app.get(JobStore);
    await store.completed(job.id, job.message, job.result);
    await store.completed(job.id, job.message, job.result);
    expect((await notesOf(unit, { jobId: job.id })).length).toBe(1);

    // The file was cleaned up: asking again runs the export again, and that new file is news.
    for (const f of readdirSync(join(files, 'exports')).filter((n) => n.startsWith(job.id)))
      rmSync(join(files, 'exports', f));
    const again = await unit.post<{ jobId: string }>('/api/exports', {
      type: 'evaluations',
      ids: evaluationIds,
    });
    expect(again.body.jobId).toBe(job.id);
    expect((await finished(unit, job.id)).state).toBe('completed');
    const notes = await notesOf(unit, { jobId: job.id });
    expect(notes.map((n) => [n.kind, n.read])).toEqual([
      ['file-ready', false],
      ['file-ready', true],
    ]);
  });

  it('tells an importer that the file was refused, and how many problems it has', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').getCell('A1').value = '别的表';
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const refused = await importFile(unit, 'targets', buffer);
    expect(refused.state).toBe('failed');
    const errors = refused.result?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    const [note] = await notesOf(unit, { jobId: refused.id });
    expect(note).toMatchObject({
      kind: 'job-failed',
      title: '导入未完成：import.xlsx',
      message: `${refused.message}（共 ${errors.length} 处问题，详见“后台任务”）`,
    });
  });

  it('names the work and who asked for it in the jobs list; users see their own jobs only', async () => {
    const mine = await unit.get<JobRow[]>(`/api/jobs${listQuery({ range: [0, 9] })}`);
    expect(mine.body.length).toBeGreaterThanOrEqual(2);
    const me = (await unit.get<{ name: string }>('/api/auth/me')).body.name;
    expect(me).toBeTruthy();
    const exported = mine.body.find((j) => j.type === 'export');
    expect(exported).toMatchObject({ title: '绩效自评表（3 份）', createdByName: me });
    const all = await admin.get<JobRow[]>(`/api/jobs${listQuery({ range: [0, 9] })}`);
    expect(all.body.find((j) => j.id === exported?.id)?.createdByName).toBe(
      exported?.createdByName,
    );
    expect((await jiedao.get<JobRow[]>('/api/jobs')).body).toEqual([]);
    const one = await admin.get<JobRow>(`/api/jobs/${exported?.id}`);
    expect(one.body).toMatchObject({
      title: '绩效自评表（3 份）',
      createdByName: exported?.createdByName,
    });
  });
});
