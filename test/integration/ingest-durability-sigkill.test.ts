import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { aWorkspace } from '../support/builders';
import { exited, freshDatabase, serveInChild } from '../support/childServer';

const serve = (databaseUrl: string) =>
  serveInChild([], {
    DATABASE_URL: databaseUrl,
    TOUCHPOINT_ADMIN_PASSWORD: 'durability-password',
    TOUCHPOINT_INGEST_RATE_LIMIT: '0',
  });

const BATCH = 50;
const SENDERS = 8;

describe('an ingestion server killed with SIGKILL under load', () => {
  it('keeps every acknowledged event, and a retry after the restart stores nothing twice', async () => {
    const database = await freshDatabase('touchpoint_sigkill');
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
