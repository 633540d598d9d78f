import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ContentMap } from '../../src/contract/content';
import type { CycleReportBody } from '../../src/contract/cycle';
import type {
  BestTimes,
  EditorialChannel,
  EditorialFeed,
  EditorialItem,
  FrequencyStatus,
} from '../../src/contract/editorialPlan';
import type { Db } from '../../src/db/database';
import { apiAs, type ApiClient } from '../support/app';
import { aPersona, aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function setUp(): Promise<{
  ws: TestWorkspace;
  api: ApiClient;
  base: string;
  channels: EditorialChannel[];
}> {
  const ws = await aWorkspace(testDb());
  const api = await apiAs(ws.owner.token);
  const base = `/workspaces/${ws.workspace.id}/editorial-plan`;
  const channels = (await api.get(`${base}/channels`)).json<EditorialChannel[]>();
  return { ws, api, base, channels };
}

const channelNamed = (channels: EditorialChannel[], name: string) => {
  const found = channels.find((c) => c.name === name);
  if (!found) throw new Error(`no channel ${name}`);
  return found;
};

describe('editorial plan API', () => {
  it('starts a new workspace with the five channels of issue 17', async () => {
    const { channels } = await setUp();
    expect(channels.map((c) => [c.name, c.measuredBy, c.network])).toEqual([
      ['LinkedIn', 'social', 'linkedin'],
      ['Xing', 'social', 'xing'],
      ['Newsletter', 'email', ''],
      ['Blog', 'web', ''],
      ['Fachpresse', 'none', ''],
    ]);
  });

  it('creates, lists by range, reschedules and deletes items; channels are the workspace’s own', async () => {
    const { ws, api, base, channels } = await setUp();
    const persona = await aPersona(ws.ctx);
    const phase = ws.workspace.journeyModel.phases[1];
    const linkedIn = channelNamed(channels, 'LinkedIn');

    const podcast = await api.post(`${base}/channels`, {
      name: 'Podcast',
      targetCount: 1,
      targetPeriod: 'month',
    });
    expect(podcast.statusCode).toBe(201);
    expect((await api.post(`${base}/channels`, { name: 'Podcast' })).statusCode).toBe(409);

    const created = await api.post(`${base}/items`, {
      channelId: linkedIn.id,
      title: 'Fräsen im Detail',
      format: 'video',
      personaId: persona.id,
      phaseId: phase?.id,
      ownerUserId: ws.owner.id,
      plannedAt: '2026-03-03T09:30:00+01:00',
      status: 'planned',
    });
    expect(created.statusCode).toBe(201);
    const item = created.json<EditorialItem>();
    expect(item).toMatchObject({
      plannedAt: '2026-03-03T08:30:00.000Z',
      format: 'video',
      autoPublish: false,
    });
    await api.post(`${base}/items`, {
      channelId: linkedIn.id,
      title: 'April',
      plannedAt: '2026-04-01T08:00:00Z',
    });

    const map = (await api.get(`/workspaces/${ws.workspace.id}/content-map`)).json<ContentMap>();
    expect(map.editorialItems).toEqual([
      expect.objectContaining({
        id: item.id,
        channelName: 'LinkedIn',
        personaId: persona.id,
        phaseId: phase?.id,
      }),
    ]);
    // Planned content does not close the gap.
    expect(map.gaps).toContainEqual({ personaId: persona.id, phaseId: phase?.id });

    const march = await api.get(`${base}/items?from=2026-03-01&to=2026-03-31`);
    expect(march.json<EditorialItem[]>().map((i) => i.title)).toEqual(['Fräsen im Detail']);
    const instants = await api.get(`${base}/items?from=2026-03-03T08:30:00Z&to=2026-03-03T08:30:01Z`);
    expect(instants.json<EditorialItem[]>()).toHaveLength(1);
    expect((await api.get(`${base}/items?from=2026-04-02&to=2026-04-01`)).statusCode).toBe(400);

    const moved = await api.patch(`${base}/items/${item.id}`, { plannedAt: '2026-03-05T09:30:00Z' });
    expect(moved.statusCode).toBe(200);
    expect((await api.get(`${base}/items/${item.id}`)).json<EditorialItem>().plannedAt).toBe(
      '2026-03-05T09:30:00.000Z',
    );

    const unknownPersona = await api.patch(`${base}/items/${item.id}`, { personaId: randomUUID() });
    expect(unknownPersona.statusCode).toBe(400);
    expect(unknownPersona.json().error.details.field).toBe('personaId');
    const badUrl = await api.patch(`${base}/items/${item.id}`, { publishedUrl: 'javascript:alert(1)' });
    expect(badUrl.statusCode).toBe(400);

    expect((await api.delete(`${base}/items/${item.id}`)).statusCode).toBe(200);
    expect((await api.get(`${base}/items/${item.id}`)).statusCode).toBe(404);
  });

  it('checks each channel against its frequency target', async () => {
    const { api, base, channels } = await setUp();
    const linkedIn = channelNamed(channels, 'LinkedIn');
    await api.patch(`${base}/channels/${linkedIn.id}`, { targetCount: 2, targetPeriod: 'week' });
    const soon = new Date(Date.now() + 3 * DAY).toISOString();
    await api.post(`${base}/items`, {
      channelId: linkedIn.id,
      title: 'Planned',
      plannedAt: soon,
      status: 'planned',
    });
    await api.post(`${base}/items`, { channelId: linkedIn.id, title: 'Just an idea', plannedAt: soon });
    const past = new Date(Date.now() - 2 * DAY).toISOString();
    await api.post(`${base}/items`, {
      channelId: linkedIn.id,
      title: 'Out',
      plannedAt: past,
      status: 'published',
    });

    const status = (await api.get(`${base}/frequency`)).json<FrequencyStatus[]>();
    expect(status.find((s) => s.channelId === linkedIn.id)).toMatchObject({
      status: 'behind',
      targetCount: 2,
      coming: { planned: 1, expected: 4 },
      past: { published: 1, expected: 4 },
    });
    expect(status.find((s) => s.channelName === 'Xing')?.status).toBe('no_target');
    // The cycle view counts a channel behind its target at the implementation step.
    const cycle = (await api.get(base.replace('/editorial-plan', '/cycle'))).json<CycleReportBody>();
    const implement = cycle.stages.flatMap((s) => s.steps).find((s) => s.key === 'implement');
    expect(implement?.hints).toContainEqual({ code: 'editorial_channels_behind', count: 1 });
  });

  it('finds the best times from the workspace’s own events, and says when there are too few', async () => {
    const { ws, api, base } = await setUp();
    const other = await aWorkspace(testDb());
    const db = testDb();
    const strong = Math.floor((Date.now() - 2 * DAY) / HOUR) * HOUR;
    const second = Math.floor((Date.now() - 3 * DAY) / HOUR) * HOUR;
    await seedEvents(db, ws.workspace.id, 25, strong, 'social_interaction', {
      platform: 'LinkedIn',
      kind: 'like',
    });
    await seedEvents(db, ws.workspace.id, 10, second, 'social_interaction', {
      platform: 'linkedin',
      kind: 'comment',
    });
    // The company's own replies and interactions older than the window do not count.
    await seedEvents(db, ws.workspace.id, 40, second + HOUR, 'social_interaction', {
      platform: 'linkedin',
      kind: 'reply',
    });
    await seedEvents(db, ws.workspace.id, 40, Date.now() - 120 * DAY, 'social_interaction', {
      platform: 'linkedin',
    });
    await seedEvents(db, ws.workspace.id, 5, strong, 'page_view', {}, 'linkedin');
    await seedEvents(db, ws.workspace.id, 5, strong, 'social_interaction', { platform: 'xing' });
    await seedEvents(db, other.workspace.id, 100, second + 2 * HOUR, 'social_interaction', {
      platform: 'linkedin',
    });

    const res = await api.get(`${base}/best-times?timeZone=UTC`);
    expect(res.statusCode).toBe(200);
    const best = res.json<BestTimes>();
    const byName = (name: string) => best.channels.find((c) => c.channelName === name)?.result;
    const slot = (ms: number) => ({
      weekday: ((new Date(ms).getUTCDay() + 6) % 7) + 1,
      hour: new Date(ms).getUTCHours(),
    });
    expect(byName('LinkedIn')).toMatchObject({
      status: 'enough_data',
      events: 40,
      topSlots: [
        { ...slot(strong), count: 30 },
        { ...slot(second), count: 10 },
      ],
    });
    expect(byName('Xing')).toEqual({ status: 'not_enough_data', events: 5, minEvents: 30 });
    expect(byName('Newsletter')).toEqual({ status: 'not_enough_data', events: 0, minEvents: 30 });
    expect(byName('Fachpresse')).toEqual({ status: 'not_measured' });
    expect((await api.get(`${base}/best-times?timeZone=Mars/Olympus`)).statusCode).toBe(400);
  });

  it('exports CSV in the asked time zone', async () => {
    const { api, base, channels } = await setUp();
    const blog = channelNamed(channels, 'Blog');
    await api.post(`${base}/items`, {
      channelId: blog.id,
      title: '=SUM(A1)',
      plannedAt: '2026-07-01T22:15:00Z',
      format: 'document',
    });
    const res = await api.get(`${base}.csv?timeZone=Europe/Berlin&from=2026-07-01&to=2026-07-31`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, row] = res.body.trim().split('\n');
    expect(header).toBe(
      'date,time,channel,title,format,status,persona,phase,owner,auto_publish,published_url,notes,id',
    );
    expect(row).toMatch(/^2026-07-02,00:15,Blog,'=SUM\(A1\),document,idea,/);
  });

  it('serves the plan as an iCalendar feed to the holder of the secret address only', async () => {
    const { ws, api, base, channels } = await setUp();
    const linkedIn = channelNamed(channels, 'LinkedIn');
    const plannedAt = new Date(Math.floor((Date.now() + 5 * DAY) / HOUR) * HOUR).toISOString();
    const item = (
      await api.post(`${base}/items`, { channelId: linkedIn.id, title: 'Messe-Rückblick', plannedAt })
    ).json<EditorialItem>();

    expect((await api.get(`${base}/feed`)).json<EditorialFeed>()).toEqual({ url: null, createdAt: null });
    const viewer = await apiAs((await ws.member('viewer')).token);
    expect((await viewer.post(`${base}/feed`)).statusCode).toBe(403);
    const feed = (await api.post(`${base}/feed`)).json<EditorialFeed>();
    expect(feed.url).toMatch(
      /^https:\/\/touchpoint\.example\.com\/api\/v1\/public\/editorial-plan\.ics\?token=/,
    );
    const path = (feed.url ?? '').replace('https://touchpoint.example.com', '');

    const anonymous = await apiAs(null);
    const ics = await anonymous.get(path);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(ics.body))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['LinkedIn: Messe-Rückblick', plannedAt],
    ]);
    expect(events[0]?.uid).toContain(item.id);

    expect((await anonymous.get(`${path}x`)).statusCode).toBe(404);
    expect((await anonymous.get('/api/v1/public/editorial-plan.ics?token=abcdefghijklmnop')).statusCode).toBe(
      404,
    );
    // A new address replaces the old one; revoking ends the feed.
    const renewed = (await api.post(`${base}/feed`)).json<EditorialFeed>();
    expect((await anonymous.get(path)).statusCode).toBe(404);
    await api.delete(`${base}/feed`);
    expect(
      (await anonymous.get((renewed.url ?? '').replace('https://touchpoint.example.com', ''))).statusCode,
    ).toBe(404);
  });

  it('keeps workspaces apart', async () => {
    const a = await setUp();
    const b = await setUp();
    const item = (
      await a.api.post(`${a.base}/items`, {
        channelId: channelNamed(a.channels, 'Blog').id,
        title: 'A only',
        plannedAt: '2026-05-05T10:00:00Z',
      })
    ).json<EditorialItem>();
    expect((await b.api.get(`${b.base}/items`)).json<EditorialItem[]>()).toEqual([]);
    expect((await b.api.patch(`${b.base}/items/${item.id}`, { title: 'taken' })).statusCode).toBe(404);
    expect((await b.api.delete(`${b.base}/channels/${a.channels[0]?.id}`)).statusCode).toBe(404);
    // A channel of another workspace cannot be used for an item.
    const foreign = await b.api.post(`${b.base}/items`, {
      channelId: channelNamed(a.channels, 'Blog').id,
      title: 'x',
      plannedAt: '2026-05-05T10:00:00Z',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.field).toBe('channelId');
    expect((await a.api.get(`${a.base}/items/${item.id}`)).json<EditorialItem>().title).toBe('A only');
  });
});

async function seedEvents(
  db: Db,
  workspaceId: string,
  count: number,
  at: number,
  type: string,
  properties: Record<string, unknown>,
  utmSource: string | null = null,
): Promise<void> {
  await db
    .insertInto('events')
    .values(
      Array.from({ length: count }, (_, i) => ({
        workspace_id: workspaceId,
        event_id: randomUUID(),
        type,
        name: null,
        occurred_at: new Date(at + i * 1000),
        anonymous_id: `a${i}`,
        user_id: null,
        profile_id: null,
        session_id: null,
        touchpoint_id: null,
        channel: 'social',
        channel_class: null,
        url: null,
        referrer: null,
        utm_source: utmSource,
        utm_medium: null,
        utm_campaign: null,
        properties: JSON.stringify(properties),
      })),
    )
    .execute();
}
