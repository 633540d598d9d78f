import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import type { Db } from '../../src/db/database';
import type { MappingApplyRun, MappingSuggestions, TouchpointLiveActivity } from '../../src/contract/mapping';
import { UNMAPPED } from '../../src/services/events/aggregates';
import { applyBatch, getApplyRun, startApplyRun } from '../../src/services/events/applyRuleToPastEvents';
import { startJobs } from '../../src/jobs/scheduler';
import { computeMetricForPeriod } from '../../src/services/kpis/computedKpis';
import { dayOf } from '../../src/core/webAnalytics';
import { apiAs } from '../support/app';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { ownJobsSchema, testDb } from '../support/db';
import { processAll } from '../support/eventRows';

const HOST = 'www.firma.example';
const today = dayOf(new Date());
const daysAgo = (n: number, time = '10:00') => `${dayOf(new Date(Date.now() - n * 86_400_000))}T${time}:00Z`;

interface Tracked {
  type?: string;
  at: string;
  anon: string;
  path?: string;
  utmSource?: string;
  touchpoint?: string;
  revenue?: number;
}

/** Events as the tracker stores them: a page URL, an anonymous visitor, no touchpoint unless named. */
async function track(db: Db, workspaceId: string, events: Tracked[]): Promise<void> {
  for (const e of events)
    await db
      .insertInto('events')
      .values({
        workspace_id: workspaceId,
        event_id: randomUUID(),
        type: e.type ?? 'page_view',
        occurred_at: e.at,
        anonymous_id: e.anon,
        url: e.path === undefined ? null : `https://${HOST}${e.path}`,
        utm_source: e.utmSource ?? null,
        touchpoint_id: e.touchpoint ?? null,
        channel: 'direct',
        channel_class: 'owned',
        revenue: e.revenue ?? null,
      })
      .execute();
}

/** `daily_touchpoint_stats` as the processor keeps it, and as rebuilt from the log: they must agree. */
async function statsAndRebuild(db: Db, workspaceId: string) {
  const kept = await sql<{ day: string; key: string; type: string; events: number; profiles: number }>`
    select day::text, touchpoint_key as key, event_type as type, events::int, profiles::int
    from daily_touchpoint_stats where workspace_id = ${workspaceId} and (events <> 0 or profiles <> 0)
    order by 1, 2, 3
  `.execute(db);
  const rebuilt = await sql<{ day: string; key: string; type: string; events: number; profiles: number }>`
    select (occurred_at at time zone 'UTC')::date::text as day, coalesce(touchpoint_id::text, ${UNMAPPED}) as key,
      type, count(*)::int as events, count(distinct profile_id)::int as profiles
    from events where workspace_id = ${workspaceId}
    group by 1, 2, 3 order by 1, 2, 3
  `.execute(db);
  return { kept: kept.rows, rebuilt: rebuilt.rows };
}

