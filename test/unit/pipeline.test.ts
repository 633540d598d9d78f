import { describe, expect, it } from 'vitest';
import {
  checkPipelineStages,
  closeReasons,
  dealProbability,
  DEFAULT_PIPELINE_STAGES as stages,
  interactionTrend,
  moveDeal,
  stageFlow,
  weightedForecast,
} from '../../src/core/pipeline';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe('pipeline stages', () => {
  it('weighs a deal with its own probability, else its stage', () => {
    expect(dealProbability({ stage: 'proposal', probability: null }, stages)).toBe(50);
    expect(dealProbability({ stage: 'proposal', probability: 80 }, stages)).toBe(80);
    expect(dealProbability({ stage: 'gone', probability: null }, stages)).toBe(0);
  });
  it('refuses twice a key, a missing won stage and removing a stage in use', () => {
    expect(checkPipelineStages([...stages, stages[0]!], new Set()).ok).toBe(false);
    const noWon = stages.filter((s) => s.kind !== 'won');
    expect(checkPipelineStages(noWon, new Set())).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    const noProposal = stages.filter((s) => s.key !== 'proposal');
    expect(checkPipelineStages(noProposal, new Set(['proposal']))).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { stages: ['proposal'] } },
    });
    expect(checkPipelineStages(noProposal, new Set(['qualification'])).ok).toBe(true);
  });
});

describe('moveDeal', () => {
  const now = day(10);
  it('closes a deal that is won and says it became revenue once', () => {
    expect(
      moveDeal({ stage: 'proposal', reason: '' }, { stage: 'won', reason: 'Preis-Leistung' }, stages, now),
    ).toEqual({
      ok: true,
      value: { from: 'proposal', to: 'won', closedAt: now, becameWon: true, reason: 'Preis-Leistung' },
    });
    const again = moveDeal({ stage: 'won', reason: 'x' }, { stage: 'won' }, stages, now);
    expect(again.ok && again.value.becameWon).toBe(false);
  });
  it('needs a reason for a lost deal and an existing stage', () => {
    expect(moveDeal({ stage: 'proposal', reason: '' }, { stage: 'lost' }, stages, now)).toMatchObject({
      ok: false,
      error: { details: { field: 'reason' } },
    });
    expect(moveDeal({ stage: 'proposal', reason: '' }, { stage: 'nope' }, stages, now)).toMatchObject({
      ok: false,
      error: { details: { field: 'stage' } },
    });
  });
  it('reopens a closed deal without its reason', () => {
    const r = moveDeal({ stage: 'lost', reason: 'Preis' }, { stage: 'negotiation' }, stages, now);
    expect(r).toMatchObject({ ok: true, value: { closedAt: null, reason: '', becameWon: false } });
  });
});

describe('weightedForecast', () => {
  it('sums open deals weighted per month, won deals by close month, lost not at all (hand-worked)', () => {
    const rows = weightedForecast(
      [
        { stage: 'proposal', value: 10_000, probability: null, expectedClose: '2026-03-10', closedAt: null },
        { stage: 'negotiation', value: 4_000, probability: 90, expectedClose: '2026-03-31', closedAt: null },
        {
          stage: 'qualification',
          value: 1_000,
          probability: null,
          expectedClose: '2026-02-01',
          closedAt: null,
        },
        { stage: 'qualification', value: 500, probability: null, expectedClose: null, closedAt: null },
        { stage: 'won', value: 7_000, probability: null, expectedClose: '2026-04-01', closedAt: day(60) },
        { stage: 'lost', value: 9_999, probability: null, expectedClose: '2026-03-01', closedAt: day(40) },
      ],
      stages,
    );
    expect(rows).toEqual([
      { month: '2026-02', openDeals: 1, openValue: 1000, weighted: 100, won: 0 },
      // 10,000 × 50 % + 4,000 × 90 % = 8,600; won on 2 March (day 60)
      { month: '2026-03', openDeals: 2, openValue: 14_000, weighted: 8600, won: 7000 },
      { month: null, openDeals: 1, openValue: 500, weighted: 50, won: 0 },
    ]);
  });
});

describe('stageFlow', () => {
  it('counts forward moves and the median days in a stage (hand-worked)', () => {
    const flow = stageFlow(
      [
        { dealId: 'a', from: null, to: 'qualification', at: day(0) },
        { dealId: 'a', from: 'qualification', to: 'proposal', at: day(4) },
        { dealId: 'a', from: 'proposal', to: 'won', at: day(10) },
        { dealId: 'b', from: null, to: 'qualification', at: day(0) },
        { dealId: 'b', from: 'qualification', to: 'lost', at: day(2) },
        { dealId: 'c', from: null, to: 'qualification', at: day(1) },
        { dealId: 'd', from: null, to: 'proposal', at: day(0) },
        { dealId: 'd', from: 'proposal', to: 'qualification', at: day(3) },
        { dealId: 'd', from: 'qualification', to: 'proposal', at: day(4) },
      ],
      stages,
    );
    const q = flow.find((f) => f.stage === 'qualification');
    // a forward, b lost, c still there, d came back then moved forward: 2 of 4
    expect(q).toEqual({
      stage: 'qualification',
      entered: 4,
      forward: 2,
      conversion: 0.5,
      medianDays: 2,
      stays: 3,
    });
    const p = flow.find((f) => f.stage === 'proposal');
    // a forward (6 days), d went back (3 days) and sits there again
    expect(p).toEqual({
      stage: 'proposal',
      entered: 2,
      forward: 1,
      conversion: 0.5,
      medianDays: 4.5,
      stays: 2,
    });
    expect(flow.map((f) => f.stage)).toEqual(['qualification', 'needs_analysis', 'proposal', 'negotiation']);
    expect(flow[1]).toMatchObject({ entered: 0, conversion: null, medianDays: null });
  });
});

describe('interactionTrend', () => {
  it('bins by week and finds a rising trend', () => {
    const now = day(28);
    const at = [
      day(1),
      day(8),
      day(9),
      day(15),
      day(16),
      day(17),
      day(22),
      day(23),
      day(24),
      day(25),
      day(40),
    ];
    const t = interactionTrend(at, now, 4);
    expect(t.weeks.map((w) => w.count)).toEqual([1, 2, 3, 4]);
    expect(t.slope).toBe(1);
    expect(t.direction).toBe('rising');
    expect(t.weeks[0]!.start).toBe('2026-01-01');
    expect(interactionTrend([], now, 4)).toMatchObject({ slope: 0, direction: 'flat' });
  });
});

describe('closeReasons', () => {
  it('groups reasons ignoring case, most frequent first', () => {
    const r = closeReasons(
      [
        { stage: 'lost', reason: 'Preis', value: 100 },
        { stage: 'lost', reason: ' preis ', value: 50 },
        { stage: 'lost', reason: 'Lieferzeit', value: 500 },
        { stage: 'won', reason: 'Qualität', value: 10 },
        { stage: 'proposal', reason: 'x', value: 1 },
      ],
      stages,
    );
    expect(r.lost).toEqual([
      { reason: 'Preis', deals: 2, value: 150 },
      { reason: 'Lieferzeit', deals: 1, value: 500 },
    ]);
    expect(r.won).toEqual([{ reason: 'Qualität', deals: 1, value: 10 }]);
  });
});
