import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processEvents } from '../../src/services/events/processor';
import { importHistory } from '../../src/services/imports/importHistory';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { apiAs } from '../support/app';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

/** The collector, for memory figures that do not depend on when V8 last collected. */
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * History imports from CSV: streamed in constant memory, resumable after a crash without duplicates,
 * bad rows reported by line and skipped, unusable files refused before anything is written.
 */

useTestDatabaseForCli();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-history-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, text: string) => {
  const p = path.join(dir, `${randomUUID()}-${name}`);
  await writeFile(p, text);
  return p;
};

const source = async (p: string) => ({
  input: createReadStream(p, { highWaterMark: 64 * 1024 }),
  fileName: path.basename(p),
  totalBytes: (await stat(p)).size,
});

async function eventCount(workspaceId: string): Promise<number> {
  const r = await testDb()
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Writes `rows` event lines without holding the file in memory; every 25,000th row has a bad type. */
async function writeEventsCsv(p: string, rows: number): Promise<number[]> {
  const out = createWriteStream(p);
  const bad: number[] = [];
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write('type,timestamp,user_id,touchpoint,channel,revenue,campaign\n');
  const start = Date.UTC(2025, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const isBad = i % 25_000 === 0;
    if (isBad) bad.push(i + 1);
    const type = isBad ? 'fax' : i % 10 === 0 ? 'order' : 'call';
    const at = new Date(start + i * 60_000).toISOString();
    await write(
      `${type},${at},crm-${i % 5000},Sales,phone,${i % 10 === 0 ? '120.50' : ''},spring-${i % 7}\n`,
    );
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return bad;
}

describe('streaming import of events', () => {
  it('imports 100,000 rows in constant memory and reports the bad ones by line', async () => {
    const ws = await aWorkspace(testDb());
    await aTouchpoint(ws.ctx, { name: 'Sales' });
    const p = path.join(dir, 'big.csv');
    const rows = 100_000;
    const badLines = await writeEventsCsv(p, rows);
    gc();
    const before = process.memoryUsage();
    // Live heap (after a full collection) at each tenth of the file: a leak would climb with the lines.
    // RSS follows V8's heap budget (garbage), so it is reported and only loosely bounded.
    const retained: number[] = [];
    let rssPeak = before.rss;
    const started = Date.now();
    const result = await importHistory(ws.ctx, 'events', await source(p), {
      onProgress: (progress) => {
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
        if (progress.linesRead % 10_000 < 1000) {
          gc();
          retained.push(process.memoryUsage().heapUsed - before.heapUsed);
        }
      },
    });
    const seconds = (Date.now() - started) / 1000;
    if (!result.ok) throw new Error(result.error.message);
    gc();
    const after = process.memoryUsage();
    const mb = (bytes: number) => bytes / 1024 / 1024;
    console.info(
      `history import: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s; ` +
        `RSS peak +${mb(rssPeak - before.rss).toFixed(0)} MB; live heap during the import ` +
        `${retained.map((b) => mb(b).toFixed(1)).join(' ')} MB; after it +${mb(after.heapUsed - before.heapUsed).toFixed(1)} MB`,
    );
    expect(result.value).toMatchObject({
      status: 'done',
      rowsImported: rows - badLines.length,
      badRows: badLines.length,
    });
    expect(result.value.linesRead).toBe(rows + 1);
    expect(result.value.errors.map((e) => e.line)).toEqual(badLines);
    expect(result.value.errors[0]?.reason).toMatch(/^type: /);
    expect(await eventCount(ws.workspace.id)).toBe(rows - badLines.length);
    // Constant memory: nothing is kept per row, and the second half of the file needs no more than the first.
    expect(retained.length).toBeGreaterThanOrEqual(9);
    expect(mb(Math.max(...retained))).toBeLessThan(30);
    expect(mb(after.heapUsed - before.heapUsed)).toBeLessThan(20);
    expect(mb(rssPeak - before.rss)).toBeLessThan(100);
    expect(seconds).toBeLessThan(60);
  }, 180_000);

  it('resumes after a crash mid-file without storing any event twice', async () => {
    const ws = await aWorkspace(testDb());
    await aTouchpoint(ws.ctx, { name: 'Sales' });
    const p = path.join(dir, 'resume.csv');
    await writeEventsCsv(p, 5000);
    const full = await readFile(p);
    // The "crash": the stream breaks after 60 % of the file, in the middle of a batch.
    async function* breaking() {
      const cut = Math.floor(full.length * 0.6);
      for (let at = 0; at < cut; at += 4096) yield full.subarray(at, Math.min(cut, at + 4096));
      throw new Error('disk went away');
    }
    let jobId = '';
    await expect(
      importHistory(
        ws.ctx,
        'events',
        { input: breaking(), fileName: 'resume.csv', totalBytes: full.length },
        {
          batchSize: 500,
          onStart: (id) => (jobId = id),
        },
      ),
    ).rejects.toThrow('disk went away');
    const crashed = await testDb()
      .selectFrom('import_jobs')
      .selectAll()
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(crashed.status).toBe('failed');
    const committed = Number(crashed.lines_read);
    expect(committed).toBeGreaterThan(1000);
    expect(await eventCount(ws.workspace.id)).toBe(Number(crashed.rows_imported));

    const resumed = await importHistory(ws.ctx, 'events', await source(p), {
      batchSize: 500,
      resumeJobId: jobId,
    });
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.value).toMatchObject({ status: 'done', rowsImported: 5000, badRows: 0, linesRead: 5001 });
    expect(await eventCount(ws.workspace.id)).toBe(5000);

    // Running the finished job again is refused; a fresh import of the same file (new job) would duplicate
    // only rows without event_id, which is why event_id columns are recommended for CRM exports.
    const again = await importHistory(ws.ctx, 'events', await source(p), { resumeJobId: jobId });
    expect(again.ok).toBe(false);
    expect(await eventCount(ws.workspace.id)).toBe(5000);
  }, 120_000);

  it('refuses to resume a job that another process is running', async () => {
    const ws = await aWorkspace(testDb());
    let go: () => void = () => undefined;
    const held = new Promise<void>((r) => (go = r));
    async function* slow() {
      yield Buffer.from('type,timestamp,user_id\ncall,2025-01-01,u1\n');
      await held;
      yield Buffer.from('call,2025-01-02,u2\n');
    }
    let jobId = '';
    const started = new Promise<void>((resolve) => {
      void importHistory(
        ws.ctx,
        'events',
        { input: slow(), fileName: 'slow.csv', totalBytes: null },
        {
          onStart: (id) => {
            jobId = id;
            resolve();
          },
        },
      ).then((r) => expect(r.ok && r.value.rowsImported).toBe(2));
    });
    await started;
    const second = await importHistory(
      ws.ctx,
      'events',
      await source(await file('same.csv', 'type,timestamp,user_id\n')),
      {
        resumeJobId: jobId,
      },
    );
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/running/) });
    go();
    await expect
      .poll(
        async () =>
          (
            await testDb()
              .selectFrom('import_jobs')
              .select('status')
              .where('id', '=', jobId)
              .executeTakeFirst()
          )?.status,
      )
      .toBe('done');
    expect(await eventCount(ws.workspace.id)).toBe(2);
  });

  it('skips and reports bad rows by their line, imports the good ones', async () => {
    const ws = await aWorkspace(testDb());
    await aTouchpoint(ws.ctx, { name: 'Messe Stuttgart' });
    const p = await file(
      'mixed.csv',
      [
        'event_id;type;timestamp;email;touchpoint;revenue;note',
        'e1;trade_fair_contact;2025-03-04;anna@example.com;Messe Stuttgart;;"met at booth, wants quote"',
        'e2;call;2025-03-05 10:15;ANNA@example.com;;;',
        'e3;order;2025-03-06T09:00:00+01:00;anna@example.com;;1200,50;"two',
        'lines"',
        'e4;order;yesterday;anna@example.com;;;',
        'e5;call;2025-03-07;not-an-address;;;',
        'e6;call;2025-03-07;bob@example.com;Nowhere;;',
        'e7;call;2025-03-07;bob@example.com;;;;too many',
        'e8;call;2099-01-01;bob@example.com;;;',
        '',
        'e9;meeting;2025-03-08;;;;',
        'e10;meeting;2025-03-08;carl@example.com;;abc;',
      ].join('\n'),
    );
    const r = await importHistory(ws.ctx, 'events', await source(p));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rowsImported).toBe(3);
    expect(r.value.errors).toEqual([
      { line: 6, reason: expect.stringMatching(/^timestamp: /) },
      { line: 7, reason: 'email: is not an e-mail address' },
      { line: 8, reason: 'touchpoint: no touchpoint "Nowhere" in this workspace' },
      { line: 9, reason: 'has 8 fields, the header has 7' },
      { line: 10, reason: expect.stringMatching(/^timestamp: must not be more than 24 hours in the future/) },
      { line: 12, reason: 'user_id: a user_id, email or anonymous_id is required' },
      { line: 13, reason: 'revenue: must be a number such as 1200.50 or 1200,50' },
    ]);
    const stored = await testDb()
      .selectFrom('events')
      .select([
        'event_id',
        'type',
        'revenue',
        'properties',
        'anonymous_id',
        'source',
        'touchpoint_id',
        'occurred_at',
      ])
      .where('workspace_id', '=', ws.workspace.id)
      .orderBy('event_id')
      .execute();
    expect(stored.map((e) => [e.event_id, e.type, e.revenue === null ? null : Number(e.revenue)])).toEqual([
      ['e1', 'trade_fair_contact', null],
      ['e2', 'call', null],
      ['e3', 'order', 1200.5],
    ]);
    expect(stored[0]).toMatchObject({
      anonymous_id: 'email:anna@example.com',
      source: 'import',
      properties: { note: 'met at booth, wants quote', email: 'anna@example.com' },
    });
    expect(stored[0]?.touchpoint_id).not.toBeNull();
    expect(stored[1]?.occurred_at.toISOString()).toBe('2025-03-05T10:15:00.000Z');
    expect(r.value.duplicates).toBe(0);

    // The same file again (a new job): its events are there already, so nothing counts as imported.
    const again = await importHistory(ws.ctx, 'events', await source(p));
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value).toMatchObject({ status: 'done', rowsImported: 0, duplicates: 3, badRows: 7 });
    expect(await eventCount(ws.workspace.id)).toBe(3);
  });

  it('stores rows without event_id once, however often and in whatever column order they come', async () => {
    const ws = await aWorkspace(testDb());
    const first = await file(
      'calls.csv',
      [
        'type,timestamp,email,note',
        'call,2025-03-05 10:15,anna@example.com,asks for a quote',
        'call,2025-03-05 10:15,anna@example.com,asks for a quote',
        'call,2025-03-05 10:15,anna@example.com,wants a visit',
        'call,2025-03-05T10:15:00Z,bob@example.com,asks for a quote',
      ].join('\n'),
    );
    const r = await importHistory(ws.ctx, 'events', await source(first));
    if (!r.ok) throw new Error(r.error.message);
    // Line 3 says what line 2 says: one call, listed twice.
    expect(r.value).toMatchObject({ status: 'done', rowsImported: 3, duplicates: 1, badRows: 0 });

    // The same calls exported again, columns reordered and the timestamp written another way, plus
    // one new call: only the new one is stored.
    const again = await file(
      'calls-again.csv',
      [
        'email;note;type;timestamp',
        'bob@example.com;asks for a quote;call;2025-03-05T11:15:00+01:00',
        'anna@example.com;wants a visit;call;2025-03-05 10:15',
        'anna@example.com;asks for a quote;call;2025-03-05 10:15',
        'anna@example.com;asks for a quote;call;2025-03-06 09:00',
      ].join('\n'),
    );
    const second = await importHistory(ws.ctx, 'events', await source(again));
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value).toMatchObject({ status: 'done', rowsImported: 1, duplicates: 3, badRows: 0 });
    expect(await eventCount(ws.workspace.id)).toBe(4);
  });

  it('refuses an unusable file before writing anything', async () => {
    const ws = await aWorkspace(testDb());
    const cases = [
      ['', /empty/],
      ['user_id,when\nu1,2025-01-01\n', /lacks the columns type, timestamp/],
      ['type,timestamp\ncall,2025-01-01\n', /needs one of the columns user_id, email, anonymous_id/],
      ['type,type,timestamp,email\n', /appears twice/],
      ['\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /cannot be imported/],
      ['"type,timestamp\nx', /not CSV/],
    ] as const;
    for (const [text, reason] of cases) {
      const r = await importHistory(ws.ctx, 'events', await source(await file('bad.csv', text)));
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(reason);
    }
    const jobs = await testDb()
      .selectFrom('import_jobs')
      .select('id')
      .where('workspace_id', '=', ws.workspace.id)
      .execute();
    expect(jobs).toEqual([]);
  });
});

