/**
 * Event ingestion through HTTP: `npx tsx bench/ingest.ts` (or `npm run bench`).
 *
 * Starts an embedded PostgreSQL in a temporary folder and the server in this process (as `touchpoint
 * serve` does; the collect route logs failures only), then loads `POST /api/v1/collect` (and the
 * Segment-compatible `POST /api/segment/v1/batch` with the same page views as Segment messages) with the
 * autocannon command in a child process on 127.0.0.1: the load generator shares the machine. Besides
 * throughput and latency it records the CPU time the server and PostgreSQL spend per event, which
 * stays meaningful when other work shares the machine. Results: docs/benchmarks.md, "Event ingestion".
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { loadConfig } from '../src/config';
import { createDb, type Db } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import { createUser } from '../src/services/accounts';
import { createWriteKey } from '../src/services/events/writeKeys';
import { createWorkspace } from '../src/services/workspaces';
import { cpuSecondsOf, machineCpu, postgresCpuSeconds } from './support/cpu';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const AUTOCANNON = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));

interface Scenario {
  name: string;
  eventsPerRequest: number;
  connections: number;
  /** Requests per second to aim at; unset = as fast as the server answers. */
  rate?: number;
  /** `/api/v1/collect` unless the scenario sends Segment batches. */
  segment?: boolean;
}

const allScenarios: Scenario[] = [
  { name: 'batches of 100 events', eventsPerRequest: 100, connections: 16 },
  { name: 'batches of 100 events, more senders', eventsPerRequest: 100, connections: 32 },
  { name: 'single events, as fast as possible', eventsPerRequest: 1, connections: 64 },
  { name: 'single events at 5,000 requests/s', eventsPerRequest: 1, connections: 100, rate: 5000 },
  { name: 'Segment batches of 100 messages', eventsPerRequest: 100, connections: 16, segment: true },
  // analytics-node's default batch size.
  { name: 'Segment batches of 15 messages', eventsPerRequest: 15, connections: 16, segment: true },
];
/** BENCH_ONLY=single runs the scenarios whose name contains "single". */
const scenarios = allScenarios.filter((s) => s.name.includes(process.env.BENCH_ONLY ?? ''));

/** One event as the tracker sends it; autocannon replaces `[<id>]` with an id unique per request. */
const event = (id: string) => ({
  eventId: id,
  type: 'page_view',
  timestamp: new Date().toISOString(),
  anonymousId: '5f0c6e0a3b9d4c1e8a7b6c5d4e3f2a1b',
  sessionId: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d',
  url: 'https://www.schmidt-drehteile.de/produkte/cnc-drehteile?utm_source=linkedin&utm_medium=cpc',
  referrer: 'https://www.linkedin.com/',
  utm: { source: 'linkedin', medium: 'cpc', campaign: 'fruehjahr' },
  properties: { returning: false },
});

/** The same page view as a Segment `page` message, as analytics.js or a server-side client sends it. */
const segmentPage = (id: string) => ({
  type: 'page',
  messageId: id,
  anonymousId: '5f0c6e0a3b9d4c1e8a7b6c5d4e3f2a1b',
  name: 'CNC-Drehteile',
  originalTimestamp: new Date().toISOString(),
  sentAt: new Date().toISOString(),
  properties: {
    url: 'https://www.schmidt-drehteile.de/produkte/cnc-drehteile?utm_source=linkedin&utm_medium=cpc',
    referrer: 'https://www.linkedin.com/',
    returning: false,
  },
  context: {
    sessionId: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d',
    campaign: { source: 'linkedin', medium: 'cpc', name: 'fruehjahr' },
    library: { name: 'analytics.js', version: '5.2.0' },
  },
  integrations: {},
});

function bodyOf(s: Scenario): unknown {
  const ids = Array.from({ length: s.eventsPerRequest }, (_, i) => `[<id>]-${i}`);
  if (s.segment) return { batch: ids.map(segmentPage), sentAt: new Date().toISOString() };
  return s.eventsPerRequest === 1 ? event('[<id>]') : { events: ids.map(event) };
}

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  duration: number;
  errors: number;
  non2xx: number;
  '2xx': number;
}

