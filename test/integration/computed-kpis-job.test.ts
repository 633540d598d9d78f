import { describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { createKpi, listKpis, listKpiValues, recordKpiValue } from '../../src/services/kpis';
import { computeAllKpis, utcDay } from '../../src/jobs/computeKpisJob';
import { DELETE_VISITOR_SALTS_CRON, DELETE_VISITOR_SALTS_QUEUE } from '../../src/jobs/deleteVisitorSaltsJob';
import { COMPUTE_KPIS_CRON, COMPUTE_KPIS_QUEUE, startJobs } from '../../src/jobs/scheduler';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { ownJobsSchema, testDb } from '../support/db';

/** The daily job on pg-boss: scheduled in the database, runs once at start, computes yesterday and today. */

/** A workspace whose website KPI "Besuche" is computed from the daily visits in `days`, within `band`. */
async function aWorkspaceWithVisits(days: Record<string, number>, band: { bandLow?: number } = {}) {
  const ws = await aWorkspace(testDb());
  const site = await aTouchpoint(ws.ctx, { name: 'Website' });
  const kpi = await createKpi(ws.ctx, site.id, { name: 'Besuche', metric: 'web.visits', ...band });
  if (!kpi.ok) throw new Error(kpi.error.message);
  for (const [day, visits] of Object.entries(days))
    await testDb()
      .insertInto('daily_web_stats')
      .values({ workspace_id: ws.workspace.id, day, visits })
      .execute();
  return { ws, kpiId: kpi.value.id };
}

describe('the daily KPI job', () => {
  it('knows yesterday and today in UTC', () => {
    expect(utcDay(new Date('2030-01-01T00:30:00Z'), -1)).toBe('2029-12-31');
    expect(utcDay(new Date('2030-03-01T23:59:59Z'))).toBe('2030-03-01');
  });

  it('computes yesterday and today for every workspace with computed KPIs', async () => {
    const { ws, kpiId } = await aWorkspaceWithVisits({ '2030-01-01': 17, '2030-01-02': 3, '2029-12-31': 99 });
    const r = await computeAllKpis(testDb(), new Date('2030-01-02T00:30:00Z'), undefined, [ws.workspace.id]);
    expect(r).toEqual({ workspaces: 1, values: 2, alerts: 0 });
    const values = await listKpiValues(ws.ctx, kpiId);
    expect(values.ok && values.value.map((v) => [v.measuredOn, v.value, v.source])).toEqual([
      ['2030-01-01', 17, 'computed'],
      ['2030-01-02', 3, 'computed'],
    ]);
  });

  it('checks only the complete day against the band: a quiet half hour after midnight is no alert', async () => {
    const { ws } = await aWorkspaceWithVisits({ '2032-03-01': 5, '2032-03-02': 1 }, { bandLow: 10 });
    // 00:30 on 2 March: 1 March (5 visits) is complete and below 10; 2 March has just begun.
    const r = await computeAllKpis(testDb(), new Date('2032-03-02T00:30:00Z'), undefined, [ws.workspace.id]);
    expect(r).toEqual({ workspaces: 1, values: 2, alerts: 1 });
    const alerts = await testDb()
      .selectFrom('kpi_alerts')
      .select(['measured_on', 'value'])
      .where('workspace_id', '=', ws.workspace.id)
      .execute();
    expect(alerts.map((a) => [a.measured_on, a.value])).toEqual([['2032-03-01', 5]]);
    // The next night 2 March is complete: checked now, and alerted once.
    const next = await computeAllKpis(testDb(), new Date('2032-03-03T00:30:00Z'), undefined, [
      ws.workspace.id,
    ]);
    expect(next.alerts).toBe(1);
  });

  it("gives a KPI's latest value and status from the last complete day, not today's computed value so far", async () => {
    const now = new Date();
    const { ws, kpiId } = await aWorkspaceWithVisits({}, { bandLow: 10 });
    for (const [day, value] of [
      [utcDay(now, -1), 20],
      [utcDay(now), 1],
    ] as const)
      await testDb()
        .insertInto('kpi_values')
        .values({ workspace_id: ws.workspace.id, kpi_id: kpiId, measured_on: day, value, source: 'computed' })
        .execute();
    const listed = await listKpis(ws.ctx);
    expect(listed.map((k) => [k.latest?.measuredOn, k.latest?.value, k.status])).toEqual([
      [utcDay(now, -1), 20, 'on_target'],
    ]);
    // A value someone enters for today counts at once.
    const entered = await recordKpiValue(ws.ctx, kpiId, {
      measuredOn: utcDay(now),
      value: 5,
      note: 'Zählung',
    });
    expect(entered.ok).toBe(true);
    expect((await listKpis(ws.ctx)).map((k) => [k.latest?.measuredOn, k.latest?.value, k.status])).toEqual([
      [utcDay(now), 5, 'off_target'],
    ]);
  });

  it('runs on pg-boss: scheduled daily in the database, once at start, stops cleanly', async () => {
    const { ws, kpiId } = await aWorkspaceWithVisits({ '2031-06-01': 40 });
    const schema = ownJobsSchema();
    const jobs = await startJobs(testDb(), inject('databaseUrl'), {
      schema,
      now: () => new Date('2031-06-02T00:30:00Z'),
      workspaceIds: [ws.workspace.id],
    });
    try {
      const first = await jobs.nextRun();
      expect(first.workspaces).toBe(1);
      const values = await listKpiValues(ws.ctx, kpiId);
      expect(values.ok && values.value.map((v) => [v.measuredOn, v.value])).toEqual([
        ['2031-06-01', 40],
        ['2031-06-02', 0],
      ]);
      const schedules = await sql<{
        name: string;
        cron: string;
      }>`select name, cron from ${sql.table(`${schema}.schedule`)}`.execute(testDb());
      expect(schedules.rows).toContainEqual({ name: COMPUTE_KPIS_QUEUE, cron: COMPUTE_KPIS_CRON });
      expect(schedules.rows).toContainEqual({
        name: DELETE_VISITOR_SALTS_QUEUE,
        cron: DELETE_VISITOR_SALTS_CRON,
      });
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});