describe('contacts and companies', () => {
  it('creates profiles with both identities and companies, and events by e-mail find them', async () => {
    const ws = await aWorkspace(testDb());
    const companies = await file(
      'companies.csv',
      'external_id,name,domain,industry\nacc-1,Müller Medizintechnik GmbH,mueller-med.de,medical\n,Schmidt AG,,tools\n',
    );
    const c = await importHistory(ws.ctx, 'companies', await source(companies));
    expect(c.ok && c.value.rowsImported).toBe(2);
    // Again with a changed name: matched by external id, not duplicated.
    const again = await file('companies2.csv', 'external_id,name\nacc-1,Müller Medizintechnik\n');
    await importHistory(ws.ctx, 'companies', await source(again));
    const stored = await testDb()
      .selectFrom('companies')
      .select(['external_id', 'name', 'domain', 'properties'])
      .where('workspace_id', '=', ws.workspace.id)
      .orderBy('name')
      .execute();
    expect(stored).toEqual([
      {
        external_id: 'acc-1',
        name: 'Müller Medizintechnik',
        domain: 'mueller-med.de',
        properties: { industry: 'medical' },
      },
      { external_id: null, name: 'Schmidt AG', domain: '', properties: { industry: 'tools' } },
    ]);

    const contacts = await file(
      'contacts.csv',
      'external_id,email,first_name,last_name,company_id,role\ncrm-1,Anna@Example.com,Anna,Berg,acc-1,buyer\n,carl@example.com,,,,\n,broken,,,,\n',
    );
    const r = await importHistory(ws.ctx, 'contacts', await source(contacts));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({
      rowsImported: 2,
      badRows: 1,
      errors: [{ line: 4, reason: 'email: is not an e-mail address' }],
    });
    const anna = await testDb()
      .selectFrom('profiles')
      .selectAll()
      .where('workspace_id', '=', ws.workspace.id)
      .where('user_id', '=', 'crm-1')
      .executeTakeFirstOrThrow();
    expect(anna).toMatchObject({
      email: 'anna@example.com',
      name: 'Anna Berg',
      traits: expect.objectContaining({ role: 'buyer' }),
    });
    expect(anna.company_id).not.toBeNull();

    const events = await file('ev.csv', 'type,timestamp,email\ncall,2025-02-01,anna@example.com\n');
    await importHistory(ws.ctx, 'events', await source(events));
    await processEvents(testDb(), ws.workspace.id, { upToSeq: Number.MAX_SAFE_INTEGER });
    const ev = await testDb()
      .selectFrom('events')
      .select('profile_id')
      .where('workspace_id', '=', ws.workspace.id)
      .executeTakeFirstOrThrow();
    expect(ev.profile_id).toBe(anna.id);
  });
});

