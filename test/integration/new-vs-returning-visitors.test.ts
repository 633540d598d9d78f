import { describe, expect, it } from 'vitest';
import { countVisitorBuckets } from '../../src/core/returningVisitors';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents, processAll, type TestEvent } from '../support/eventRows';

/**
 * Three visitors, looked at from Mon 2 to Sun 15 Nov 2026 (the landing page of each day first):
 *
 * | visitor | days (landing)                                   | first visit |
 * | v1      | Mon 2 (ad), Wed 4 (website), Tue 10 (website)    | 2 Nov       |
 * | v2      | 20 Oct (website), Tue 3 (website)                | 20 Oct      |
 * | v3      | Tue 10 (ad, then the website the same day)       | 10 Nov      |
 *
 * Days: 2nd 1 new; 3rd 1 returning; 4th 1 returning; 10th 1 new (v3) + 1 returning (v1).
 * Weeks: from 2 Nov v1 new, v2 returning; from 9 Nov v3 new, v1 returning.
 * Period: 3 visitors, 2 new (v1, v3). Phases by landing page: attention (the ad) v1 and v3, both new
 * there; interest (the website) v1 and v2, neither on their first day.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const ad = await aTouchpoint(w.ctx, { name: 'Anzeige', phaseIds: [phase('attention')] });
  const website = await aTouchpoint(w.ctx, { name: 'Website', phaseIds: [phase('interest')] });
  const view = (anon: string, at: string, touchpoint: string): TestEvent => ({
    type: 'page_view',
    at,
    anon,
    touchpoint,
    ...(touchpoint === ad.id
      ? { channel: 'google-ads', channelClass: 'paid' as const }
      : { channel: 'direct', channelClass: 'owned' as const }),
  });
  await insertEvents(db, ws, [
    view('v2', '2026-10-20T09:00:00Z', website.id),
    view('v1', '2026-11-02T09:00:00Z', ad.id),
    view('v1', '2026-11-02T09:05:00Z', website.id),
    view('v2', '2026-11-03T09:00:00Z', website.id),
    view('v1', '2026-11-04T09:00:00Z', website.id),
    view('v1', '2026-11-10T08:00:00Z', website.id),
    view('v3', '2026-11-10T10:00:00Z', ad.id),
    view('v3', '2026-11-10T10:01:00Z', website.id),
  ]);
  await processAll(db, ws);
  const owner = await apiAs(w.owner.token);
  return { db, ws, owner, base: `/workspaces/${ws}/analytics/new-vs-returning` };
}

const PERIOD = 'from=2026-11-02&to=2026-11-15';
type Point = { start: string; visitors: number; newVisitors: number; returningVisitors: number };
const nonEmpty = (series: Point[]) =>
  series.filter((p) => p.visitors > 0).map((p) => [p.start, p.newVisitors, p.returningVisitors]);

describe('new vs returning visitors', () => {
  it('counts new and returning visitors per day, per week and per phase', async () => {
    const { owner, base } = await setUp();
    const days = (await owner.get(`${base}?${PERIOD}`)).json();
    expect(days).toMatchObject({ interval: 'day', visitors: 3, newVisitors: 2, returningVisitors: 1 });
    expect(days.series).toHaveLength(14);
    expect(nonEmpty(days.series)).toEqual([
      ['2026-11-02', 1, 0],
      ['2026-11-03', 0, 1],
      ['2026-11-04', 0, 1],
      ['2026-11-10', 1, 1],
    ]);
    expect(days.series[1]).toEqual({
      start: '2026-11-03',
      visitors: 1,
      newVisitors: 0,
      returningVisitors: 1,
      newShare: 0,
    });
    const phases = Object.fromEntries(days.phases.map((p: { key: string | null }) => [String(p.key), p]));
    expect(phases.attention).toMatchObject({ visitors: 2, newVisitors: 2, returningVisitors: 0 });
    expect(phases.interest).toMatchObject({ visitors: 2, newVisitors: 0, returningVisitors: 2 });
    expect(phases.null).toMatchObject({ visitors: 0, nameEn: 'No phase' });
    const weeks = (await owner.get(`${base}?${PERIOD}&interval=week`)).json();
    expect(weeks.series.map((p: Point) => [p.start, p.newVisitors, p.returningVisitors])).toEqual([
      ['2026-11-02', 1, 1],
      ['2026-11-09', 1, 1],
    ]);
  });

  it('agrees with the daily summary and with the obvious count', async () => {
    const { db, ws, owner, base } = await setUp();
    const days = (await owner.get(`${base}?${PERIOD}`)).json();
    const stats = await db
      .selectFrom('daily_web_stats')
      .select(['day', 'new_visitors', 'returning_visitors'])
      .where('workspace_id', '=', ws)
      .where('day', '>=', '2026-11-02')
      .orderBy('day')
      .execute();
    expect(stats.map((s) => [s.day, Number(s.new_visitors), Number(s.returning_visitors)])).toEqual(
      nonEmpty(days.series),
    );
    const visitorDays = await db
      .selectFrom('daily_visitors')
      .select(['visitor_id', 'day'])
      .where('workspace_id', '=', ws)
      .where('day', '>=', '2026-11-02')
      .execute();
    const firstDays = new Map([
      ['v1', '2026-11-02'],
      ['v2', '2026-10-20'],
      ['v3', '2026-11-10'],
    ]);
    const weeks = countVisitorBuckets(
      visitorDays.map((v) => [v.visitor_id, v.day] as const),
      firstDays,
      'week',
    );
    const answered = (await owner.get(`${base}?${PERIOD}&interval=week`)).json();
    expect(
      answered.series.map((p: Point) => ({
        bucket: p.start,
        visitors: p.visitors,
        newVisitors: p.newVisitors,
      })),
    ).toEqual(weeks);
  });

  it('filters by the landing page: channel class, channel; compares two periods', async () => {
    const { owner, base } = await setUp();
    const paid = (await owner.get(`${base}?${PERIOD}&channelClass=paid`)).json();
    // Only v1 on the 2nd and v3 on the 10th landed on the ad.
    expect(paid).toMatchObject({ visitors: 2, newVisitors: 2, returningVisitors: 0 });
    expect(nonEmpty(paid.series)).toEqual([
      ['2026-11-02', 1, 0],
      ['2026-11-10', 1, 0],
    ]);
    const direct = (await owner.get(`${base}?${PERIOD}&channel=direct`)).json();
    expect(direct).toMatchObject({ visitors: 2, newVisitors: 0, returningVisitors: 2 });
    const compared = (
      await owner.get(`${base}?${PERIOD}&compareFrom=2026-10-01&compareTo=2026-10-31`)
    ).json();
    expect(compared.compare).toMatchObject({ from: '2026-10-01', visitors: 1, newVisitors: 1 });
  });

  it('answers zeros and null shares for a workspace without visits', async () => {
    const w = await aWorkspace(testDb());
    const owner = await apiAs(w.owner.token);
    const body = (
      await owner.get(`/workspaces/${w.workspace.id}/analytics/new-vs-returning?${PERIOD}&interval=week`)
    ).json();
    expect(body).toMatchObject({ visitors: 0, newVisitors: 0, returningVisitors: 0, compare: null });
    expect(body.series).toEqual([
      { start: '2026-11-02', visitors: 0, newVisitors: 0, returningVisitors: 0, newShare: null },
      { start: '2026-11-09', visitors: 0, newVisitors: 0, returningVisitors: 0, newShare: null },
    ]);
    expect(JSON.stringify(body)).not.toContain('NaN');
  });

  it.each([
    ['a month interval', '?interval=month', 'interval'],
    ['from after to', '?from=2026-05-01&to=2026-04-01', 'from'],
    ['a comparison without its start', '?compareTo=2026-05-01', 'compareFrom'],
    ['a persona that is no id', '?persona=einkauf', 'persona'],
  ])('refuses %s naming the field', async (_what, suffix, field) => {
    const { owner, base } = await setUp();
    const res = await owner.get(`${base}${suffix}`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain(`querystring.${field}`);
  });
});
