import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/demo/live/dice';
import {
  betterGroupShare,
  marketMirrorLinks,
  marketMirrorProgress,
  marketMirrorQuestions,
  scoreMarketMirror,
  type MarketMirrorQuestion,
} from '../../src/core/marketMirror';

const question = (key: string): MarketMirrorQuestion => {
  const q = marketMirrorQuestions.find((x) => x.key === key);
  if (!q) throw new Error(key);
  return q;
};
const share = (questionKey: string, optionKey: string) =>
  question(questionKey).options.find((o) => o.key === optionKey)?.study ?? null;

describe('the market study as data', () => {
  it('has the figures the issue quotes, as the study prints them', () => {
    expect(share('lead_handover', 'defined_process')).toEqual({ percent: 38, qualifier: 'exact' });
    expect(share('new_vs_returning', 'yes')).toEqual({ percent: 13, qualifier: 'exact' });
    expect(share('pipeline', 'none')).toEqual({ percent: 31, qualifier: 'exact' });
    expect(share('journey_owner', 'marketing_alone')).toEqual({ percent: 50, qualifier: 'more_than' });
    expect(share('holistic_journey', 'no_plans')?.inWords?.de).toBe('ein Viertel');
    expect(share('content_media', 'mostly_classic')).toEqual({ percent: 20, qualifier: 'less_than' });
  });

  it('shows no figure where the study prints none, not even a remainder', () => {
    expect(share('strategy_priority', 'not_top_five')).toBeNull();
    expect(share('digital_transformation', 'no')).toBeNull();
    expect(share('new_vs_returning', 'planned')).toBeNull();
  });

  it('is consistent: unique keys, a better group and a known screen for every question', () => {
    const keys = marketMirrorQuestions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(marketMirrorQuestions.map((q) => q.number)).toEqual([
      1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    for (const q of marketMirrorQuestions) {
      const options = q.options.map((o) => o.key);
      expect(new Set(options).size, q.key).toBe(options.length);
      expect(
        q.options.some((o) => o.better),
        q.key,
      ).toBe(true);
      expect(
        q.options.some((o) => !o.better),
        q.key,
      ).toBe(true);
      expect(marketMirrorLinks).toContain(q.closedBy.link);
      const printed = q.options.reduce((sum, o) => sum + (o.study?.percent ?? 0), 0);
      // One company gives one answer: the printed shares of a question cannot add up to more than all.
      expect(printed, q.key).toBeLessThanOrEqual(100);
    }
  });

  it('gives the better group its share only when the study prints all of it', () => {
    expect(betterGroupShare(question('lead_handover'))).toEqual({ percent: 38, qualifier: 'exact' });
    // Top management (ca. 20 %) and a dedicated team (no figure): no share for the group.
    expect(betterGroupShare(question('journey_owner'))).toBeNull();
  });
});

describe('scoreMarketMirror', () => {
  it('scores a worked example: 2 of 4 answered questions in the better group', () => {
    const result = scoreMarketMirror({
      lead_handover: 'defined_process',
      pipeline: 'none',
      new_vs_returning: 'yes',
      persona_content: 'target_groups',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        answered: 4,
        questions: 14,
        atOrAbove: 2,
        share: 0.5,
        // In question order, not in the order of the answers.
        results: [
          {
            questionKey: 'new_vs_returning',
            answer: 'yes',
            sameAnswer: { percent: 13, qualifier: 'exact' },
            better: true,
          },
          {
            questionKey: 'persona_content',
            answer: 'target_groups',
            sameAnswer: { percent: 29, qualifier: 'exact' },
            better: false,
          },
          {
            questionKey: 'lead_handover',
            answer: 'defined_process',
            sameAnswer: { percent: 38, qualifier: 'exact' },
            better: true,
          },
          {
            questionKey: 'pipeline',
            answer: 'none',
            sameAnswer: { percent: 31, qualifier: 'exact' },
            better: false,
          },
        ],
        gaps: [
          { questionKey: 'persona_content', answer: 'target_groups', link: '/personas' },
          { questionKey: 'pipeline', answer: 'none', link: '/customers' },
        ],
      },
    });
  });

  it('refuses an unknown question, an unknown answer and an empty assessment, naming the field', () => {
    expect(scoreMarketMirror({ pipline: 'none' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: { field: 'answers.pipline' } },
    });
    expect(scoreMarketMirror({ pipeline: 'maybe' })).toMatchObject({
      ok: false,
      error: { details: { field: 'answers.pipeline' } },
    });
    expect(scoreMarketMirror({})).toMatchObject({ ok: false, error: { details: { field: 'answers' } } });
  });

  it('gives every answer of the better group a full score', () => {
    const best = Object.fromEntries(
      marketMirrorQuestions.map((q) => [q.key, q.options.find((o) => o.better)?.key ?? '']),
    );
    const result = scoreMarketMirror(best);
    expect(result.ok && [result.value.share, result.value.gaps]).toEqual([1, []]);
  });
});

describe('marketMirrorProgress', () => {
  it('names the gaps closed and opened between two assessments', () => {
    const first = scoreMarketMirror({
      lead_handover: 'every_lead',
      pipeline: 'none',
      persona_content: 'personas',
    });
    const second = scoreMarketMirror({
      lead_handover: 'defined_process',
      pipeline: 'none',
      persona_content: 'target_groups',
      new_vs_returning: 'yes',
    });
    if (!first.ok || !second.ok) throw new Error('scored');
    expect(marketMirrorProgress(first.value, second.value)).toEqual({
      shareChange: 0.5 - 1 / 3,
      closedGaps: ['lead_handover'],
      newGaps: ['persona_content'],
    });
  });
});

describe('scoreMarketMirror on random assessments', () => {
  /** Some questions answered, each with a random option; the rest left open. */
  function randomAnswers(next: () => number): Record<string, string> {
    const answers: Record<string, string> = {};
    for (const q of marketMirrorQuestions) {
      if (next() < 0.3) continue;
      const o = q.options[Math.floor(next() * q.options.length)];
      if (o) answers[q.key] = o.key;
    }
    return answers;
  }

  it('agrees with counting the better answers by hand', () => {
    const next = seededRandom(12);
    for (let run = 0; run < 500; run++) {
      const answers = randomAnswers(next);
      const chosen = Object.entries(answers).map(
        ([q, a]) => question(q).options.find((o) => o.key === a)?.better ?? false,
      );
      const result = scoreMarketMirror(answers);
      if (chosen.length === 0) {
        expect(result.ok).toBe(false);
        continue;
      }
      if (!result.ok) throw new Error(result.error.message);
      const better = chosen.filter(Boolean).length;
      expect(result.value.answered).toBe(chosen.length);
      expect(result.value.atOrAbove).toBe(better);
      expect(result.value.share).toBeCloseTo(better / chosen.length, 12);
      expect(result.value.gaps.map((g) => g.questionKey).sort()).toEqual(
        Object.keys(answers)
          .filter((_, i) => !chosen[i])
          .sort(),
      );
    }
  });
});
