import { describe, expect, it } from 'vitest';
import { buildCycleReport } from '../../src/core/cycle/buildCycleReport';
import { emptyCycleCounts, type CycleCounts } from '../../src/core/cycle/cycleCounts';

const targetStep = (c: Partial<CycleCounts>) => {
  const step = buildCycleReport({ ...emptyCycleCounts, ...c })
    .stages.flatMap((s) => s.steps)
    .find((s) => s.key === 'target');
  if (!step) throw new Error('no target step');
  return step;
};

/** Issue 17: the SOLL stage counts the strategy's goals and the goals no KPI measures yet. */
describe('goals in the cycle view', () => {
  it('a goal starts the target step; one without a KPI keeps it open and leads to the strategy', () => {
    const step = targetStep({ goals: 2, goalsWithoutKpi: 1 });
    expect(step.status).toBe('in_progress');
    expect(step.hints).toEqual([
      { code: 'goals', count: 2 },
      { code: 'goals_without_kpi', count: 1 },
    ]);
    expect(step.link).toBe('/strategy');
  });

  it('is done when every goal has a KPI and no key touchpoint lacks a target', () => {
    const step = targetStep({ touchpoints: 3, targetsSet: 1, goals: 2, goalsWithoutKpi: 0 });
    expect(step.status).toBe('done');
    expect(step.hints).toEqual([{ code: 'goals', count: 2 }]);
    expect(step.link).toBe('/touchpoints');
  });

  it('a key touchpoint without a target comes first: the link stays with the touchpoints', () => {
    const step = targetStep({
      targetsSet: 1,
      keyTouchpoints: 1,
      keyWithoutTarget: 1,
      goals: 1,
      goalsWithoutKpi: 1,
    });
    expect(step.link).toBe('/touchpoints');
    expect(step.status).toBe('in_progress');
  });

  it('a workspace without goals is judged as before', () => {
    expect(targetStep({ targetsSet: 2, touchpoints: 2 })).toMatchObject({ status: 'done', hints: [] });
    expect(targetStep({})).toMatchObject({ status: 'not_started', hints: [] });
  });
});
