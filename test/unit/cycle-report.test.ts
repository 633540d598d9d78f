import { describe, expect, it } from 'vitest';
import { buildCycleReport } from '../../src/core/cycle/buildCycleReport';
import { emptyCycleCounts, type CycleCounts } from '../../src/core/cycle/cycleCounts';
import type { CycleReport, CycleStep, CycleStepKey } from '../../src/core/cycle/cycleModel';

function stepOf(report: CycleReport, key: CycleStepKey): CycleStep {
  const found = report.stages.flatMap((s) => s.steps).find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
}

const statuses = (r: CycleReport) =>
  r.stages.map((s) => [s.key, s.status, ...s.steps.map((st) => st.status)]);

describe('the CTM cycle from plain counts', () => {
  it('an empty workspace: nothing started, the first step is to capture touchpoints (personas first)', () => {
    const r = buildCycleReport(emptyCycleCounts);
    expect(r.stages.map((s) => s.key)).toEqual(['ist', 'soll', 'aktion', 'monitoring']);
    expect(r.stages.flatMap((s) => s.steps.map((st) => st.key))).toEqual([
      'capture',
      'document',
      'target',
      'approach',
      'plan',
      'implement',
      'measure',
      'optimise',
    ]);
    expect(r.stages.every((s) => s.status === 'not_started')).toBe(true);
    expect(r.next).toEqual({ stage: 'ist', step: 'capture' });
    expect(stepOf(r, 'capture')).toEqual({
      key: 'capture',
      status: 'not_started',
      progress: { done: 0, total: null },
      link: '/personas',
      hints: [{ code: 'personas_missing', count: 1 }],
    });
    // No live data yet: measuring starts with a write key.
    expect(stepOf(r, 'measure').link).toBe('/tracking');
    expect(stepOf(r, 'measure').hints).toEqual([{ code: 'no_write_key', count: 1 }]);
    const imported = buildCycleReport({ ...emptyCycleCounts, eventsLast30Days: 40 });
    expect(stepOf(imported, 'measure')).toMatchObject({ status: 'in_progress', hints: [] });
  });

  it('a half-done workspace: 12 of 34 touchpoints assessed, 5 key touchpoints without a target', () => {
    const half: CycleCounts = {
      ...emptyCycleCounts,
      personas: 3,
      personasWithoutTouchpoints: 1,
      touchpoints: 34,
      assessed: 12,
      asIsDocumented: 20,
      customerRatings: 4,
      targetsSet: 10,
      keyTouchpoints: 9,
      keyWithoutTarget: 5,
      targetedNotAssessed: 2,
      priorities: 8,
      prioritiesWithMeasure: 3,
      quickWins: 2,
      measures: 4,
      measuresWithoutDueDate: 1,
      measuresInProgress: 1,
      measuresOverdue: 3,
    };
    const r = buildCycleReport(half);
    expect(statuses(r)).toEqual([
      ['ist', 'in_progress', 'in_progress', 'in_progress'],
      ['soll', 'in_progress', 'in_progress', 'in_progress'],
      ['aktion', 'in_progress', 'in_progress', 'in_progress'],
      ['monitoring', 'not_started', 'not_started', 'not_started'],
    ]);
    expect(stepOf(r, 'capture').hints).toEqual([{ code: 'personas_without_touchpoints', count: 1 }]);
    expect(stepOf(r, 'capture').link).toBe('/map');
    expect(stepOf(r, 'document').progress).toEqual({ done: 12, total: 34 });
    expect(stepOf(r, 'document').hints).toEqual([
      { code: 'touchpoints_not_assessed', count: 22 },
      { code: 'as_is_not_documented', count: 14 },
      { code: 'market_mirror_missing', count: 1 },
    ]);
    expect(stepOf(r, 'target').hints).toEqual([{ code: 'key_touchpoints_without_target', count: 5 }]);
    expect(stepOf(r, 'approach').hints).toEqual([
      { code: 'targeted_not_assessed', count: 2 },
      { code: 'quick_wins', count: 2 },
    ]);
    // Five priorities have no measure yet: they are made on the priorities screen.
    expect(stepOf(r, 'plan')).toMatchObject({ progress: { done: 3, total: 8 }, link: '/priorities' });
    expect(stepOf(r, 'implement').hints).toEqual([
      { code: 'measures_overdue', count: 3 },
      { code: 'measures_open', count: 4 },
    ]);
    expect(r.next).toEqual({ stage: 'ist', step: 'capture' });
  });

  it('a demo-like workspace: all done but monitoring, where 2 KPIs are off target and an alert is open', () => {
    const demo: CycleCounts = {
      ...emptyCycleCounts,
      personas: 3,
      touchpoints: 20,
      assessed: 20,
      asIsDocumented: 20,
      customerRatings: 40,
      employeeRatings: 12,
      quickcheckRuns: 1,
      targetsSet: 20,
      keyTouchpoints: 8,
      priorities: 10,
      prioritiesWithMeasure: 10,
      quickWins: 3,
      measures: 6,
      measuresDone: 6,
      writeKeys: 1,
      eventsLast30Days: 5000,
      kpis: 5,
      kpisWithValues: 5,
      kpisJudged: 4,
      kpisOffTarget: 2,
      alertsOpen: 1,
    };
    const r = buildCycleReport(demo);
    expect(statuses(r)).toEqual([
      ['ist', 'done', 'done', 'done'],
      ['soll', 'done', 'done', 'done'],
      ['aktion', 'done', 'done', 'done'],
      ['monitoring', 'in_progress', 'done', 'in_progress'],
    ]);
    expect(stepOf(r, 'optimise')).toEqual({
      key: 'optimise',
      status: 'in_progress',
      progress: { done: 2, total: 4 },
      link: '/alerts',
      hints: [
        { code: 'kpis_off_target', count: 2 },
        { code: 'alerts_open', count: 1 },
      ],
    });
    expect(r.next).toEqual({ stage: 'monitoring', step: 'optimise' });

    const settled = buildCycleReport({ ...demo, kpisOffTarget: 0, alertsOpen: 0 });
    expect(settled.stages.every((s) => s.status === 'done')).toBe(true);
    expect(settled.next).toBeNull();
  });

  it('counts the market mirror in the as-is analysis: not done yet, or its age and gaps', () => {
    const assessed = { ...emptyCycleCounts, personas: 1, touchpoints: 2, assessed: 2, asIsDocumented: 2 };
    expect(stepOf(buildCycleReport(assessed), 'document').hints).toContainEqual({
      code: 'market_mirror_missing',
      count: 1,
    });
    const mirrored = buildCycleReport({
      ...assessed,
      marketMirrorAssessments: 2,
      marketMirrorDaysAgo: 12,
      marketMirrorGaps: 5,
    });
    expect(stepOf(mirrored, 'document').hints).toContainEqual({
      code: 'market_mirror_gaps',
      count: 5,
      days: 12,
    });
    // No gaps left is news too: the hint says when it was done.
    const closed = buildCycleReport({
      ...assessed,
      marketMirrorAssessments: 1,
      marketMirrorDaysAgo: 0,
      marketMirrorGaps: 0,
    });
    expect(stepOf(closed, 'document').hints).toContainEqual({
      code: 'market_mirror_gaps',
      count: 0,
      days: 0,
    });
    // Without touchpoints there is no as-is to compare yet.
    expect(stepOf(buildCycleReport(emptyCycleCounts), 'document').hints).toEqual([]);
  });

  it('keeps the as-is step next while the customer ratings are its missing piece', () => {
    const ownView = {
      ...emptyCycleCounts,
      personas: 1,
      touchpoints: 2,
      assessed: 2,
      asIsDocumented: 2,
      quickcheckRuns: 1,
    };
    const waiting = buildCycleReport(ownView);
    expect(stepOf(waiting, 'document')).toMatchObject({ status: 'in_progress', link: '/touchpoints' });
    expect(stepOf(waiting, 'document').hints).toContainEqual({ code: 'no_customer_ratings', count: 1 });
    expect(waiting.next).toEqual({ stage: 'ist', step: 'document' });
    const rated = buildCycleReport({ ...ownView, customerRatings: 1 });
    expect(stepOf(rated, 'document').status).toBe('done');
    expect(rated.next).toEqual({ stage: 'soll', step: 'target' });
  });

  it('never reports a negative or a done above its total', () => {
    const r = buildCycleReport({ ...emptyCycleCounts, touchpoints: 1, personas: 1 });
    for (const st of r.stages.flatMap((s) => s.steps)) {
      expect(st.progress.done).toBeGreaterThanOrEqual(0);
      if (st.progress.total !== null) expect(st.progress.done).toBeLessThanOrEqual(st.progress.total);
      for (const h of st.hints) expect(h.count).toBeGreaterThan(0);
    }
    expect(stepOf(r, 'capture').status).toBe('done');
  });

  it('names the phases that rely on one kind of touchpoint in the IST stage, without holding the step back', () => {
    const c: CycleCounts = { ...emptyCycleCounts, personas: 1, touchpoints: 3, phasesOfOneKind: 2 };
    const capture = stepOf(buildCycleReport(c), 'capture');
    expect(capture.hints).toEqual([{ code: 'phases_of_one_kind', count: 2 }]);
    expect(capture.status).toBe('done');
  });

  it('tracked events that reach no touchpoint are a hint of the measuring step', () => {
    const r = buildCycleReport({
      ...emptyCycleCounts,
      writeKeys: 1,
      eventsLast30Days: 40,
      unmappedEventsLast30Days: 12,
    });
    expect(stepOf(r, 'measure').hints).toEqual([{ code: 'events_unmapped', count: 12 }]);
  });
});
