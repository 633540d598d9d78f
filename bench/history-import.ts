/**
 * CSV history import of events: `npx tsx bench/history-import.ts` (or `npm run bench -- history-import`).
 *
 * Starts an embedded PostgreSQL in a temporary folder, writes a CSV of BENCH_ROWS events (default
 * 1,000,000) to a file there, streamed, never held in memory, and imports it once through the real
 * service (`importHistory(ctx, 'events', …)`, read from the file as the CLI reads it). Besides time
 * and rows/s it records the live heap after a full collection at each tenth of the file (a leak would
 * climb with the lines), the RSS peak, the CPU time of this process and of PostgreSQL, how busy the
 * whole machine was, the bad rows reported and the rows in `events` afterwards. Then a second file (BENCH_RESUME_ROWS, default
 * 200,000) is imported into another workspace with a stream that breaks after 60 % of its bytes, as
 * in the test "resumes after a crash mid-file", and resumed from the job: the final count must hold
 * every good row once. Results: docs/benchmarks.md, "History import".
 *
 * The collector: `v8.setFlagsFromString('--expose-gc')` and `gc` taken from a new context (as the
 * integration test does), so no `node --expose-gc` is needed and `bench/run.js` starts it unchanged.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import { createDb, poolOf, type Db } from '../src/db/database';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import type { WorkspaceContext } from '../src/services/context';
import {
  DEFAULT_IMPORT_BATCH,
  importHistory,
  type ImportSource,
} from '../src/services/imports/importHistory';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';
import { machineCpu, postgresCpuSeconds } from './support/cpu';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RESUME_ROWS = Number(process.env.BENCH_RESUME_ROWS ?? Math.min(200_000, ROWS));
/** Where the resumed import's stream breaks, as a share of its bytes. */
const CRASH_AT = 0.6;
/** Distinct people (CRM ids) the rows are spread over. */
const PEOPLE = 50_000;
const START = Date.UTC(2024, 10, 1);
const SPAN_MS = 730 * 86_400_000;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const mb = (bytes: number) => bytes / 2 ** 20;
const fmt = (n: number) => n.toLocaleString('en');

/** Touchpoints by the `touchpoint` column's value; the rows name them as a CRM export would. */
const TOUCHPOINTS = [
  'Messe Stuttgart',
  'Vertrieb Innendienst',
  'Außendienst',
  'Angebotswesen',
  'Auftragsabwicklung',
  'Kundendienst',
  'Newsletter',
  'LinkedIn',
] as const;

/** The mix of a mid-sized manufacturer's history: share in %, touchpoint column, channel column. */
const MIX: { type: string; share: number; touchpoint: string; channel: string }[] = [
  { type: 'page_view', share: 35, touchpoint: '', channel: 'website' },
  { type: 'email_open', share: 12, touchpoint: 'Newsletter', channel: 'email' },
  { type: 'email_click', share: 5, touchpoint: 'Newsletter', channel: 'email' },
  { type: 'call', share: 12, touchpoint: 'Vertrieb Innendienst', channel: 'phone' },
  { type: 'meeting', share: 5, touchpoint: 'Außendienst', channel: 'meeting' },
  { type: 'trade_fair_contact', share: 4, touchpoint: 'Messe Stuttgart', channel: 'trade_fair' },
  { type: 'quote_request', share: 6, touchpoint: 'Angebotswesen', channel: 'sales' },
  { type: 'order', share: 6, touchpoint: 'Auftragsabwicklung', channel: 'sales' },
  { type: 'service_request', share: 5, touchpoint: 'Kundendienst', channel: 'service' },
  { type: 'conversion', share: 4, touchpoint: '', channel: 'website' },
  { type: 'complaint', share: 1, touchpoint: 'Kundendienst', channel: 'phone' },
  { type: 'social_interaction', share: 5, touchpoint: 'LinkedIn', channel: 'social' },
];

/** mulberry32: the same file on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `rows` event lines in time order over two years, 1,000 lines per write, waiting for the
 * stream to drain. Every 100,000th row has an unknown type and every 100,000th from the 50,000th on
 * an unreadable timestamp; returns those rows' line numbers (the header is line 1).
 */