describe('touchpoint history import (CLI) and the API', () => {
  it('imports with progress, writes the bad rows next to the file, exits 0', async () => {
    const ws = await aWorkspace(testDb());
    const p = await file('cli.csv', 'type,timestamp,user_id\ncall,2025-01-01,u1\nfax,2025-01-01,u2\n');
    const r = await cli('history', 'import', 'events', p, '--workspace', ws.workspace.slug);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Imported 1 events .* 1 bad rows skipped/);
    expect(r.stderr).toMatch(/100% · 3 lines · 1 imported · 1 bad/);
    expect(await readFile(`${p}.bad-rows.csv`, 'utf8')).toMatch(
      /^line,reason\n3,type: must be one of page_view /,
    );
  });

  it('exits non-zero with one line for an unusable file, a missing file or an unknown kind', async () => {
    const ws = await aWorkspace(testDb());
    const bad = await file('bad.csv', 'name,when\n');
    for (const argv of [
      ['history', 'import', 'events', bad, '--workspace', ws.workspace.slug],
      ['history', 'import', 'events', path.join(dir, 'missing.csv'), '--workspace', ws.workspace.slug],
      ['history', 'import', 'orders', bad, '--workspace', ws.workspace.slug],
    ]) {
      const r = await cli(...argv);
      expect(r.code).not.toBe(0);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^touchpoint: /);
    }
  });

  it('takes a CSV body as a stream and shows the job for polling', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const res = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/companies?fileName=accounts.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: 'name,domain\nACME,acme.example\n,nameless.example\n',
    });
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json();
    expect(job).toMatchObject({
      kind: 'companies',
      fileName: 'accounts.csv',
      status: 'done',
      rowsImported: 1,
      badRows: 1,
    });
    const list = await api.get(`/workspaces/${ws.workspace.id}/imports`);
    expect(list.json()).toEqual([expect.objectContaining({ id: job.id })]);
    const one = await api.get(`/workspaces/${ws.workspace.id}/imports/${job.id}`);
    expect(one.json()).toMatchObject({ errors: [{ line: 3, reason: 'name: is required' }] });
    const refused = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/events`,
      headers: { 'content-type': 'text/csv' },
      payload: 'hello\n',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('validation_failed');
    const viewer = await ws.member('viewer');
    const denied = await (
      await apiAs(viewer.token)
    ).raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/events`,
      headers: { 'content-type': 'text/csv' },
      payload: 'type,timestamp,user_id\n',
    });
    expect(denied.statusCode).toBe(403);
  });

  it('announces an upload so its job can be polled by id before the upload ends', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const announced = await api.post(`/workspaces/${ws.workspace.id}/imports/companies/jobs`, {
      fileName: 'accounts.csv',
    });
    expect(announced.statusCode).toBe(201);
    const job = announced.json();
    expect(job).toMatchObject({
      kind: 'companies',
      fileName: 'accounts.csv',
      status: 'running',
      rowsImported: 0,
    });
    const res = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/companies?resume=${job.id}`,
      headers: { 'content-type': 'text/csv' },
      payload: 'name,domain\nACME,acme.example\n',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: job.id, status: 'done', rowsImported: 1 });
    const wrongKind = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/events?resume=${job.id}`,
      headers: { 'content-type': 'text/csv' },
      payload: 'type,timestamp,user_id\n',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.details.field).toBe('kind');
  });
});
