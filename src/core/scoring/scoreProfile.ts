import { meetsCondition, valueAt } from './conditions';
import { decayFactor } from './decayFactor';
import type {
  EngagementRule,
  FitRule,
  ProfileScore,
  ScoreLine,
  ScoringEvent,
  ScoringRule,
  ScoringSubject,
} from './scoringModel';

const round2 = (n: number): number => Math.round(n * 100) / 100 + 0;

/** The value a fit condition reads: `persona`, `company.<field>` or a trait. */
function subjectValue(subject: ScoringSubject, field: string): unknown {
  if (field === 'persona')
    return subject.personas.length > 0 ? subject.personas : valueAt(subject.traits, field);
  if (field.startsWith('company.')) {
    const key = field.slice('company.'.length);
    const fromCompany = subject.company ? valueAt(subject.company, key) : undefined;
    return fromCompany ?? valueAt(subject.traits, field);
  }
  return valueAt(subject.traits, field);
}

export function fitMatches(rule: FitRule, subject: ScoringSubject): boolean {
  return rule.conditions.every((c) => meetsCondition(subjectValue(subject, c.field), c));
}

export function engagementMatches(rule: EngagementRule, event: ScoringEvent): boolean {
  if (rule.eventType !== null && rule.eventType !== event.type) return false;
  if (rule.eventName !== null && (event.name ?? '').toLowerCase() !== rule.eventName.toLowerCase())
    return false;
  if (rule.touchpointId !== null && rule.touchpointId !== event.touchpointId) return false;
  if (rule.urlContains !== null && !(event.url ?? '').toLowerCase().includes(rule.urlContains.toLowerCase()))
    return false;
  return rule.conditions.every((c) => meetsCondition(valueAt(event.properties, c.field), c));
}

function engagementLine(rule: EngagementRule, events: ScoringEvent[], now: Date): ScoreLine | null {
  const matched: { event: ScoringEvent; points: number }[] = [];
  for (const event of events) {
    if (!engagementMatches(rule, event)) continue;
    const factor = decayFactor(rule.decay, now.getTime() - event.occurredAt.getTime());
    // An event whose points have expired (linear decay) is no longer part of the explanation.
    if (factor <= 0) continue;
    matched.push({ event, points: rule.points * factor });
  }
  if (matched.length === 0) return null;
  const raw = matched.reduce((sum, m) => sum + m.points, 0);
  const capped = rule.cap !== null && Math.abs(raw) > rule.cap;
  const points = capped ? Math.sign(raw) * (rule.cap ?? 0) : raw;
  const latest = [...matched]
    .sort((a, b) => b.event.occurredAt.getTime() - a.event.occurredAt.getTime())
    .slice(0, 5);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    kind: 'engagement',
    points: round2(points),
    count: matched.length,
    capped,
    events: latest.map((m) => ({
      id: m.event.id,
      occurredAt: m.event.occurredAt.toISOString(),
      points: round2(m.points),
    })),
  };
}

/**
 * A person's lead score under a workspace's rules at `now`: fit points from who they are, engagement
 * points from what they did (each event's points times its rule's decay factor, the rule's sum cut to
 * its cap), and the lines that explain it. Totals are sums of the rounded lines, so the explanation
 * always adds up to the score shown.
 *
 * @example
 * scoreProfile([{ kind: 'engagement', id: 'r1', name: 'Demo', eventType: 'form_submit', eventName: null,
 *   touchpointId: null, urlContains: null, conditions: [], points: 20, cap: null, decay: { kind: 'none' } }],
 *   { traits: {}, company: null, personas: [] }, events, new Date())
 * // { total: 20, fit: 0, engagement: 20, lines: [...] } for one form submission
 */
export function scoreProfile(
  rules: readonly ScoringRule[],
  subject: ScoringSubject,
  events: readonly ScoringEvent[],
  now: Date,
): ProfileScore {
  const lines: ScoreLine[] = [];
  const list = [...events];
  for (const rule of rules) {
    if (rule.kind === 'fit') {
      if (fitMatches(rule, subject) && rule.points !== 0)
        lines.push({
          ruleId: rule.id,
          ruleName: rule.name,
          kind: 'fit',
          points: round2(rule.points),
          count: 1,
          capped: false,
          events: [],
        });
    } else {
      const line = engagementLine(rule, list, now);
      if (line && line.points !== 0) lines.push(line);
    }
  }
  const sumOf = (kind: 'fit' | 'engagement') =>
    round2(lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.points, 0));
  const fit = sumOf('fit');
  const engagement = sumOf('engagement');
  lines.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.ruleName.localeCompare(b.ruleName));
  return { total: round2(fit + engagement), fit, engagement, lines };
}
