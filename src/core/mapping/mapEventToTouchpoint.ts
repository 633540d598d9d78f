import { globMatch } from './globMatch';

/** A workspace's rule: every condition that is set must hold. Text conditions are globs (`*`). */
export interface TouchpointRule {
  touchpointId: string;
  position: number;
  eventType: string | null;
  channel: string | null;
  urlPattern: string | null;
  referrerPattern: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
}

/** What the rules look at in an event; the channel is the classified one. */
export interface MappableEvent {
  type: string;
  channel?: string | null | undefined;
  url?: string | null | undefined;
  referrer?: string | null | undefined;
  utmSource?: string | null | undefined;
  utmMedium?: string | null | undefined;
  utmCampaign?: string | null | undefined;
}

const withoutScheme = (url: string) => url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');

/** URL patterns may be written with or without the scheme: `www.example.com/kontakt*` works too. */
const urlMatches = (pattern: string, url: string | null | undefined) =>
  !!url && (globMatch(pattern, url) || globMatch(pattern, withoutScheme(url)));

const textMatches = (pattern: string, value: string | null | undefined) =>
  value !== null && value !== undefined && globMatch(pattern, value);

export function ruleMatches(rule: TouchpointRule, event: MappableEvent): boolean {
  return (
    (rule.eventType === null || rule.eventType === event.type) &&
    (rule.channel === null || textMatches(rule.channel, event.channel)) &&
    (rule.urlPattern === null || urlMatches(rule.urlPattern, event.url)) &&
    (rule.referrerPattern === null || urlMatches(rule.referrerPattern, event.referrer)) &&
    (rule.utmSource === null || textMatches(rule.utmSource, event.utmSource)) &&
    (rule.utmMedium === null || textMatches(rule.utmMedium, event.utmMedium)) &&
    (rule.utmCampaign === null || textMatches(rule.utmCampaign, event.utmCampaign))
  );
}

/**
 * The touchpoint of the first rule (lowest position; ties keep the given order) whose conditions all
 * hold, or null: the event stays unmapped and visible as such.
 *
 * @example
 * mapEventToTouchpoint(rules, { type: 'page_view', url: 'https://example.com/messe/2026' })
 */
export function mapEventToTouchpoint(rules: readonly TouchpointRule[], event: MappableEvent): string | null {
  let best: TouchpointRule | undefined;
  for (const rule of rules)
    if ((best === undefined || rule.position < best.position) && ruleMatches(rule, event)) best = rule;
  return best?.touchpointId ?? null;
}