async function untilDone(get: () => Promise<MappingApplyRun>, tries = 200): Promise<MappingApplyRun> {
  for (let i = 0; i < tries; i++) {
    const run = await get();
    if (run.status !== 'running') return run;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the run did not finish');
}

async function aTrackedWorkspace() {
  const db = testDb();
  const w = await aWorkspace(db);
  const website = await aTouchpoint(w.ctx, { name: 'Website' });
  const careers = await aTouchpoint(w.ctx, { name: 'Karriereseite' });
  const fair = await aTouchpoint(w.ctx, { name: 'Messe' });
  await track(db, w.workspace.id, [
    { at: daysAgo(2, '09:00'), anon: 'a', path: '/' },
    { at: daysAgo(2, '09:05'), anon: 'a', path: '/produkte' },
    { at: daysAgo(2, '09:06'), anon: 'a', path: '/kontakt', type: 'conversion' },
    { at: daysAgo(1, '11:00'), anon: 'b', path: '/karriere/azubi' },
    { at: daysAgo(1, '11:02'), anon: 'b', path: '/' },
    { at: daysAgo(0, '08:00'), anon: 'c', path: '/', utmSource: 'linkedin' },
    // Named its touchpoint: stays there whatever rules say.
    { at: daysAgo(0, '08:30'), anon: 'c', path: '/', touchpoint: fair.id },
    // Older than the suggestions look, but a rule applies to it all the same.
    { at: daysAgo(40), anon: 'd', path: '/' },
  ]);
  await processAll(db, w.workspace.id);
  return { db, w, website, careers, fair, api: await apiAs(w.owner.token) };
}

useTestDatabaseForCli();

describe('mapping rules reach stored events', () => {
  it('suggests the Website rule, applies it to past events, and the touchpoint, its KPIs and activity see them', async () => {
    const { db, w, website, careers, fair, api } = await aTrackedWorkspace();
    const base = `/workspaces/${w.workspace.id}`;

    const suggested = (await api.get(`${base}/mapping-rules/suggestions`)).json<MappingSuggestions>();
    expect(suggested.unmappedEvents).toBe(6);
    const host = suggested.suggestions.find((s) => s.kind === 'host');
    expect(host).toMatchObject({
      conditions: { urlPattern: `${HOST}/*` },
      touchpointId: website.id,
      touchpointName: 'Website',
      events: 6,
      people: 3,
    });
    expect(suggested.suggestions[0]).toMatchObject({
      key: `path:${HOST}/karriere`,
      touchpointId: careers.id,
      events: 1,
      people: 1,
    });

    const rule = await api.post(`${base}/mapping-rules`, {
      touchpointId: website.id,
      ...host?.conditions,
    });
    expect(rule.statusCode).toBe(201);
    const ruleId = rule.json<{ id: string }>().id;
    const after = (await api.get(`${base}/mapping-rules/suggestions`)).json<MappingSuggestions>();
    expect(after.suggestions.find((s) => s.kind === 'host')).toBeUndefined();

    const started = await api.post(`${base}/mapping-rules/${ruleId}/apply`);
    expect(started.statusCode).toBe(202);
    const run = await untilDone(async () =>
      (await api.get(`${base}/mapping-rules/apply-runs/${started.json<MappingApplyRun>().id}`)).json(),
    );
    expect(run).toMatchObject({ status: 'done', total: 7, done: 7, mapped: 7, ruleId });

    const { kept, rebuilt } = await statsAndRebuild(db, w.workspace.id);
    expect(kept).toEqual(rebuilt);
    const counts = await sql<{ key: string | null; n: number }>`
      select touchpoint_id::text as key, count(*)::int as n from events where workspace_id = ${w.workspace.id}
      group by 1 order by 2
    `.execute(db);
    expect(counts.rows).toEqual([
      { key: fair.id, n: 1 },
      { key: website.id, n: 7 },
    ]);

    const activity = (
      await api.get(`${base}/touchpoints/${website.id}/activity?days=30`)
    ).json<TouchpointLiveActivity>();
    expect(activity).toMatchObject({ interactions: 6, people: 3, conversions: 1, tracked: true, to: today });
    expect(activity.trend).toHaveLength(30);
    expect(activity.trend.at(-3)).toEqual({
      day: daysAgo(2).slice(0, 10),
      interactions: 3,
      people: 1,
      conversions: 1,
    });
    const kpi = await computeMetricForPeriod(
      db,
      w.workspace.id,
      'touchpoint.events',
      { from: activity.from, to: today },
      website.id,
    );
    expect(kpi).toBe(6);
    const profile = await db
      .selectFrom('profiles')
      .select('touchpoint_ids')
      .where('workspace_id', '=', w.workspace.id)
      .where('user_id', 'is', null)
      .execute();
    expect(profile.every((p) => p.touchpoint_ids.includes(website.id))).toBe(true);

    // Twice changes nothing more.
    const again = await api.post(`${base}/mapping-rules/${ruleId}/apply`);
    expect(again.json<MappingApplyRun>()).toMatchObject({ status: 'done', total: 0, mapped: 0 });
    expect((await statsAndRebuild(db, w.workspace.id)).kept).toEqual(kept);
  });

  it('maps events the processor has not reached yet, which it then counts under their touchpoint', async () => {
    const { db, w, website, api } = await aTrackedWorkspace();
    await track(db, w.workspace.id, [{ at: daysAgo(0, '12:00'), anon: 'e', path: '/neu' }]);
    const base = `/workspaces/${w.workspace.id}`;
    await api.post(`${base}/mapping-rules`, { touchpointId: website.id, urlPattern: `${HOST}/*` });
    const run = (await api.post(`${base}/mapping-rules/apply`)).json<MappingApplyRun>();
    expect(run.ruleId).toBeNull();
    await untilDone(async () => (await api.get(`${base}/mapping-rules/apply-runs/${run.id}`)).json());
    await processAll(db, w.workspace.id);
    const { kept, rebuilt } = await statsAndRebuild(db, w.workspace.id);
    expect(kept).toEqual(rebuilt);
    expect(kept.filter((r) => r.key === UNMAPPED)).toEqual([]);
  });

  it('continues an interrupted run from its saved position without counting anything twice', async () => {
    const { db, w, website } = await aTrackedWorkspace();
    const rule = await db
      .insertInto('touchpoint_mapping_rules')
      .values({ workspace_id: w.workspace.id, touchpoint_id: website.id, url_pattern: `${HOST}/*` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const run = await startApplyRun(w.ctx, rule.id);
    if (!run.ok) throw new Error(run.error.message);
    const job = { workspaceId: w.workspace.id, runId: run.value.id };
    // A batch of two, then "the server stops": a second start answers the same run.
    expect(await applyBatch(db, job, 2)).toEqual({ more: true });
    const same = await startApplyRun(w.ctx, rule.id);
    expect(same.ok && same.value).toMatchObject({ id: run.value.id, done: 2, mapped: 2 });
    while ((await applyBatch(db, job, 2)).more);
    const { kept, rebuilt } = await statsAndRebuild(db, w.workspace.id);
    expect(kept).toEqual(rebuilt);
  });

  it('keeps workspaces apart', async () => {
    const a = await aTrackedWorkspace();
    const b = await aTrackedWorkspace();
    const baseA = `/workspaces/${a.w.workspace.id}`;
    const rule = (
      await a.api.post(`${baseA}/mapping-rules`, { touchpointId: a.website.id, urlPattern: `${HOST}/*` })
    ).json<{ id: string }>();
    const run = (await a.api.post(`${baseA}/mapping-rules/${rule.id}/apply`)).json<MappingApplyRun>();
    await untilDone(async () => (await a.api.get(`${baseA}/mapping-rules/apply-runs/${run.id}`)).json());
    const baseB = `/workspaces/${b.w.workspace.id}`;
    expect((await b.api.get(`${baseB}/mapping-rules/apply-runs/${run.id}`)).statusCode).toBe(404);
    expect((await b.api.post(`${baseB}/mapping-rules/${rule.id}/apply`)).statusCode).toBe(404);
    expect((await b.api.get(`${baseB}/touchpoints/${a.website.id}/activity`)).statusCode).toBe(404);
    expect((await a.api.get(`${baseB}/mapping-rules/suggestions`)).statusCode).toBe(404);
    const stillUnmapped = await b.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', b.w.workspace.id)
      .where('touchpoint_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(stillUnmapped.n)).toBe(7);
    const activityB = (
      await b.api.get(`${baseB}/touchpoints/${b.website.id}/activity?days=7`)
    ).json<TouchpointLiveActivity>();
    expect(activityB).toMatchObject({ interactions: 0, people: 0, tracked: false });
    expect(activityB.trend).toHaveLength(7);
  });

  it('suggests and applies from the command line', async () => {
    const { w, website } = await aTrackedWorkspace();
    const ws = ['--workspace', w.workspace.id, '--format', 'json'];
    const suggested = await cli('mapping', 'suggest', ...ws);
    expect(suggested.code).toBe(0);
    expect(JSON.parse(suggested.stdout)).toContainEqual({
      kind: 'host',
      rule: `urlPattern=${HOST}/*`,
      touchpoint: 'Website',
      touchpointId: website.id,
      events: 6,
      people: 3,
    });
    const rule = await w.ctx.db
      .insertInto('touchpoint_mapping_rules')
      .values({ workspace_id: w.workspace.id, touchpoint_id: website.id, url_pattern: `${HOST}/*` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const applied = await cli('mapping', 'apply', rule.id, ...ws);
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toEqual([
      expect.objectContaining({ status: 'done', total: 7, mapped: 7 }),
    ]);
    const again = await cli('mapping', 'apply', ...ws);
    expect(JSON.parse(again.stdout)).toEqual([expect.objectContaining({ status: 'done', mapped: 0 })]);
    const wrong = await cli('mapping', 'apply', 'website', ...ws);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('is not a rule id');
  });

  it('a run left unfinished by a stopped server is finished by pg-boss at the next start', async () => {
    const { db, w, website } = await aTrackedWorkspace();
    const rule = await db
      .insertInto('touchpoint_mapping_rules')
      .values({ workspace_id: w.workspace.id, touchpoint_id: website.id, url_pattern: `${HOST}/*` })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Started and one batch done, then the process went away before its job ran on.
    const run = await startApplyRun(w.ctx, rule.id);
    if (!run.ok) throw new Error(run.error.message);
    await applyBatch(db, { workspaceId: w.workspace.id, runId: run.value.id }, 3);
    const jobs = await startJobs(db, inject('databaseUrl'), {
      schema: ownJobsSchema(),
      workspaceIds: [w.workspace.id],
      log: () => undefined,
    });
    try {
      const done = await untilDone(async () => {
        const r = await getApplyRun(w.ctx, run.value.id);
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      }, 600);
      expect(done).toMatchObject({ status: 'done', done: 7, mapped: 7 });
      const { kept, rebuilt } = await statsAndRebuild(db, w.workspace.id);
      expect(kept).toEqual(rebuilt);
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});
