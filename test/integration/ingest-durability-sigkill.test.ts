import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { aWorkspace } from '../support/builders';

const repo = path.resolve(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** `touchpoint serve` from the sources on `databaseUrl`, in a child process; resolves with its address. */
function serve(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', '0'], {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TOUCHPOINT_ADMIN_PASSWORD: 'durability-password',
      TOUCHPOINT_NO_DEMO: '1',
      TOUCHPOINT_INGEST_RATE_LIMIT: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
  );

async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(inject('databaseUrl'));
  const name = `touchpoint_sigkill_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  // A generated name, not input; CREATE DATABASE takes no parameters.
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: server.toString() });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

const BATCH = 50;
const SENDERS = 8;

describe('an ingestion server killed with SIGKILL under load', () => {
  it('keeps every acknowledged event, and a retry after the restart stores nothing twice', async () => {
    const database = await freshDatabase();
    const db = createDb(database.url, 3);
    try {
      await migrateToLatest(db);
      const ws = await aWorkspace(db);
      const key = await createWriteKey(ws.ctx, { name: 'load' });
      if (!key.ok) throw new Error(key.error.message);
      const post = (url: string, events: object[]) =>
        fetch(`${url}/api/v1/collect`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-write-key': key.value.key },
          body: JSON.stringify({ events }),
        });
      const batchOf = () =>
        Array.from({ length: BATCH }, () => ({
          eventId: randomUUID(),
          type: 'page_view',
          anonymousId: 'load-test',
          url: 'https://www.example.com/',
        }));

      const first = await serve(database.url);
      const acknowledged: string[] = [];
      const unanswered: { eventId: string }[][] = [];
      let inFlight = 0;
      let stop = false;
      const sender = async () => {
        while (!stop) {
          const events = batchOf();
          inFlight++;
          try {
            const res = await post(first.url, events);
            if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
            const body = (await res.json()) as { accepted: number; duplicates: number };
            expect(body.accepted + body.duplicates).toBe(BATCH);
            acknowledged.push(...events.map((e) => e.eventId));
          } catch (error) {
            if (!stop) throw error;
            unanswered.push(events);
          } finally {
            inFlight--;
          }
        }
      };
      const senders = Array.from({ length: SENDERS }, sender);
      while (acknowledged.length < 5_000) await new Promise((r) => setTimeout(r, 20));
      const inFlightAtKill = inFlight;
      stop = true;
      first.child.kill('SIGKILL');
      await Promise.all([exited(first.child), ...senders]);
      expect(inFlightAtKill).toBeGreaterThan(0);

      const second = await serve(database.url);
      try {
        const stored = await db
          .selectFrom('events')
          .select('event_id')
          .where('workspace_id', '=', ws.workspace.id)
          .execute();
        const storedIds = new Set(stored.map((r) => r.event_id));
        const lost = acknowledged.filter((id) => !storedIds.has(id));
        expect(lost).toEqual([]);

        // The senders retry what was never answered (maybe stored, maybe not) and a few answered
        // batches too: everything ends up stored exactly once.
        const answeredAgain = acknowledged.slice(0, BATCH * 2).map((eventId) => ({
          eventId,
          type: 'page_view',
          anonymousId: 'load-test',
          url: 'https://www.example.com/',
        }));
        for (const events of [...unanswered, answeredAgain]) {
          const res = await post(second.url, events);
          expect(res.status).toBe(200);
        }
        const counts = await db
          .selectFrom('events')
          .select(['event_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('workspace_id', '=', ws.workspace.id)
          .groupBy('event_id')
          .execute();
        expect(counts.filter((c) => Number(c.n) !== 1)).toEqual([]);
        const expected = new Set([...acknowledged, ...unanswered.flat().map((e) => e.eventId)]);
        expect(counts.length).toBe(expected.size);
      } finally {
        // Its data is checked; a clean shutdown would only cost time.
        second.child.kill('SIGKILL');
        await exited(second.child);
      }
    } finally {
      await db.destroy();
      await database.drop();
    }
  }, 60_000);
});
