/**
 * The vocabulary of lead scoring (issue 14). A workspace's rules give points for who a person is (fit:
 * traits, company, persona) and for what they do (engagement: events), negative points included.
 * Engagement points fade with the event's age (`decay`); each rule may cap what it adds up to.
 */

/** How a condition compares a value: text comparisons ignore case and surrounding spaces. */
export type ConditionOperator = 'equals' | 'not_equals' | 'one_of' | 'contains' | 'exists' | 'gte' | 'lte';

/**
 * A condition on one field. For fit rules the field is a trait (`industry`, `role`), a company field
 * (`company.size`, `company.industry`, any `company.<property>`) or `persona`; for engagement rules it is
 * an event property (`plan`, `page.section`).
 */
export interface FieldCondition {
  field: string;
  operator: ConditionOperator;
  /** Text for equals/contains, a list for one_of, a number for gte/lte, unused for exists. */
  value: string | number | string[] | null;
}

/**
 * How engagement points fade: `half_life` halves them every `days` days (exponential), `linear` takes
 * them down in a straight line to zero at `days` days, after which the event no longer counts.
 */
export type Decay = { kind: 'none' } | { kind: 'half_life'; days: number } | { kind: 'linear'; days: number };

export interface FitRule {
  kind: 'fit';
  id: string;
  name: string;
  /** Every condition must hold (and). */
  conditions: FieldCondition[];
  points: number;
}

export interface EngagementRule {
  kind: 'engagement';
  id: string;
  name: string;
  /** Event type (`page_view`, `form_submit`, …); null: any type. */
  eventType: string | null;
  /** Event name (a track event's name, a conversion point); null: any. */
  eventName: string | null;
  touchpointId: string | null;
  /** Part of the page address (`/careers`); null: any. */
  urlContains: string | null;
  /** Conditions on the event's properties; every one must hold. */
  conditions: FieldCondition[];
  /** Per matching event, before decay; negative for behaviour that speaks against buying. */
  points: number;
  /** The most (in absolute value) the rule adds up to, after decay; null: no cap. */
  cap: number | null;
  decay: Decay;
}

export type ScoringRule = FitRule | EngagementRule;

/** What fit rules read about a person. */
export interface ScoringSubject {
  traits: Record<string, unknown>;
  company: Record<string, unknown> | null;
  /** Persona names the person was assigned to (by a trait `persona`); compared like text. */
  personas: string[];
}

/** What engagement rules read about an event. */
export interface ScoringEvent {
  /** Identifies the event in explanations (the event id). */
  id: string;
  type: string;
  name: string | null;
  touchpointId: string | null;
  url: string | null;
  properties: Record<string, unknown>;
  occurredAt: Date;
}

/** One line of a score's explanation: a rule and what it gave. */
export interface ScoreLine {
  ruleId: string;
  ruleName: string;
  kind: 'fit' | 'engagement';
  /** Points after decay and cap, rounded to hundredths. */
  points: number;
  /** Matching events (engagement) or 1 (fit). */
  count: number;
  /** True when the cap cut the rule's points. */
  capped: boolean;
  /** The most recent matching events with their points after decay (at most five). */
  events: { id: string; occurredAt: string; points: number }[];
}

export interface ProfileScore {
  total: number;
  fit: number;
  engagement: number;
  /** Rules that gave points (non-zero), largest absolute first. */
  lines: ScoreLine[];
}
