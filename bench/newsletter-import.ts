/**
 * Newsletter-tool import: `npx tsx bench/newsletter-import.ts` (or `npm run bench -- newsletter-import`).
 *
 * Starts an embedded PostgreSQL in a temporary folder, writes a plain-format activity file of
 * BENCH_ROWS rows (default 200,000; one campaign to 40,000 recipients: a send each, then opens,
 * clicks, bounces and unsubscriptions in a seeded mix), streamed to disk, and imports it through the
 * real service (`importNewsletter`, read from the file as the CLI reads it). Records time, rows/s,
 * the CPU time of this process and of PostgreSQL and how busy the machine was; then imports the same
 * file again (every row a duplicate, nothing written) and checks the counters did not move.
 * Results: docs/benchmarks.md, "Newsletter-tool import".
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDb, type Db } from '../src/db/database';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { getMailingKpis } from '../src/services/email/getMailingKpis';
import { importNewsletter } from '../src/services/imports/newsletterImport';
import { createTouchpoint } from '../src/services/touchpoints';
import { benchWorkspace } from './support/benchWorkspace';
import { machineCpu, postgresCpuSeconds } from './support/cpu';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const RECIPIENTS = Math.max(1, Math.floor(ROWS / 5));
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const fmt = (n: number) => n.toLocaleString('en');

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

/** One send per recipient first, then activity rows in time order until `rows` lines are written. */
async function writeActivityCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  const next = random(7);
  const sent = Date.UTC(2026, 2, 3, 9, 0, 0);
  let text = 'email,action,time,url,bounce_type\n';
  for (let i = 0; i < rows; i++) {
    const who = `kunde${i % RECIPIENTS}@example.com`;
    const at = new Date(sent + (i < RECIPIENTS ? 0 : Math.floor(((i - RECIPIENTS) / rows) * 7 * 86_400_000)));
    let line: string;
    if (i < RECIPIENTS) line = `${who},sent,${at.toISOString()},,`;
    else {
      const r = next();
      if (r < 0.6) line = `${who},open,${at.toISOString()},,`;
      else if (r < 0.9)
        line = `${who},click,${at.toISOString()},https://www.schmidt-drehteile.de/news/${i % 12},`;
      else if (r < 0.95) line = `${who},bounce,${at.toISOString()},,${r < 0.93 ? 'soft' : 'hard'}`;
      else line = `${who},unsubscribe,${at.toISOString()},,`;
    }
    text += `${line}\n`;
    if (i % 1000 === 999) {
      await write(text);
      text = '';
    }
  }
  await write(text);
  await new Promise<void>((resolve) => out.end(resolve));
}

async function timedImport(db: Db, ctx: Parameters<typeof importNewsletter>[0], file: string, pgPid: number) {
  const size = (await stat(file)).size;
  const pg0 = await postgresCpuSeconds(pgPid);
  const m0 = await machineCpu();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await importNewsletter(
    ctx,
    { tool: 'auto', subject: 'Neuheiten im März: 5-Achs-Fräsen', campaign: 'bench-maerz' },
    { input: createReadStream(file, { highWaterMark: 64 * 1024 }), fileName: 'bench.csv', totalBytes: size },
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const m1 = await machineCpu();
  const pgSeconds = (await postgresCpuSeconds(pgPid)) - pg0;
  if (!r.ok) throw new Error(r.error.message);
  const total = m1.busy + m1.idle + m1.steal - (m0.busy + m0.idle + m0.steal);
  return {
    job: r.value,
    ms,
    size,
    nodeSeconds: (cpu.user + cpu.system) / 1e6,
    pgSeconds,
    machineBusy: (100 * (m1.busy - m0.busy)) / total,
  };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-newsletter-'));
  let pg: EmbeddedPostgresHandle | undefined;
  let db: Db | undefined;
  try {
    await chmod(dir, 0o755);
    pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
    const pgPid = Number((await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    db = createDb(pg.connectionString);
    await migrateToLatest(db);
    const { ctx } = await benchWorkspace(db, 'Schmidt Dreh- und Frästechnik');
    const tp = await createTouchpoint(ctx, { name: 'Newsletter' });
    if (!tp.ok) throw new Error(tp.error.message);

    const file = path.join(dir, 'newsletter.csv');
    await writeActivityCsv(file, ROWS);
    log(`wrote ${fmt(ROWS)} rows (${fmt(RECIPIENTS)} recipients) to ${file}`);

    const first = await timedImport(db, ctx, file, pgPid);
    const rate = Math.round(ROWS / (first.ms / 1000));
    log(
      `first import: ${(first.ms / 1000).toFixed(1)} s, ${fmt(rate)} rows/s, ${fmt(first.job.rowsImported)} imported, ` +
        `${fmt(first.job.duplicates)} duplicates, ${fmt(first.job.badRows)} bad; CPU node ${first.nodeSeconds.toFixed(1)} s, ` +
        `PostgreSQL ${first.pgSeconds.toFixed(1)} s, machine ${first.machineBusy.toFixed(0)} % busy`,
    );
    const kpis = await getMailingKpis(ctx, first.job.mailingId ?? '');
    if (!kpis.ok) throw new Error(kpis.error.message);
    log(`mailing counters: ${JSON.stringify(kpis.value.counts)}`);

    const again = await timedImport(db, ctx, file, pgPid);
    const after = await getMailingKpis(ctx, first.job.mailingId ?? '');
    const unchanged = after.ok && JSON.stringify(after.value.counts) === JSON.stringify(kpis.value.counts);
    log(
      `same file again: ${(again.ms / 1000).toFixed(1)} s, ${fmt(Math.round(ROWS / (again.ms / 1000)))} rows/s, ` +
        `${fmt(again.job.rowsImported)} imported, ${fmt(again.job.duplicates)} duplicates; counters unchanged: ${unchanged}`,
    );
    log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  } finally {
    await db?.destroy();
    await pg?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
