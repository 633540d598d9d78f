import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { deleteOldVisitorSalts } from '../../src/services/events/visitorSalts';
import { testApp } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { processAll } from '../support/eventRows';

const db = testDb();
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Issue 12: with consent required, one person produced four visits with 100 % bounce, because the
 * tracker's id before consent lives as long as the page. The collector now counts those page views
 * by a daily visitor id.
 */
async function aSite() {
  const ws = await aWorkspace(db);
  const key = await createWriteKey(ws.ctx, { name: 'Website' });
  if (!key.ok) throw new Error(key.error.message);
  const app = await testApp();
  const workspaceId = ws.workspace.id;
  /** One page load before consent: a fresh page id, as the tracker sends it. */
  const pageLoad = async (path: string, at: Date, from = { ip: '203.0.113.7', userAgent: FIREFOX }) => {
    const pageId = randomUUID().replaceAll('-', '');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      remoteAddress: from.ip,
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': from.userAgent },
      payload: JSON.stringify({
        writeKey: key.value.key,
        source: 'tracker',
        events: [
          {
            eventId: randomUUID(),
            type: 'page_view',
            timestamp: at.toISOString(),
            anonymousId: pageId,
            sessionId: pageId,
            url: `https://www.schmidt-drehteile.de${path}`,
            properties: { before_consent: true },
          },
        ],
      }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 1 });
  };
  const stats = async () => {
    await processAll(db, workspaceId);
    return db
      .selectFrom('daily_web_stats')
      .select(['day', 'visits', 'bounced_visits', 'page_views', 'unique_visitors', 'new_visitors'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('day')
      .execute();
  };
  const events = () =>
    db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).orderBy('seq').execute();
  return { workspaceId, writeKey: key.value.key, pageLoad, stats, events };
}

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

describe('visits before consent', () => {
  it('four page loads of one person are one visitor, one visit, four page views, no bounce', async () => {
    const site = await aSite();
    const start = minutes(new Date(), -20);
    for (const [i, path] of ['/', '/produkte', '/drehteile', '/kontakt'].entries())
      await site.pageLoad(path, minutes(start, i * 4));

    expect(await site.stats()).toEqual([
      expect.objectContaining({
        visits: 1,
        bounced_visits: 0,
        page_views: 4,
        unique_visitors: 1,
        new_visitors: 1,
      }),
    ]);
    const rows = await site.events();
    const ids = new Set(rows.map((e) => e.anonymous_id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^daily:[0-9a-f]{32}$/);
    expect(rows.every((e) => e.session_id === null && e.user_id === null && e.profile_id === null)).toBe(
      true,
    );
    const profiles = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', site.workspaceId)
      .execute();
    expect(profiles).toEqual([]);
  });

  it('another address or another browser is another visitor', async () => {
    const site = await aSite();
    const at = minutes(new Date(), -10);
    await site.pageLoad('/', at);
    await site.pageLoad('/', minutes(at, 1), { ip: '198.51.100.23', userAgent: FIREFOX });
    await site.pageLoad('/', minutes(at, 2), { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 Chrome/131.0' });
    expect(await site.stats()).toEqual([
      expect.objectContaining({ visits: 3, bounced_visits: 3, page_views: 3, unique_visitors: 3 }),
    ]);
  });

  it('the next day, with a new salt, the same person is a new visitor; old salts are deleted', async () => {
    const site = await aSite();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
    await site.pageLoad('/', new Date('2026-03-02T10:00:00Z'));
    await site.pageLoad('/produkte', new Date('2026-03-02T10:05:00Z'));
    vi.setSystemTime(new Date('2026-03-03T09:00:00Z'));
    await site.pageLoad('/', new Date('2026-03-03T09:00:00Z'));
    vi.setSystemTime(new Date('2026-03-04T09:00:00Z'));
    await site.pageLoad('/', new Date('2026-03-04T09:00:00Z'));

    const rows = await site.events();
    expect(new Set(rows.map((e) => e.anonymous_id)).size).toBe(3);
    expect(await site.stats()).toEqual([
      expect.objectContaining({ day: '2026-03-02', visits: 1, page_views: 2, new_visitors: 1 }),
      expect.objectContaining({ day: '2026-03-03', visits: 1, page_views: 1, new_visitors: 1 }),
      expect.objectContaining({ day: '2026-03-04', visits: 1, page_views: 1, new_visitors: 1 }),
    ]);
    // Creating the salt of 4 March deleted the one of 2 March; yesterday's stays a day longer.
    const salts = () =>
      db
        .selectFrom('visitor_salts')
        .select('day')
        .where('workspace_id', '=', site.workspaceId)
        .orderBy('day')
        .execute();
    expect(await salts()).toEqual([{ day: '2026-03-03' }, { day: '2026-03-04' }]);
    await deleteOldVisitorSalts(db, new Date('2026-03-05T00:05:00Z'));
    expect(await salts()).toEqual([{ day: '2026-03-04' }]);
  });

  it('stores the address nowhere', async () => {
    const site = await aSite();
    await site.pageLoad('/', minutes(new Date(), -5), { ip: '192.0.2.199', userAgent: FIREFOX });
    await site.stats();
    const tables = ['events', 'web_sessions', 'daily_visitors', 'visitor_salts'] as const;
    for (const table of tables) {
      const rows = await db
        .selectFrom(table)
        .selectAll()
        .where('workspace_id', '=', site.workspaceId)
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain('192.0.2.199');
    }
    const [event] = await site.events();
    expect(event?.properties).toEqual({ before_consent: true, ip_network: '192.0.2.0/24' });
  });

  it('leaves API events as they were sent, even with the mark', async () => {
    const site = await aSite();
    const app = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      remoteAddress: '203.0.113.7',
      headers: { 'user-agent': FIREFOX, 'x-write-key': site.writeKey },
      payload: {
        eventId: randomUUID(),
        type: 'page_view',
        anonymousId: 'crm-browser-1',
        sessionId: 's-1',
        properties: { before_consent: true },
      },
    });
    expect(res.statusCode).toBe(200);
    const [event] = await site.events();
    expect(event).toMatchObject({ anonymous_id: 'crm-browser-1', session_id: 's-1', source: 'api' });
  });
});