async function writeEventsCsv(file: string, rows: number): Promise<number[]> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  const next = random(rows);
  const bad: number[] = [];
  const step = SPAN_MS / rows;
  let text = 'type,timestamp,user_id,touchpoint,channel,revenue,campaign,url\n';
  for (let i = 1; i <= rows; i++) {
    let r = next() * 100;
    const kind = MIX.find((m) => (r -= m.share) < 0) ?? MIX[0];
    if (!kind) throw new Error('empty mix');
    const unknownType = i % 100_000 === 0;
    const badTime = i % 100_000 === 50_000;
    if (unknownType || badTime) bad.push(i + 1);
    const at = badTime ? 'letzte Woche' : new Date(START + Math.floor(i * step)).toISOString();
    const revenue = kind.type === 'order' ? (250 + Math.floor(next() * 48_000) / 4).toFixed(2) : '';
    const url =
      kind.type === 'page_view' ? `https://www.schmidt-drehteile.de/produkte/cnc-drehteile-${i % 120}` : '';
    text +=
      `${unknownType ? 'fax' : kind.type},${at},crm-${Math.floor(next() * PEOPLE)},${kind.touchpoint},` +
      `${kind.channel},${revenue},herbst-${i % 9},${url}\n`;
    if (i % 1000 === 0) {
      await write(text);
      text = '';
    }
  }
  await write(text);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return bad;
}

/** The file as the CLI hands it over: a read stream with the file's size for the progress bar. */
async function fileSource(file: string): Promise<ImportSource> {
  return {
    input: createReadStream(file, { highWaterMark: 64 * 1024 }),
    fileName: path.basename(file),
    totalBytes: (await stat(file)).size,
  };
}

/** The file's stream breaking after `cut` bytes (a lost mount, a killed upload), mid-batch. */
async function* breakingAfter(file: string, cut: number): AsyncGenerator<Buffer> {
  let at = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    if (at + chunk.length >= cut) {
      yield chunk.subarray(0, cut - at);
      throw new Error('disk went away');
    }
    at += chunk.length;
    yield chunk;
  }
}

/** Stored events of a workspace, and how many distinct (type, time, person) among them. */
async function countEvents(db: Db, workspaceId: string): Promise<{ rows: number; distinct: number }> {
  const { rows } = await sql<{ n: string; d: string }>`
    select count(*)::text as n, count(distinct (type, occurred_at, user_id))::text as d
    from events where workspace_id = ${workspaceId}`.execute(db);
  return { rows: Number(rows[0]?.n ?? 0), distinct: Number(rows[0]?.d ?? 0) };
}

async function aWorkspace(db: Db, name: string): Promise<WorkspaceContext> {
  const { ctx, phases } = await benchWorkspace(db, name, {
    email: `${name.toLowerCase()}@example.com`,
    password: 'bench-password-1',
  });
  for (const [i, tpName] of TOUCHPOINTS.entries()) {
    const phase = phases[i % phases.length];
    const tp = await createTouchpoint(ctx, { name: tpName, phaseIds: phase ? [phase.id] : [] });
    if (!tp.ok) throw new Error(tp.error.message);
  }
  return ctx;
}

interface HeapSample {
  rowsRead: number;
  liveHeap: number;
}

async function measureImport(db: Db, postmasterPid: number, file: string, expectedBad: number[]) {
  const ctx = await aWorkspace(db, 'Import');
  gc();
  const before = process.memoryUsage();
  const samples: HeapSample[] = [];
  let nextTenth = 1;
  let rssPeak = before.rss;
  let gcMs = 0;
  const cpu0 = process.cpuUsage();
  const pg0 = await postgresCpuSeconds(postmasterPid);
  const machine0 = await machineCpu();
  const t0 = performance.now();
  const result = await importHistory(ctx, 'events', await fileSource(file), {
    onProgress: (p) => {
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      const rowsRead = p.linesRead - 1;
      if (rowsRead < (nextTenth * ROWS) / 10) return;
      const g0 = performance.now();
      gc();
      gcMs += performance.now() - g0;
      samples.push({ rowsRead, liveHeap: process.memoryUsage().heapUsed });
      log(
        `${fmt(rowsRead)} rows read, ${fmt(p.rowsImported)} imported, live heap ${mb(samples.at(-1)?.liveHeap ?? 0).toFixed(1)} MB`,
      );
      while (rowsRead >= (nextTenth * ROWS) / 10) nextTenth++;
    },
  });
  const ms = performance.now() - t0;
  const pgSeconds = (await postgresCpuSeconds(postmasterPid)) - pg0;
  const machine1 = await machineCpu();
  const ticks = (m: typeof machine0) => m.busy + m.idle + m.steal;
  const machineTotal = ticks(machine1) - ticks(machine0);
  const cpu = process.cpuUsage(cpu0);
  if (!result.ok) throw new Error(result.error.message);
  gc();
  const after = process.memoryUsage();
  const stored = await countEvents(db, ctx.workspaceId);
  const reportedLines = result.value.errors.map((e) => e.line);
  return {
    job: result.value,
    ms,
    gcMs,
    before,
    after,
    rssPeak,
    samples,
    stored,
    nodeSeconds: (cpu.user + cpu.system) / 1e6,
    pgSeconds,
    machineBusy: (100 * (machine1.busy - machine0.busy)) / machineTotal,
    machineSteal: (100 * (machine1.steal - machine0.steal)) / machineTotal,
    badAsExpected:
      result.value.badRows === expectedBad.length &&
      reportedLines.length === expectedBad.length &&
      reportedLines.every((line, i) => line === expectedBad[i]),
  };
}

