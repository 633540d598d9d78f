import { describe, expect, it } from 'vitest';
import { decayFactor } from '../../src/core/scoring/decayFactor';
import { scoreProfile } from '../../src/core/scoring/scoreProfile';
import type { EngagementRule, ScoringEvent, ScoringRule } from '../../src/core/scoring/scoringModel';

const DAY = 86_400_000;
const now = new Date('2026-12-01T00:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

function engagement(over: Partial<EngagementRule> & Pick<EngagementRule, 'id' | 'points'>): EngagementRule {
  return {
    kind: 'engagement',
    name: over.id,
    eventType: null,
    eventName: null,
    touchpointId: null,
    urlContains: null,
    conditions: [],
    cap: null,
    decay: { kind: 'none' },
    ...over,
  };
}

let n = 0;
function event(type: string, daysAgo: number, over: Partial<ScoringEvent> = {}): ScoringEvent {
  n += 1;
  return {
    id: `e${n}`,
    type,
    name: null,
    touchpointId: null,
    url: null,
    properties: {},
    occurredAt: ago(daysAgo),
    ...over,
  };
}

const rules: ScoringRule[] = [
  {
    kind: 'fit',
    id: 'industry',
    name: 'Software or IT',
    conditions: [{ field: 'industry', operator: 'one_of', value: ['software', 'it'] }],
    points: 15,
  },
  {
    kind: 'fit',
    id: 'size',
    name: '50+ employees',
    conditions: [{ field: 'company.size', operator: 'gte', value: 50 }],
    points: 10,
  },
  {
    kind: 'fit',
    id: 'student',
    name: 'Student',
    conditions: [{ field: 'role', operator: 'contains', value: 'student' }],
    points: -20,
  },
  engagement({
    id: 'pricing',
    eventType: 'page_view',
    urlContains: '/pricing',
    points: 5,
    cap: 12,
    decay: { kind: 'half_life', days: 10 },
  }),
  engagement({ id: 'careers', eventType: 'page_view', urlContains: '/careers', points: -10 }),
  engagement({ id: 'demo', eventType: 'quote_request', points: 30, decay: { kind: 'linear', days: 30 } }),
  engagement({
    id: 'unsubscribe',
    eventType: 'email_unsubscribe',
    points: -15,
    decay: { kind: 'half_life', days: 30 },
  }),
];

const subject = {
  traits: { industry: ' Software ', role: 'Head of Marketing' },
  company: { size: 120 },
  personas: [],
};

describe('decay', () => {
  it('halves per half-life and runs out linearly', () => {
    expect(decayFactor({ kind: 'half_life', days: 10 }, 20 * DAY)).toBe(0.25);
    expect(decayFactor({ kind: 'linear', days: 30 }, 15 * DAY)).toBe(0.5);
    expect(decayFactor({ kind: 'linear', days: 30 }, 45 * DAY)).toBe(0);
    expect(decayFactor({ kind: 'none' }, 1000 * DAY)).toBe(1);
    expect(decayFactor({ kind: 'half_life', days: 10 }, -5 * DAY)).toBe(1);
  });
});

describe('scoreProfile, worked by hand', () => {
  it('adds fit, decayed engagement and negative points', () => {
    const events = [
      // pricing: 5 + 2.5 + 1.25 = 8.75 (under the cap of 12)
      event('page_view', 0, { url: 'https://x.de/pricing' }),
      event('page_view', 10, { url: 'https://x.de/pricing' }),
      event('page_view', 20, { url: 'https://x.de/Pricing?x=1' }),
      // careers: -10, no decay
      event('page_view', 100, { url: 'https://x.de/careers/jobs' }),
      // quote request: 30 * (1 - 15/30) = 15; the one 40 days old has expired
      event('quote_request', 15),
      event('quote_request', 40),
      // unrelated
      event('page_view', 1, { url: 'https://x.de/blog' }),
    ];
    const score = scoreProfile(rules, subject, events, now);
    expect(score.fit).toBe(25);
    expect(score.engagement).toBe(13.75);
    expect(score.total).toBe(38.75);
    expect(score.lines.map((l) => [l.ruleId, l.points, l.count])).toEqual([
      ['demo', 15, 1],
      ['industry', 15, 1],
      ['size', 10, 1],
      ['careers', -10, 1],
      ['pricing', 8.75, 3],
    ]);
  });

  it('cuts a rule at its cap, positive or negative', () => {
    const events = [0, 0, 10, 20].map((d) => event('page_view', d, { url: '/pricing' }));
    // 5 + 5 + 2.5 + 1.25 = 13.75 -> 12
    const pricing = scoreProfile(rules, { traits: {}, company: null, personas: [] }, events, now);
    expect(pricing.total).toBe(12);
    expect(pricing.lines[0]?.capped).toBe(true);
    const negative = [engagement({ id: 'neg', eventType: 'complaint', points: -4, cap: 10 })];
    const three = [0, 1, 2].map((d) => event('complaint', d));
    expect(scoreProfile(negative, { traits: {}, company: null, personas: [] }, three, now).total).toBe(-10);
  });

  it('takes an unsubscribe off with its half-life and a student off by role', () => {
    const score = scoreProfile(
      rules,
      { traits: { role: 'Student (Master)', industry: 'Retail' }, company: null, personas: [] },
      [event('email_unsubscribe', 30)],
      now,
    );
    // -20 (student) and -15 * 0.5 = -7.5
    expect(score).toMatchObject({ fit: -20, engagement: -7.5, total: -27.5 });
  });

  it('matches event properties and personas', () => {
    const byPlan = engagement({
      id: 'plan',
      eventType: 'conversion',
      points: 7,
      conditions: [{ field: 'plan', operator: 'equals', value: 'Pro' }],
    });
    const persona: ScoringRule = {
      kind: 'fit',
      id: 'persona',
      name: 'IT lead',
      conditions: [{ field: 'persona', operator: 'equals', value: 'IT-Leiterin' }],
      points: 12,
    };
    const score = scoreProfile(
      [byPlan, persona],
      { traits: {}, company: null, personas: ['IT-Leiterin'] },
      [
        event('conversion', 2, { properties: { plan: 'pro' } }),
        event('conversion', 2, { properties: { plan: 'free' } }),
      ],
      now,
    );
    expect(score.total).toBe(19);
    expect(score.lines.find((l) => l.ruleId === 'plan')?.events).toHaveLength(1);
  });

  it('explains itself: the lines add up to the total', () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      event(i % 2 ? 'page_view' : 'quote_request', i * 0.7, { url: '/pricing' }),
    );
    const score = scoreProfile(rules, subject, events, now);
    const sum = score.lines.reduce((s, l) => s + l.points, 0);
    expect(Math.round(sum * 100) / 100).toBe(score.total);
    for (const l of score.lines) expect(l.events.length).toBeLessThanOrEqual(5);
  });
});
