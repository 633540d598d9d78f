import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import { getPhaseFunnel } from '../../src/services/analytics/phaseFunnel';
import { rebuildJourneySummary } from '../../src/services/events/journeySummary';
import { processEvents } from '../../src/services/events/processor';
import { eraseProfile } from '../../src/services/profiles/eraseProfile';
import { mergeProfiles } from '../../src/services/profiles/mergeProfiles';
import { aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents, processAll, type TestEvent } from '../support/eventRows';

const at = (day: string, time: string) => `2026-04-${day}T${time}:00Z`;

async function summaryOf(db: Db, ws: string) {
  const rows = await db
    .selectFrom('profile_touchpoint_days')
    .select(['profile_id', 'touchpoint_id', 'day', 'first_at', 'last_at', 'events'])
    .where('workspace_id', '=', ws)
    .orderBy('profile_id')
    .orderBy('touchpoint_id')
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ ...r, first_at: r.first_at.toISOString(), last_at: r.last_at.toISOString() }));
}

/**
 * Browser a (anonymous) reads the ad and the website on two days, then logs in as u-1, already known
 * from the fair; browser b only sees the ad. Written so that merges happen while events are processed.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const ad = await aTouchpoint(w.ctx, { name: 'Anzeige', phaseIds: [phase('attention')] });
  const site = await aTouchpoint(w.ctx, { name: 'Website', phaseIds: [phase('interest')] });
  const fair = await aTouchpoint(w.ctx, { name: 'Messe', phaseIds: [phase('desire')] });
  const events: TestEvent[] = [
    { type: 'trade_fair_contact', at: at('01', '08:00'), user: 'u-1', touchpoint: fair.id },
    { type: 'page_view', at: at('02', '09:00'), anon: 'a', touchpoint: ad.id },
    { type: 'page_view', at: at('02', '09:05'), anon: 'a', touchpoint: site.id },
    { type: 'page_view', at: at('02', '09:10'), anon: 'a', touchpoint: site.id },
    { type: 'page_view', at: at('03', '10:00'), anon: 'b', touchpoint: ad.id },
    { type: 'page_view', at: at('04', '11:00'), anon: 'a', touchpoint: site.id },
    {
      type: 'identify',
      at: at('04', '11:01'),
      anon: 'a',
      user: 'u-1',
      properties: { email: 'a@example.com' },
    },
    { type: 'page_view', at: at('05', '07:00'), anon: 'a', touchpoint: fair.id },
  ];
  // One channel for all, so a funnel filtered by it (which reads the log) must equal the unfiltered one.
  await insertEvents(
    db,
    ws,
    events.map((e) => ({ ...e, channel: 'web' })),
  );
  return { db, w, ws, ad, site, fair };
}

async function unwrapped<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
) {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const funnel = (w: TestWorkspace) =>
  unwrapped(getPhaseFunnel(w.ctx, { from: '2026-04-01', to: '2026-04-30' }));
const funnelFromLog = (w: TestWorkspace) =>
  unwrapped(getPhaseFunnel(w.ctx, { from: '2026-04-01', to: '2026-04-30', channel: 'web' }));

describe('the journey summary', () => {
  it('kept batch by batch, through merges, equals the one rebuilt from the log', async () => {
    const { db, ws } = await setUp();
    // Two events per batch, so the merge happens after the anonymous profile's rows were stored.
    await processAll(db, ws, 2);
    const kept = await summaryOf(db, ws);
    await db.transaction().execute((trx) => rebuildJourneySummary(trx, ws));
    expect(await summaryOf(db, ws)).toEqual(kept);
    const known = await db
      .selectFrom('profile_identities')
      .select('profile_id')
      .where('workspace_id', '=', ws)
      .where('kind', '=', 'user')
      .where('value', '=', 'u-1')
      .executeTakeFirstOrThrow();
    // Browser a's website visits on the 2nd, now the known person's: first 09:05, last 09:10, two events.
    expect(kept.filter((r) => r.profile_id === known.profile_id)).toHaveLength(5);
    expect(kept).toContainEqual(
      expect.objectContaining({
        profile_id: known.profile_id,
        day: '2026-04-02',
        first_at: '2026-04-02T09:05:00.000Z',
        last_at: '2026-04-02T09:10:00.000Z',
        events: 2,
      }),
    );
  });

  it('gives the phase funnel the log would give, before, during and after processing', async () => {
    const { db, w, ws } = await setUp();
    // Nothing is known before processing (no event names a profile yet).
    expect((await funnel(w)).profiles).toBe(0);
    await processEvents(db, ws, { batchSize: 4 });
    // Halfway: the summary for the first four events, the log for the rest.
    expect(await funnel(w)).toEqual(await funnelFromLog(w));
    await processAll(db, ws, 4);
    const done = await funnel(w);
    expect(done).toEqual(await funnelFromLog(w));
    expect(done.profiles).toBe(2);
    expect(done.phases.map((p) => [p.key, p.profiles])).toEqual([
      ['attention', 2],
      ['interest', 1],
      ['desire', 1],
      ['action', 0],
      ['loyalty', 0],
      ['advocacy', 0],
    ]);
  });

  it('moves with a manual merge', async () => {
    const { db, w, ws } = await setUp();
    await processAll(db, ws);
    const before = await funnel(w);
    const profiles = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('merged_into', 'is', null)
      .orderBy('first_seen_at')
      .execute();
    const [keep, other] = profiles;
    if (!keep || !other) throw new Error('two profiles expected');
    const merged = await mergeProfiles(w.ctx, keep.id, { otherProfileId: other.id });
    expect(merged.ok).toBe(true);
    const kept = await summaryOf(db, ws);
    expect(kept.every((r) => r.profile_id === keep.id)).toBe(true);
    await db.transaction().execute((trx) => rebuildJourneySummary(trx, ws));
    expect(await summaryOf(db, ws)).toEqual(kept);
    const after = await funnel(w);
    expect(after.profiles).toBe(before.profiles - 1);
  });

  it('goes with an erased person, merged profiles included', async () => {
    const { db, w, ws } = await setUp();
    await processAll(db, ws, 2);
    const known = await db
      .selectFrom('profile_identities')
      .select('profile_id')
      .where('workspace_id', '=', ws)
      .where('kind', '=', 'user')
      .where('value', '=', 'u-1')
      .executeTakeFirstOrThrow();
    const erased = await eraseProfile(w.ctx, known.profile_id);
    expect(erased.ok).toBe(true);
    const left = await summaryOf(db, ws);
    expect(left).toHaveLength(1);
    expect(left.some((r) => r.profile_id === known.profile_id)).toBe(false);
    await db.transaction().execute((trx) => rebuildJourneySummary(trx, ws));
    expect(await summaryOf(db, ws)).toEqual(left);
  });
});
