import { describe, it, expect } from 'vitest';
import {
  parseAnswerList,
  quickcheckInterfaces,
  quickcheckLabelFor,
  quickcheckMatrix,
  quickcheckNeedCategories,
  quickcheckQuestions,
  scoreQuickcheck,
  type QuickcheckAnswer,
  type QuickcheckResultRow,
} from '../../src/core/quickcheck';

const S = 'sehr-wichtig';
const W = 'wichtig';
const L = 'weniger-wichtig';
const U = 'unwichtig';

function scored(answers: readonly QuickcheckAnswer[]): QuickcheckResultRow[] {
  const result = scoreQuickcheck(answers);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function row(rows: readonly QuickcheckResultRow[], name: string): QuickcheckResultRow {
  const found = rows.find((r) => r.interface === name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

const summary = (r: QuickcheckResultRow) => [r.rank, r.interface, r.percent, r.label];

/**
 * A B2B company that cares about reach, cost savings, relationship, credibility and entry costs.
 * Expected figures worked out by hand from the matrix of weights.json (checked with a node one-off).
 */
const mixed: QuickcheckAnswer[] = [W, L, S, S, W, S, L, U, S, L, W, U, S, W];
const mixedWithoutRunningCosts: QuickcheckAnswer[] = [...mixed.slice(0, 13), U];

describe('Quickcheck weights', () => {
  it('has 14 need categories x 23 interfaces with weights 0-3 and no interface without weights', () => {
    expect(quickcheckNeedCategories).toHaveLength(14);
    expect(quickcheckInterfaces).toHaveLength(23);
    expect(quickcheckMatrix).toHaveLength(14);
    for (const weights of quickcheckMatrix) {
      expect(weights).toHaveLength(23);
      for (const weight of weights) expect([0, 1, 2, 3]).toContain(weight);
    }
    for (const [t] of quickcheckInterfaces.entries()) {
      expect(quickcheckMatrix.some((weights) => (weights[t] ?? 0) > 0)).toBe(true);
    }
  });

  it('asks one question per need category, in matrix order, with unique keys', () => {
    expect(quickcheckQuestions.map((q) => q.categoryDe)).toEqual([...quickcheckNeedCategories]);
    expect(new Set(quickcheckQuestions.map((q) => q.key)).size).toBe(14);
  });
});

describe('scoreQuickcheck', () => {
  it('gives every interface 100.0 % when every need is "sehr wichtig", in file order', () => {
    const rows = scored(Array<QuickcheckAnswer>(14).fill(S));
    expect(rows.map((r) => r.interface)).toEqual([...quickcheckInterfaces]);
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    for (const r of rows) {
      expect(r.percent).toBe(100);
      expect(r.label).toBe('Sehr empfehlenswert');
      expect(r.labelKey).toBe('very_recommended');
      expect(r.points).toBe(r.maxPoints);
    }
    // Column sums of the matrix times 6: Augmented Reality 19 * 6, Track and Trace 10 * 6, Online-Shop 29 * 6.
    expect(row(rows, 'Augmented Reality').maxPoints).toBe(114);
    expect(row(rows, 'Track and Trace (Sendungsverfolgung)').maxPoints).toBe(60);
    expect(row(rows, 'eigener Online-Shop').maxPoints).toBe(174);
  });

  it('gives every interface 0.0 % "eher uninteressant" when nothing matters, in file order', () => {
    const rows = scored(Array<QuickcheckAnswer>(14).fill(U));
    expect(rows.map((r) => r.interface)).toEqual([...quickcheckInterfaces]);
    for (const r of rows) {
      expect(r.percent).toBe(0);
      expect(r.points).toBe(0);
      expect(r.label).toBe('eher uninteressant');
      expect(r.labelKey).toBe('not_interesting');
      expect(r.why).toEqual([]);
    }
  });

  it('ranks a mixed profile by exact percent', () => {
    // Bewertungsportale by hand:
    //   answer points  4 2 6 6 4 6 2 0 6 2 4 0 6 4
    //   weights        0 2 2 1 1 1 2 0 3 0 0 0 3 3   (sum 18, max 6 * 18 = 108)
    //   products       0 4 12 6 4 6 4 0 18 0 0 0 18 12 = 84  ->  84 / 108 = 77.78 %
    // Blogs 74 / 96 = 77.08 %, Newsletter (Email) 94 / 126 = 74.60 %,
    // Chatbots 78 / 150 = 52.00 %, Track and Trace 30 / 60 = 50.00 % (exactly on the 50 threshold).
    const rows = scored(mixed);
    expect(rows.slice(0, 3).map(summary)).toEqual([
      [1, 'Bewertungsportale', 77.8, 'empfehlenswert'],
      [2, 'Blogs', 77.1, 'empfehlenswert'],
      [3, 'Newsletter (Email)', 74.6, 'empfehlenswert'],
    ]);
    expect(rows.slice(-2).map(summary)).toEqual([
      [22, 'Chatbots', 52, 'bedingt empfehlenswert'],
      [23, 'Track and Trace (Sendungsverfolgung)', 50, 'bedingt empfehlenswert'],
    ]);
    expect(row(rows, 'Bewertungsportale')).toMatchObject({
      points: 84,
      maxPoints: 108,
      labelKey: 'recommended',
    });
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('keeps the file order for interfaces with exactly the same percent', () => {
    // Mixed profile: Foren 88 / 120 and Instant Messenger 88 / 120 (both 73.33 %).
    const rows = scored(mixed);
    expect(rows.slice(4, 6).map(summary)).toEqual([
      [5, 'Foren', 73.3, 'empfehlenswert'],
      [6, 'Instant Messenger', 73.3, 'empfehlenswert'],
    ]);
    // Without running costs four interfaces with different maxima land on exactly 2/3:
    // Bewertungsportale 72 / 108, Emails 76 / 114, Foren 80 / 120, Social Media 100 / 150.
    const tied = scored(mixedWithoutRunningCosts).slice(1, 5);
    expect(tied.map((r) => [r.rank, r.interface, r.points, r.maxPoints, r.percent])).toEqual([
      [2, 'Bewertungsportale', 72, 108, 66.7],
      [3, 'Emails', 76, 114, 66.7],
      [4, 'Foren', 80, 120, 66.7],
      [5, 'Social Media', 100, 150, 66.7],
    ]);
  });

  it('ranks by the exact percent, not the rounded one', () => {
    // Website 74 / 156 = 47.436 % and Emails 54 / 114 = 47.368 % both show 47.4; Website wins
    // although Emails comes first in the file.
    const rows = scored([S, U, S, L, W, L, U, L, L, L, S, S, W, L]);
    expect(rows.slice(12, 14).map((r) => [r.rank, r.interface, r.points, r.maxPoints, r.percent])).toEqual([
      [13, 'Website', 74, 156, 47.4],
      [14, 'Emails', 54, 114, 47.4],
    ]);
  });

  it('rounds the percent to one decimal, half up', () => {
    // Only 24/7 availability "weniger wichtig": Blogs 2 * 3 = 6 of 96 = 6.25 % -> 6.3.
    const rows = scored([U, L, U, U, U, U, U, U, U, U, U, U, U, U]);
    expect(rows.slice(0, 2).map((r) => [r.interface, r.points, r.maxPoints, r.percent])).toEqual([
      ['Track and Trace (Sendungsverfolgung)', 6, 60, 10],
      ['Blogs', 6, 96, 6.3],
    ]);
  });

  it('labels at the thresholds 80 / 65 / 50 inclusively', () => {
    // Instant Messenger 96 / 120 = 80 %, Live-Chat 78 / 120 = 65 %, Track and Trace 30 / 60 = 50 %,
    // Augmented Reality 56 / 114 = 49.12 %, Sprachassistenten 80 / 126 = 63.49 %.
    const rows = scored([S, U, L, S, L, W, W, W, U, L, S, S, S, S]);
    expect(row(rows, 'Instant Messenger')).toMatchObject({
      rank: 1,
      percent: 80,
      label: 'Sehr empfehlenswert',
    });
    expect(row(rows, 'Live-Chat')).toMatchObject({ percent: 65, label: 'empfehlenswert' });
    expect(row(rows, 'Sprachassistenten')).toMatchObject({ percent: 63.5, label: 'bedingt empfehlenswert' });
    expect(row(rows, 'Track and Trace (Sendungsverfolgung)')).toMatchObject({
      percent: 50,
      label: 'bedingt empfehlenswert',
    });
    expect(row(rows, 'Augmented Reality')).toMatchObject({ percent: 49.1, label: 'eher uninteressant' });
  });

  it('labels by the exact percent', () => {
    // With the current weights no reachable percent lies within 0.05 below a threshold (the closest is
    // Augmented Reality at 74 / 114 = 64.91 %), so the difference only shows on the label function itself.
    expect(quickcheckLabelFor(80).label).toBe('Sehr empfehlenswert');
    expect(quickcheckLabelFor(79.96).label).toBe('empfehlenswert');
    expect(quickcheckLabelFor(65).key).toBe('recommended');
    expect(quickcheckLabelFor(64.96).key).toBe('conditionally_recommended');
    expect(quickcheckLabelFor(50).key).toBe('conditionally_recommended');
    expect(quickcheckLabelFor(49.96).key).toBe('not_interesting');
    expect(quickcheckLabelFor(0).key).toBe('not_interesting');
  });

  it('counts the 14th answer (the public web version drops it)', () => {
    // Running costs "wichtig" (4) instead of "unwichtig" (0): Bewertungsportale gains 4 * 3 = 12 points
    // (72 -> 84 of 108), Chatbots 4 * 1 (74 -> 78 of 150) and moves out of "eher uninteressant".
    // Track and Trace has weight 0 there and does not move (30 / 60).
    const before = scored(mixedWithoutRunningCosts);
    const after = scored(mixed);
    expect(row(before, 'Bewertungsportale')).toMatchObject({ points: 72, maxPoints: 108, percent: 66.7 });
    expect(row(after, 'Bewertungsportale')).toMatchObject({ points: 84, maxPoints: 108, percent: 77.8 });
    expect(row(before, 'Chatbots')).toMatchObject({ percent: 49.3, label: 'eher uninteressant' });
    expect(row(after, 'Chatbots')).toMatchObject({ percent: 52, label: 'bedingt empfehlenswert' });
    expect(row(before, 'Track and Trace (Sendungsverfolgung)').percent).toBe(50);
    expect(row(after, 'Track and Trace (Sendungsverfolgung)').percent).toBe(50);
    expect(before[0]?.interface).toBe('Blogs');
    expect(after[0]?.interface).toBe('Bewertungsportale');
  });

  it('explains each row with the three answers that contributed most', () => {
    const rows = scored(mixed);
    // Bewertungsportale: credibility 6 * 3 = 18, entry costs 6 * 3 = 18, then reach 6 * 2 = 12 and
    // running costs 4 * 3 = 12 tie; the earlier question (reach) wins.
    expect(row(rows, 'Bewertungsportale').why).toEqual([
      {
        questionKey: 'credibility',
        categoryDe: 'Steigerung der Glaubwürdigkeit',
        categoryEn: 'Building credibility',
        answer: S,
        contribution: 18,
      },
      {
        questionKey: 'low_entry_costs',
        categoryDe: 'Geringe Einstiegskosten',
        categoryEn: 'Low entry costs',
        answer: S,
        contribution: 18,
      },
      {
        questionKey: 'reach',
        categoryDe: 'Reichweite',
        categoryEn: 'Reach and visibility',
        answer: S,
        contribution: 12,
      },
    ]);
    // Track and Trace: cost and time 6 * 2 = 12, 24/7 2 * 3 = 6, relationship 6 * 1 = 6.
    expect(
      row(rows, 'Track and Trace (Sendungsverfolgung)').why.map((w) => [
        w.questionKey,
        w.answer,
        w.contribution,
      ]),
    ).toEqual([
      ['cost_and_time_savings', S, 12],
      ['availability_24_7', L, 6],
      ['customer_relationship', S, 6],
    ]);
  });

  it('leaves zero contributions out of why', () => {
    // Only 24/7 availability counts: Blogs gets a single reason.
    const rows = scored([U, L, U, U, U, U, U, U, U, U, U, U, U, U]);
    expect(row(rows, 'Blogs').why).toEqual([
      {
        questionKey: 'availability_24_7',
        categoryDe: '24/7 Verfügbarkeit',
        categoryEn: '24/7 availability',
        answer: L,
        contribution: 6,
      },
    ]);
  });

  it('requires all 14 answers', () => {
    const short = scoreQuickcheck(mixed.slice(0, 13));
    expect(short.ok).toBe(false);
    if (short.ok) return;
    expect(short.error.code).toBe('validation_failed');
    expect(short.error.message).toContain('got 13');
    expect(scoreQuickcheck([...mixed, S]).ok).toBe(false);
  });

  it('rejects an unknown value by position', () => {
    const answers = [...mixed] as string[];
    answers[4] = 'egal';
    const result = scoreQuickcheck(answers as QuickcheckAnswer[]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation_failed');
    expect(result.error.message).toContain('Answer 5');
    expect(result.error.details).toMatchObject({ position: 5 });
  });
});

describe('parseAnswerList', () => {
  const text = mixed.join(',');

  it('parses 14 comma-separated slugs', () => {
    expect(parseAnswerList(text)).toEqual({ ok: true, value: mixed });
  });

  it('forgives case, blanks and the German labels', () => {
    const result = parseAnswerList(` Sehr Wichtig ,${mixed.slice(1).join(' , ')}`);
    expect(result).toEqual({ ok: true, value: [S, ...mixed.slice(1)] });
  });

  it('says how many answers were given when the count is wrong', () => {
    for (const [input, given] of [
      [mixed.slice(0, 13).join(','), 13],
      [`${text},wichtig`, 15],
      ['', 0],
    ] as const) {
      const result = parseAnswerList(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('validation_failed');
      expect(result.error.message).toContain(`got ${given}`);
      expect(result.error.details).toMatchObject({ expected: 14, given });
    }
  });

  it('names the position and the allowed values of an unknown value', () => {
    const answers = [...mixed] as string[];
    answers[4] = 'egal';
    const result = parseAnswerList(answers.join(','));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation_failed');
    expect(result.error.message).toBe(
      'Answer 5 is "egal"; allowed values: sehr-wichtig, wichtig, weniger-wichtig, unwichtig.',
    );
    expect(result.error.details).toMatchObject({ position: 5, value: 'egal' });
  });
});