function autocannon(url: string, writeKey: string, s: Scenario, bodyFile: string, seconds: number) {
  const args = [
    AUTOCANNON,
    ...['-c', String(s.connections), '-d', String(seconds), '-m', 'POST', '-i', bodyFile, '-I', '-j', '-n'],
    ...['-H', 'content-type=application/json'],
    // Segment's clients send the key as the Basic-auth user name.
    ...(s.segment
      ? ['-H', `authorization=Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`]
      : ['-H', `x-write-key=${writeKey}`]),
    ...(s.rate ? ['-R', String(s.rate)] : []),
    s.segment ? `${url}/api/segment/v1/batch` : `${url}/api/v1/collect`,
  ];
  return new Promise<AutocannonResult & { cpuSeconds: number }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let cpuSeconds = 0;
    // Its CPU time, read while it runs (gone from /proc once it has exited).
    const watch = setInterval(() => {
      if (child.pid) void cpuSecondsOf(child.pid).then((s) => (cpuSeconds = Math.max(cpuSeconds, s)));
    }, 200);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(watch);
      if (code === 0) resolve({ ...(JSON.parse(out) as AutocannonResult), cpuSeconds });
      else reject(new Error(`autocannon exited ${code}`));
    });
  });
}

/** Transactions committed in the database so far (each INSERT of the writer is one). */
async function commits(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select xact_commit::text as n from pg_stat_database where datname = current_database()`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

async function countEvents(db: Db): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  const postmasterPid = Number(
    (await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
  );
  const db = createDb(pg.connectionString);
  const app = await buildApp({ db, config: { ...loadConfig({}), ingestRateLimit: 0 } });
  try {
    await migrateToLatest(db);
    const user = await createUser(db, {
      email: 'bench@example.com',
      name: 'Bench',
      password: 'bench-password-1',
    });
    if (!user.ok) throw new Error(user.error.message);
    const ws = await createWorkspace(db, { name: 'Bench', ownerUserId: user.value.id });
    if (!ws.ok) throw new Error(ws.error.message);
    const ctx = {
      db,
      workspaceId: ws.value.id,
      actor: { userId: null, label: 'bench', role: 'owner' as const },
    };
    const key = await createWriteKey(ctx, { name: 'bench' });
    if (!key.ok) throw new Error(key.error.message);
    const url = await app.listen({ port: 0, host: '127.0.0.1' });

    const rows: string[] = [];
    for (const s of scenarios) {
      const bodyFile = path.join(dir, `body-${s.segment ? 'segment-' : ''}${s.eventsPerRequest}.json`);
      await writeFile(bodyFile, JSON.stringify(bodyOf(s)));
      await autocannon(url, key.value.key, s, bodyFile, WARM_UP_SECONDS);
      const before = await countEvents(db);
      const commits0 = await commits(db);
      const [server0, pg0, machine0] = [
        process.cpuUsage(),
        await postgresCpuSeconds(postmasterPid),
        await machineCpu(),
      ];
      const r = await autocannon(url, key.value.key, s, bodyFile, SECONDS);
      const server = process.cpuUsage(server0);
      const [pg1, machine1] = [await postgresCpuSeconds(postmasterPid), await machineCpu()];
      const stored = (await countEvents(db)) - before;
      // Backends report their statistics at most once a second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const statements = (await commits(db)) - commits0;
      const total =
        machine1.busy + machine1.idle + machine1.steal - (machine0.busy + machine0.idle + machine0.steal);
      const perEvent = (seconds: number) => Math.round((seconds * 1e6) / stored);
      const line = {
        scenario: s.name,
        connections: s.connections,
        'requests/s': Math.round(r.requests.average),
        'events/s': Math.round(stored / r.duration),
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        'max ms': r.latency.max,
        failed: r.non2xx + r.errors,
        'server CPU µs/event': perEvent((server.user + server.system) / 1e6),
        'PostgreSQL CPU µs/event': perEvent(pg1 - pg0),
        'load generator CPU µs/event': perEvent(r.cpuSeconds),
        'events per commit': Math.round(stored / Math.max(1, statements)),
        'machine busy %': Math.round((100 * (machine1.busy - machine0.busy)) / total),
        'steal %': Math.round((100 * (machine1.steal - machine0.steal)) / total),
        'load average': os.loadavg()[0]?.toFixed(1),
      };
      console.log(JSON.stringify(line));
      rows.push(
        `| ${s.name} | ${s.connections} | ${line['requests/s']} | ${line['events/s']} | ${line['p50 ms']} | ${line['p99 ms']} | ${line.failed} | ${line['server CPU µs/event']} | ${line['PostgreSQL CPU µs/event']} | ${line['load generator CPU µs/event']} | ${line['machine busy %']} |`,
      );
    }
    console.log(
      [
        '',
        `${SECONDS} s per scenario; ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 16)}Z`,
        '',
        '| scenario | connections | requests/s | events/s | p50 ms | p99 ms | failed | server CPU µs/event | PostgreSQL CPU µs/event | load generator CPU µs/event | machine busy % |',
        '|---|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  } finally {
    await app.close();
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
