import { assertUnreachable } from '../result';
import { mapEventToTouchpoint, type MappableEvent, type TouchpointRule } from './mapEventToTouchpoint';
import {
  conceptOfWord,
  concepts,
  socialNetworks,
  touchpointForConcepts,
  type Concept,
  type TouchpointCandidate,
} from './touchpointForConcepts';

/**
 * Unmapped events counted along one dimension: page host, host and first path segment, UTM source
 * and medium, or the channel of events without a page (calls, trade fairs). `people` counts distinct
 * profiles (or anonymous visitors) within the group.
 */
export type UnmappedTraffic = { events: number; people: number } & (
  | { kind: 'host'; host: string }
  | { kind: 'path'; host: string; segment: string }
  | { kind: 'utm'; utmSource: string; utmMedium: string | null }
  | { kind: 'channel'; channel: string }
);

export interface SuggestedConditions {
  urlPattern?: string;
  utmSource?: string;
  utmMedium?: string;
  channel?: string;
}

export interface MappingSuggestion {
  /** Stable while the traffic lasts, so a screen can keep track of what it already turned into a rule. */
  key: string;
  kind: UnmappedTraffic['kind'];
  conditions: SuggestedConditions;
  /** 0 for a rule that must be tried before the broader ones (a path before its host); else last. */
  position: number | null;
  /** Null: nothing in the workspace fits; the user picks the touchpoint. */
  touchpointId: string | null;
  events: number;
  people: number;
}

/** Media that say "paid search" or "newsletter" whatever the source. */
const paidMedia = new Set(['cpc', 'ppc', 'paid', 'paidsearch', 'paid_search', 'sea', 'ads']);
const emailMedia = new Set(['email', 'e-mail', 'newsletter', 'mail']);

function wantedFor(t: UnmappedTraffic): Concept[] {
  switch (t.kind) {
    case 'host': {
      // A sub-domain that names something (shop.example.com, karriere.example.com) comes first.
      const sub = t.host.split('.')[0] ?? '';
      const named = t.host.split('.').length > 2 ? conceptOfWord(sub) : null;
      return named ? [named, concepts.website] : [concepts.website];
    }
    case 'path': {
      const named = conceptOfWord(t.segment);
      return named && named !== concepts.website ? [named] : [];
    }
    case 'utm': {
      const source = t.utmSource.toLowerCase();
      const medium = t.utmMedium?.toLowerCase() ?? '';
      const wanted: Concept[] = [{ terms: [source], catalogueKeys: [] }];
      if (paidMedia.has(medium)) wanted.push(concepts.searchAds);
      if (emailMedia.has(medium) || emailMedia.has(source)) wanted.push(concepts.newsletter, concepts.email);
      if (socialNetworks.has(source)) wanted.push(concepts.social);
      const named = conceptOfWord(source);
      if (named) wanted.push(named);
      return wanted;
    }
    case 'channel': {
      const named = conceptOfWord(t.channel);
      return named ? [{ terms: [t.channel.toLowerCase()], catalogueKeys: [] }, named] : [];
    }
    default:
      return assertUnreachable(t);
  }
}

function conditionsOf(t: UnmappedTraffic): SuggestedConditions {
  switch (t.kind) {
    case 'host':
      return { urlPattern: `${t.host}/*` };
    case 'path':
      return { urlPattern: `${t.host}/${t.segment}*` };
    case 'utm':
      return t.utmMedium === null
        ? { utmSource: t.utmSource }
        : { utmSource: t.utmSource, utmMedium: t.utmMedium };
    case 'channel':
      return { channel: t.channel };
    default:
      return assertUnreachable(t);
  }
}

/** An event like those the traffic counts, to ask the existing rules whether they cover it already. */
function sampleOf(t: UnmappedTraffic): MappableEvent {
  switch (t.kind) {
    case 'host':
      return { type: 'page_view', url: `https://${t.host}/` };
    case 'path':
      return { type: 'page_view', url: `https://${t.host}/${t.segment}` };
    case 'utm':
      return { type: 'page_view', utmSource: t.utmSource, utmMedium: t.utmMedium };
    case 'channel':
      return { type: 'custom', channel: t.channel };
    default:
      return assertUnreachable(t);
  }
}

const keyOf = (t: UnmappedTraffic): string => {
  switch (t.kind) {
    case 'host':
      return `host:${t.host}`;
    case 'path':
      return `path:${t.host}/${t.segment}`;
    case 'utm':
      return `utm:${t.utmSource}/${t.utmMedium ?? ''}`;
    case 'channel':
      return `channel:${t.channel}`;
    default:
      return assertUnreachable(t);
  }
};

const order: Record<UnmappedTraffic['kind'], number> = { path: 0, utm: 1, channel: 2, host: 3 };

/**
 * Rules worth writing for the events no rule maps yet, each with the touchpoint of the workspace that
 * fits best and the events and people it would cover. A host's page views go to the website (or to
 * what its sub-domain names), a path segment only when a touchpoint of its own fits it (a careers
 * page), a UTM source to the touchpoint named like it (LinkedIn) or to what its medium says (paid
 * search, newsletter), a channel only when a touchpoint fits it. Traffic an existing rule covers
 * already is left out (its events predate the rule: apply that rule to them instead). Specific rules
 * come first, then by the events they cover.
 *
 * @example
 * suggestMappingRules(
 *   [{ kind: 'host', host: 'www.example.com', events: 120, people: 40 }],
 *   [{ id: 'tp-web', name: 'Website', catalogueKey: 'website', type: '' }],
 *   [],
 * ) // [{ key: 'host:www.example.com', conditions: { urlPattern: 'www.example.com/*' }, touchpointId: 'tp-web', … }]
 */
export function suggestMappingRules(
  traffic: readonly UnmappedTraffic[],
  touchpoints: readonly TouchpointCandidate[],
  rules: readonly TouchpointRule[],
): MappingSuggestion[] {
  const hostTouchpoint = new Map<string, string | null>();
  for (const t of traffic)
    if (t.kind === 'host')
      hostTouchpoint.set(t.host, touchpointForConcepts(wantedFor(t), touchpoints)?.id ?? null);
  const suggestions: MappingSuggestion[] = [];
  for (const t of traffic) {
    if (t.events <= 0 || mapEventToTouchpoint(rules, sampleOf(t)) !== null) continue;
    const touchpointId = touchpointForConcepts(wantedFor(t), touchpoints)?.id ?? null;
    const specific = t.kind === 'path' || t.kind === 'utm';
    // A path only deserves a rule of its own when it goes somewhere its host's rule would not.
    if (t.kind === 'path' && (touchpointId === null || hostTouchpoint.get(t.host) === touchpointId)) continue;
    if (t.kind === 'channel' && touchpointId === null) continue;
    suggestions.push({
      key: keyOf(t),
      kind: t.kind,
      conditions: conditionsOf(t),
      position: specific ? 0 : null,
      touchpointId,
      events: t.events,
      people: t.people,
    });
  }
  return suggestions.sort(
    (a, b) => order[a.kind] - order[b.kind] || b.events - a.events || a.key.localeCompare(b.key),
  );
}