async function measureResume(db: Db, file: string, expectedBad: number[]) {
  const ctx = await aWorkspace(db, 'Resume');
  const size = (await stat(file)).size;
  let jobId = '';
  const t0 = performance.now();
  const crashed = await importHistory(
    ctx,
    'events',
    {
      input: breakingAfter(file, Math.floor(size * CRASH_AT)),
      fileName: path.basename(file),
      totalBytes: size,
    },
    { onStart: (id) => (jobId = id) },
  ).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const crashMs = performance.now() - t0;
  if (crashed !== 'disk went away') throw new Error(`the first import should break, got: ${crashed}`);
  const job = await db
    .selectFrom('import_jobs')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
  const atCrash = await countEvents(db, ctx.workspaceId);
  log(
    `stream broke after ${(crashMs / 1000).toFixed(1)} s: job ${job.status}, ${fmt(Number(job.lines_read))} lines committed, ${fmt(atCrash.rows)} events stored`,
  );

  const t1 = performance.now();
  const resumed = await importHistory(ctx, 'events', await fileSource(file), { resumeJobId: jobId });
  const resumeMs = performance.now() - t1;
  if (!resumed.ok) throw new Error(resumed.error.message);
  const final = await countEvents(db, ctx.workspaceId);
  const lines = resumed.value.errors.map((e) => e.line);
  log(
    `resumed in ${(resumeMs / 1000).toFixed(1)} s: ${fmt(final.rows)} events, ${fmt(final.distinct)} distinct`,
  );
  return {
    crashMs,
    crashStatus: job.status,
    committedLines: Number(job.lines_read),
    jobRowsAtCrash: Number(job.rows_imported),
    atCrash,
    resumeMs,
    job: resumed.value,
    final,
    badLinesOnce: lines.length === expectedBad.length && lines.every((line, i) => line === expectedBad[i]),
  };
}

