/**
 * The segment definition language (version 1): a tree of groups over conditions on a profile, its
 * account, its events and its mailings. Saved as JSON; the contract's zod schema describes the same
 * shape (src/contract/segments.ts), and `checkSegmentDefinition` holds the rules zod cannot express.
 */

export const SEGMENT_DEFINITION_VERSION = 1;
/** Groups nest at most this deep, the root group counting as 1: deeper trees are unreadable in a builder. */
export const MAX_SEGMENT_DEPTH = 3;
/** Conditions (leaves) in one definition: each is a predicate, and event ones a subquery per profile. */
export const MAX_SEGMENT_CONDITIONS = 30;
/** The longest look-back of an event condition, in days (about ten years). */
export const MAX_SEGMENT_DAYS = 3660;
/** The most mailings an e-mail condition looks back over. */
export const MAX_SEGMENT_MAILINGS = 50;

export const textOperators = [
  'eq',
  'neq',
  'contains',
  'starts_with',
  'exists',
  'not_exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
] as const;
export type TextOperator = (typeof textOperators)[number];
export const dateOperators = [
  'gt',
  'gte',
  'lt',
  'lte',
  'within_days',
  'older_than_days',
  'exists',
  'not_exists',
] as const;
export type DateOperator = (typeof dateOperators)[number];
export const numberOperators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;
export type NumberOperator = (typeof numberOperators)[number];
export type SegmentOperator = TextOperator | DateOperator;

/** One value, or a list for `in`; no value for `exists` / `not_exists`. */
export type SegmentValue = string | number | boolean | string[];

/** A trait the tracker's identify call or an import set on the profile (`traits.<key>`). */
export interface TraitCondition {
  kind: 'trait';
  key: string;
  operator: TextOperator;
  value?: SegmentValue | undefined;
}

export const profileTextFields = ['email', 'email_domain', 'name', 'current_phase', 'user_id'] as const;
export const profileNumberFields = ['revenue', 'event_count'] as const;
export const profileDateFields = ['first_seen_at', 'last_seen_at'] as const;
export const profileFields = [...profileTextFields, ...profileNumberFields, ...profileDateFields] as const;
export type ProfileField = (typeof profileFields)[number];

/** A column of the profile; dates compare with ISO days or `within_days` / `older_than_days`. */
export interface ProfileCondition {
  kind: 'profile';
  field: ProfileField;
  operator: SegmentOperator;
  value?: SegmentValue | undefined;
}

export const accountFields = ['name', 'domain', 'property'] as const;
export type AccountField = (typeof accountFields)[number];

/** The profile's account (company): its name, domain or one of its properties (`key`). */
export interface AccountCondition {
  kind: 'account';
  field: AccountField;
  /** The property's name, for `field: 'property'`. */
  key?: string | undefined;
  operator: TextOperator;
  value?: SegmentValue | undefined;
}

export const frequencies = ['at_least', 'at_most', 'exactly'] as const;
export type Frequency = (typeof frequencies)[number];

/** A property of the event itself (`properties.<key>`). */
export interface EventPropertyCondition {
  key: string;
  operator: TextOperator;
  value?: SegmentValue | undefined;
}

/**
 * "Did (or did not) an event … at least / at most / exactly N times within the last D days (or between
 * two days)". Without `days`, `from` and `to`, every event counts.
 */
export interface EventCondition {
  kind: 'event';
  /** false: the profile did not do it that often ("did not visit pricing in 30 days"). */
  did: boolean;
  eventType?: string | undefined;
  eventName?: string | undefined;
  touchpointId?: string | undefined;
  urlContains?: string | undefined;
  property?: EventPropertyCondition | undefined;
  frequency: Frequency;
  times: number;
  days?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const emailActions = ['opened', 'clicked', 'unsubscribed'] as const;
export type EmailAction = (typeof emailActions)[number];

/**
 * "Opened / clicked (at least `atLeast` of) the last N mailings" of the workspace, or "unsubscribed" from
 * any mailing (or is on the suppression list as unsubscribed).
 */
export interface EmailCondition {
  kind: 'email';
  action: EmailAction;
  /** How many of the workspace's latest sent mailings to look at (opened, clicked); default 1. */
  lastMailings?: number | undefined;
  /** Of those, how many the person must have opened / clicked; default all of them. */
  atLeast?: number | undefined;
}

export type SegmentCondition =
  TraitCondition | ProfileCondition | AccountCondition | EventCondition | EmailCondition;

/** `all`: every child holds; `any`: at least one; `not`: none of them. */
export interface SegmentGroup {
  kind: 'all' | 'any' | 'not';
  conditions: SegmentNode[];
}

export type SegmentNode = SegmentCondition | SegmentGroup;

export interface SegmentDefinition {
  version: 1;
  kind: 'all' | 'any' | 'not';
  conditions: SegmentNode[];
}

export const isGroup = (node: SegmentNode): node is SegmentGroup =>
  node.kind === 'all' || node.kind === 'any' || node.kind === 'not';
