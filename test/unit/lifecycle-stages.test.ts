import { describe, expect, it } from 'vitest';
import { checkStages } from '../../src/core/lifecycle/checkStages';
import { accountStage, needsReason, nextStage } from '../../src/core/lifecycle/nextStage';
import { defaultStages, type StageDefinition } from '../../src/core/lifecycle/stageModel';

describe('automatic stage moves', () => {
  it('promotes by thresholds', () => {
    expect(nextStage(defaultStages, 'visitor', 10)).toBeNull();
    expect(nextStage(defaultStages, 'visitor', 20)).toBe('lead');
    expect(nextStage(defaultStages, 'subscriber', 75)).toBe('mql');
    expect(nextStage(defaultStages, 'lead', 50)).toBe('mql');
  });
  it('demotes an MQL whose score fell, but never below the first threshold stage', () => {
    expect(nextStage(defaultStages, 'mql', 30)).toBe('lead');
    expect(nextStage(defaultStages, 'mql', 5)).toBe('lead');
    expect(nextStage(defaultStages, 'lead', 5)).toBeNull();
  });
  it('never moves sales stages, customers or the disqualified', () => {
    for (const stage of ['sal', 'sql', 'opportunity', 'customer', 'disqualified']) {
      expect(nextStage(defaultStages, stage, 500)).toBeNull();
      expect(nextStage(defaultStages, stage, -500)).toBeNull();
    }
  });
  it('brings a recycled lead back once it reaches a threshold again', () => {
    expect(nextStage(defaultStages, 'recycled', 10)).toBeNull();
    expect(nextStage(defaultStages, 'recycled', 60)).toBe('mql');
  });
});

describe('moves by a person', () => {
  it('asks a reason for backwards, recycled and disqualified', () => {
    expect(needsReason(defaultStages, 'mql', 'sal')).toBe(false);
    expect(needsReason(defaultStages, 'sql', 'mql')).toBe(true);
    expect(needsReason(defaultStages, 'mql', 'recycled')).toBe(true);
    expect(needsReason(defaultStages, 'lead', 'disqualified')).toBe(true);
    expect(needsReason(defaultStages, 'recycled', 'mql')).toBe(false);
  });
  it('rolls people up to the account', () => {
    expect(accountStage(defaultStages, ['lead', 'sql', 'disqualified'])).toBe('sql');
    expect(accountStage(defaultStages, ['customer', 'mql'])).toBe('customer');
    expect(accountStage(defaultStages, ['recycled'])).toBe('recycled');
    expect(accountStage(defaultStages, [])).toBeNull();
  });
});

describe('stage configuration', () => {
  const edit = (i: number, change: Partial<StageDefinition>) =>
    defaultStages.map((s, j) => (j === i ? { ...s, ...change } : s));
  it('takes the defaults and a reordering', () => {
    expect(checkStages(defaultStages).ok).toBe(true);
    const swapped = [...defaultStages];
    [swapped[0], swapped[1]] = [swapped[1] as StageDefinition, swapped[0] as StageDefinition];
    expect(checkStages(swapped).ok).toBe(true);
  });
  it('refuses what would break the machine, naming the field', () => {
    const bad = [
      edit(2, { key: 'visitor' }),
      edit(3, { minScore: 10 }),
      edit(5, { manual: false }),
      edit(5, { minScore: 80 }),
      edit(7, { kind: 'funnel' }),
      edit(1, { key: 'Sub scriber' }),
    ];
    const fields = bad.map((stages) => {
      const r = checkStages(stages);
      return r.ok ? null : r.error.details?.field;
    });
    expect(fields).toEqual([
      'body.stages.2.key',
      'body.stages.3.minScore',
      'body.stages.5.manual',
      'body.stages.5.minScore',
      'body.stages',
      'body.stages.1.key',
    ]);
  });
});
