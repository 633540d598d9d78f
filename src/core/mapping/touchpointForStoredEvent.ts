import {
  mapEventToTouchpoint,
  ruleMatches,
  type MappableEvent,
  type TouchpointRule,
} from './mapEventToTouchpoint';

/**
 * The touchpoint a stored, unmapped event gets when rules are applied to the past: what ingestion
 * would give it today (the first matching rule by position), restricted to the events `onlyRule`
 * matches when one rule is applied. So applying one rule never hands an event to that rule's
 * touchpoint when an earlier rule claims it, exactly as for a new event.
 *
 * @example
 * touchpointForStoredEvent(rules, rules[2], { type: 'page_view', url: 'https://example.com/karriere' })
 */
export function touchpointForStoredEvent(
  rules: readonly TouchpointRule[],
  onlyRule: TouchpointRule | null,
  event: MappableEvent,
): string | null {
  if (onlyRule !== null && !ruleMatches(onlyRule, event)) return null;
  return mapEventToTouchpoint(rules, event);
}
