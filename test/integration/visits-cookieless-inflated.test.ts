import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { testApp } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { processAll } from '../support/eventRows';

const db = testDb();
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

/**
 * Issue 16: in cookieless mode (`data-cookieless`) the tracker's id lives as long as the page even
 * after consent, so every page load was a new visitor and a new visit with 100 % bounce, the
 * inflation issue 12 fixed for visits before consent. The collector now counts cookieless events by
 * the same daily visitor id; an event that names the person (user id) is left as sent.
 */
async function aSite() {
  const ws = await aWorkspace(db);
  const key = await createWriteKey(ws.ctx, { name: 'Website' });
  if (!key.ok) throw new Error(key.error.message);
  const app = await testApp();
  const workspaceId = ws.workspace.id;
  const send = async (event: Record<string, unknown>) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      remoteAddress: '203.0.113.7',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': FIREFOX },
      payload: JSON.stringify({ writeKey: key.value.key, source: 'tracker', events: [event] }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 1 });
  };
  /** One page load in cookieless mode after consent: a fresh page id and the mark, as the tracker sends it. */
  const pageLoad = async (path: string, at: Date) => {
    const pageId = randomUUID().replaceAll('-', '');
    await send({
      eventId: randomUUID(),
      type: 'page_view',
      timestamp: at.toISOString(),
      anonymousId: pageId,
      sessionId: pageId,
      url: `https://www.schmidt-drehteile.de${path}`,
      properties: { cookieless: true },
    });
    return pageId;
  };
  const stats = async () => {
    await processAll(db, workspaceId);
    return db
      .selectFrom('daily_web_stats')
      .select(['visits', 'bounced_visits', 'page_views', 'unique_visitors', 'new_visitors'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  };
  const events = () =>
    db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).orderBy('seq').execute();
  const profiles = () =>
    db.selectFrom('profiles').select(['id', 'user_id']).where('workspace_id', '=', workspaceId).execute();
  return { send, pageLoad, stats, events, profiles };
}

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

describe('visits in cookieless mode', () => {
  it('four page loads of one person are one visitor, one visit, four page views, no bounce', async () => {
    const site = await aSite();
    const start = minutes(new Date(), -20);
    for (const [i, path] of ['/', '/produkte', '/drehteile', '/kontakt'].entries())
      await site.pageLoad(path, minutes(start, i * 4));

    expect(await site.stats()).toEqual([
      { visits: 1, bounced_visits: 0, page_views: 4, unique_visitors: 1, new_visitors: 1 },
    ]);
    const rows = await site.events();
    expect(new Set(rows.map((e) => e.anonymous_id)).size).toBe(1);
    expect(rows[0]?.anonymous_id).toMatch(/^daily:[0-9a-f]{32}$/);
    expect(rows.every((e) => e.session_id === null && e.profile_id === null)).toBe(true);
    expect(await site.profiles()).toEqual([]);
  });

  it("an identify joins the profile of its user id; the day's page views stay anonymous counts", async () => {
    const site = await aSite();
    const start = minutes(new Date(), -10);
    await site.pageLoad('/', start);
    const pageId = await site.pageLoad('/kontakt', minutes(start, 2));
    // The tracker marks no event that carries the user id; a marked one is still left as sent.
    await site.send({
      eventId: randomUUID(),
      type: 'identify',
      timestamp: minutes(start, 3).toISOString(),
      anonymousId: pageId,
      sessionId: pageId,
      userId: 'crm-1',
      properties: { email: 'anna@example.com' },
    });
    await site.send({
      eventId: randomUUID(),
      type: 'conversion',
      name: 'kontakt',
      timestamp: minutes(start, 4).toISOString(),
      anonymousId: pageId,
      sessionId: pageId,
      userId: 'crm-1',
      properties: { cookieless: true },
    });
    await site.stats();

    const [profile, ...others] = await site.profiles();
    expect(others).toEqual([]);
    expect(profile?.user_id).toBe('crm-1');
    const rows = await site.events();
    const byType = (type: string) => rows.filter((e) => e.type === type);
    expect(byType('page_view').map((e) => [e.anonymous_id?.startsWith('daily:'), e.profile_id])).toEqual([
      [true, null],
      [true, null],
    ]);
    for (const e of [...byType('identify'), ...byType('conversion')])
      expect(e).toMatchObject({ anonymous_id: pageId, user_id: 'crm-1', profile_id: profile?.id });
  });
});