async function main() {
  const loadBefore = os.loadavg();
  const started = new Date();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-import-'));
  let pg: EmbeddedPostgresHandle | undefined;
  let db: Db | undefined;
  /** Runs once, however the run ends: a signal may arrive while the normal path is cleaning up. */
  let cleaning: Promise<void> | undefined;
  const cleanUp = (interrupted: boolean) =>
    (cleaning ??= (async () => {
      // Interrupted, the import still holds connections, and closing the pool would wait for them.
      if (!interrupted) await db?.destroy();
      await pg?.stop();
      await rm(dir, { recursive: true, force: true });
    })());
  // Ctrl-C in the middle of a long run: stop PostgreSQL and remove the folder all the same.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping PostgreSQL, removing the temporary folder`);
    // Connections still checked out break when PostgreSQL stops and emit errors nobody listens to
    // any more; the process is leaving anyway.
    process.on('uncaughtException', () => undefined);
    void cleanUp(true).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await chmod(dir, 0o755);
    pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
    const postmasterPid = Number(
      (await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    db = createDb(pg.connectionString);
    // Ctrl-C reaches PostgreSQL too (same process group): a connection the import holds then breaks
    // with an 'error' event nobody listens to, which would end the process before the clean-up.
    poolOf(db)?.on('connect', (client) => client.on('error', () => undefined));
    await migrateToLatest(db);

    const file = path.join(dir, 'history.csv');
    const g0 = performance.now();
    const expectedBad = await writeEventsCsv(file, ROWS);
    const genMs = performance.now() - g0;
    const fileBytes = (await stat(file)).size;
    log(`wrote ${fmt(ROWS)} rows, ${mb(fileBytes).toFixed(1)} MB, in ${(genMs / 1000).toFixed(1)} s`);

    const m = await measureImport(db, postmasterPid, file, expectedBad);
    const good = ROWS - expectedBad.length;
    const rowsPerSecond = Math.round(ROWS / (m.ms / 1000));
    log(
      `imported in ${(m.ms / 1000).toFixed(1)} s = ${fmt(rowsPerSecond)} rows/s; ${fmt(m.stored.rows)} events`,
    );
    await rm(file);

    const resumeFile = path.join(dir, 'resume.csv');
    const resumeBad = await writeEventsCsv(resumeFile, RESUME_ROWS);
    const resumeBytes = (await stat(resumeFile)).size;
    const r = await measureResume(db, resumeFile, resumeBad);
    const resumeGood = RESUME_ROWS - resumeBad.length;

    const importOk =
      m.job.status === 'done' && m.job.rowsImported === good && m.stored.rows === good && m.badAsExpected;
    const resumeOk =
      r.job.status === 'done' &&
      r.job.rowsImported === resumeGood &&
      r.final.rows === resumeGood &&
      r.final.distinct === resumeGood &&
      r.badLinesOnce;
    const heap = (b: number) => mb(b).toFixed(1);
    const loadAfter = os.loadavg();
    const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
    console.log(
      [
        '',
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
          `${started.toISOString().slice(0, 16)}Z; load average (1 / 5 / 15 min) ${la(loadBefore)} before, ${la(loadAfter)} after; ` +
          `batches of ${DEFAULT_IMPORT_BATCH} rows`,
        '',
        '| measure | value |',
        '|---|---|',
        `| CSV file | ${fmt(ROWS)} rows + header, ${mb(fileBytes).toFixed(1)} MB, written in ${(genMs / 1000).toFixed(1)} s (not in the import time) |`,
        `| import time | ${(m.ms / 1000).toFixed(1)} s (of which ${(m.gcMs / 1000).toFixed(1)} s in the 10 forced collections) |`,
        `| throughput | ${fmt(rowsPerSecond)} rows/s (${mb(fileBytes / (m.ms / 1000)).toFixed(1)} MB/s) |`,
        `| CPU | this process ${m.nodeSeconds.toFixed(1)} s, PostgreSQL ${m.pgSeconds.toFixed(1)} s; ${((m.nodeSeconds * 1e6) / ROWS).toFixed(0)} and ${((m.pgSeconds * 1e6) / ROWS).toFixed(0)} µs per row |`,
        `| machine during the import | ${m.machineBusy.toFixed(0)} % busy (all processes, both cores), ${m.machineSteal.toFixed(0)} % stolen |`,
        `| live heap after a full GC, each tenth (MB) | ${m.samples.map((s) => heap(s.liveHeap)).join(' · ')} (before ${heap(m.before.heapUsed)}, after ${heap(m.after.heapUsed)}) |`,
        `| RSS | ${mb(m.before.rss).toFixed(0)} MB before, peak ${mb(m.rssPeak).toFixed(0)} MB (+${mb(m.rssPeak - m.before.rss).toFixed(0)} MB) |`,
        `| bad rows reported | ${fmt(m.job.badRows)} of ${fmt(expectedBad.length)} written, ${m.badAsExpected ? 'the right lines' : 'NOT the expected lines'} |`,
        `| rows in events afterwards | ${fmt(m.stored.rows)} (good rows ${fmt(good)}: ${m.stored.rows === good ? 'equal' : 'DIFFERENT'}) |`,
        `| resume: file | ${fmt(RESUME_ROWS)} rows, ${mb(resumeBytes).toFixed(1)} MB, stream broken after ${CRASH_AT * 100} % of the bytes |`,
        `| resume: until the break | ${(r.crashMs / 1000).toFixed(1)} s; job ${r.crashStatus}, ${fmt(r.committedLines)} lines committed, ${fmt(r.atCrash.rows)} events stored (job counts ${fmt(r.jobRowsAtCrash)}) |`,
        `| resume: second run | ${(r.resumeMs / 1000).toFixed(1)} s (skips ${fmt(r.committedLines - 1)} rows, imports the rest) |`,
        `| resume: result | ${fmt(r.final.rows)} events, ${fmt(r.final.distinct)} distinct, good rows ${fmt(resumeGood)}; ${fmt(r.job.badRows)} bad rows reported${r.badLinesOnce ? ', each once' : ', NOT each once'}: ${resumeOk ? 'no duplicates, none lost' : 'WRONG'} |`,
      ].join('\n'),
    );
    if (!importOk || !resumeOk) {
      console.error('history-import: a check failed (see the table)');
      process.exitCode = 1;
    }
  } finally {
    await cleanUp(false);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

await main();
