import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { useFreshDatabase } from '../support/childServer';
import { processAll } from '../support/eventRows';

/**
 * Migration 0006 fills the new channel and social-reply aggregates from the events the processor had
 * already counted; the rest it leaves to the processor, so every event counts exactly once.
 */
describe('migration 0006: channel and social-reply aggregates', () => {
  const database = useFreshDatabase('touchpoint_migration');

  it('counts the processed events once, and the processor adds the others', async () => {
    const db = database();
    await migrateTo(db, '0005_email_delivery');
    const { workspace_id } = await sql<{ workspace_id: string }>`
      insert into workspaces (name, slug) values ('Migrated', 'migrated') returning workspace_id
    `
      .execute(db)
      .then((r) => r.rows[0]!);
    const event = (id: string, type: string, at: string, channel: string | null, properties = {}) => ({
      workspace_id,
      event_id: id,
      type,
      occurred_at: at,
      anonymous_id: 'browser-1',
      channel,
      channel_class:
        channel === null ? null : channel === 'paid_social' ? ('paid' as const) : ('earned' as const),
      properties: JSON.stringify(properties),
    });
    for (const row of [
      event('pv1', 'page_view', '2026-05-04T08:00:00Z', 'social'),
      event('pv2', 'page_view', '2026-05-04T09:00:00Z', 'paid_social'),
      event('q1', 'social_interaction', '2026-05-04T08:00:00Z', 'social'),
      event('a1', 'social_interaction', '2026-05-04T10:30:00Z', 'social', { in_reply_to: 'q1' }),
      // Not processed yet when the migration runs:
      event('pv3', 'page_view', '2026-05-04T11:00:00Z', 'social'),
      event('a2', 'social_interaction', '2026-05-04T12:00:00Z', 'social', { in_reply_to: 'q1' }),
      event('pv4', 'page_view', '2026-05-04T12:00:00Z', null),
    ])
      await db.insertInto('events').values(row).execute();
    const seqs = await db
      .selectFrom('events')
      .select(['event_id', 'seq'])
      .where('workspace_id', '=', workspace_id)
      .execute();
    const seqOf = (id: string) => Number(seqs.find((s) => s.event_id === id)?.seq);
    await db
      .insertInto('event_cursors')
      .values({ workspace_id, last_seq: seqOf('a1') })
      .execute();

    await migrateToLatest(db);
    const channels = () =>
      db
        .selectFrom('daily_channel_stats')
        .select(['channel', 'event_type', 'events'])
        .where('workspace_id', '=', workspace_id)
        .orderBy('channel')
        .orderBy('event_type')
        .execute();
    const replies = () =>
      db
        .selectFrom('daily_social_replies')
        .select(['day', 'replies', 'response_hours'])
        .where('workspace_id', '=', workspace_id)
        .execute();
    expect(await channels()).toEqual([
      { channel: 'paid_social', event_type: 'page_view', events: 1 },
      { channel: 'social', event_type: 'page_view', events: 1 },
      { channel: 'social', event_type: 'social_interaction', events: 2 },
    ]);
    expect(await replies()).toEqual([{ day: '2026-05-04', replies: 1, response_hours: 2.5 }]);

    expect(await processAll(db, workspace_id)).toBe(3);
    expect(await channels()).toEqual([
      { channel: '', event_type: 'page_view', events: 1 },
      { channel: 'paid_social', event_type: 'page_view', events: 1 },
      { channel: 'social', event_type: 'page_view', events: 2 },
      { channel: 'social', event_type: 'social_interaction', events: 3 },
    ]);
    expect(await replies()).toEqual([{ day: '2026-05-04', replies: 2, response_hours: 6.5 }]);
  });
});
