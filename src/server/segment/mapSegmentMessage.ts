import type { EventInput, FieldError } from '../../contract/events';
import { ipNetwork } from '../../core/privacy/ipNetwork';
import { consentOfSegmentContext } from '../../core/segment/consentOfSegmentContext';
import {
  meaningOfTrackEvent,
  type CompiledEventNameMappings,
} from '../../core/segment/touchpointTypeOfTrackEvent';

export const segmentMessageTypes = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;
export type SegmentMessageType = (typeof segmentMessageTypes)[number];

export interface SegmentMappingOptions {
  /** The endpoint's type (`/v1/track`); a batch message names its own in `type`. */
  type?: SegmentMessageType | undefined;
  /** When the request arrived: the reference for correcting the sender's clock. */
  receivedAt: Date;
  /** The batch's `sentAt`, for messages that carry none of their own. */
  batchSentAt?: unknown;
  /** An event id for a message without `messageId` (the official clients always send one). */
  newId: () => string;
  /** The workspace's own event-name table, tried before the built-in one. */
  eventNames?: CompiledEventNameMappings | undefined;
  /**
   * The anonymous id of a message sent without consent, from the sender's id; it must not lead back to
   * it. A random id per message (`newId`) when not given.
   */
  idWithoutConsent?: ((senderId: string) => string) | undefined;
}

export type SegmentMapping =
  | {
      ok: true;
      /**
       * A /collect event; the ingest path checks it like any other. Null for a message about the person
       * (identify, group, alias) sent without consent to analytics: it is acknowledged and not stored.
       */
      event: EventInput | null;
      /** The Segment field each Touchpoint field came from, to report a refused event in the sender's terms. */
      sourceOf: Record<string, string>;
    }
  | { ok: false; errors: FieldError[] };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * One message of the Segment Spec (as Segment's and RudderStack's clients send it) as a Touchpoint
 * event: `page`/`screen` become `page_view`, `identify` an `identify` with the traits, `group` an
 * `identify` naming the person's company, `alias` an `identify` that joins the previous id to the user,
 * `track` the event type its name means (docs/tracking.md has the table) or `custom`. Fields the
 * mapping does not use stay in the properties; nothing is refused for being unknown. The client's clock
 * is corrected as Segment does: without `timestamp`, it is receivedAt - (sentAt - originalTimestamp).
 * A track's type comes from the workspace's own table first (`eventNames`). Without consent to analytics
 * (`context.consent`, src/core/segment/consentOfSegmentContext.ts) a message about the person is not
 * stored (`event: null`) and any other one is stored so that nothing joins it to the person.
 *
 * @example
 * mapSegmentMessage(
 *   { type: 'track', event: 'Order Completed', userId: 'u1', messageId: 'm1', properties: { total: 99, currency: 'eur' } },
 *   { receivedAt: new Date(), newId: randomUUID },
 * );
 * // { ok: true, event: { eventId: 'm1', type: 'order', name: 'Order Completed', userId: 'u1',
 * //   revenue: { amount: 99, currency: 'EUR' }, ... }, sourceOf: { ... } }
 */
export function mapSegmentMessage(message: unknown, options: SegmentMappingOptions): SegmentMapping {
  if (!isObject(message)) return fail('', 'must be an object (a Segment message)');
  const errors: FieldError[] = [];
  const type = messageTypeOf(message, options.type, errors);
  const context = objectField(message, 'context', errors) ?? {};
  const properties = objectField(message, 'properties', errors) ?? {};
  const sourceOf: Record<string, string> = { eventId: 'messageId' };

  const eventId = idOf(message, 'messageId', errors) ?? options.newId();
  const userId = idOf(message, 'userId', errors);
  const anonymousId = idOf(message, 'anonymousId', errors);
  const sessionId = idOf(context, 'sessionId', errors, 'context.sessionId');
  if (sessionId !== undefined) sourceOf.sessionId = 'context.sessionId';
  const timestamp = occurredAt(message, options, errors, sourceOf);

  const page = isObject(context.page) ? context.page : {};
  const ownUrl = webAddressOf(properties.url);
  const url = ownUrl ?? webAddressOf(page.url);
  sourceOf.url = ownUrl ? 'properties.url' : 'context.page.url';
  const ownReferrer = linkOf(properties.referrer);
  const referrer = ownReferrer ?? linkOf(page.referrer);
  sourceOf.referrer = ownReferrer ? 'properties.referrer' : 'context.page.referrer';
  const utm = utmOf(context.campaign);
  sourceOf.utm = 'context.campaign';
  sourceOf.properties = 'properties';

  // Built field by field: this runs for every message, and conditional spreads cost several times more.
  // `userAgent` and `locale` get properties of their own; the address is reduced to its network.
  const extra: Json = {};
  if (typeof context.userAgent === 'string') extra.user_agent = context.userAgent;
  if (typeof context.locale === 'string') extra.locale = context.locale;
  const network = typeof context.ip === 'string' ? ipNetwork(context.ip) : null;
  if (network) extra.ip_network = network;
  let rest: Json | undefined;
  for (const k in context)
    if (Object.hasOwn(context, k) && k !== 'ip' && k !== 'userAgent' && k !== 'locale')
      (rest ??= {})[k] = context[k];
  if (rest) extra.context = rest;

  const event: EventInput = { eventId, type: 'custom' };
  if (timestamp !== undefined) event.timestamp = timestamp;
  if (userId !== undefined) event.userId = userId;
  if (anonymousId !== undefined) event.anonymousId = anonymousId;
  if (sessionId !== undefined) event.sessionId = sessionId;
  if (url !== undefined) event.url = url;
  if (referrer !== undefined) event.referrer = referrer;
  if (utm) event.utm = utm;

  let mapped = false;
  switch (type) {
    case undefined:
      break;
    case 'page':
    case 'screen': {
      const name = textOf(message.name) ?? textOf(properties.name);
      sourceOf.name = 'name';
      event.type = 'page_view';
      if (name) event.name = name;
      event.properties = withExtra(properties, extra);
      mapped = true;
      break;
    }
    case 'identify': {
      const traits =
        objectField(message, 'traits', errors) ?? (isObject(context.traits) ? context.traits : {});
      sourceOf.properties = 'traits';
      event.type = 'identify';
      event.properties = withExtra({ traits }, extra);
      mapped = true;
      break;
    }
    case 'group': {
      const groupId = idOf(message, 'groupId', errors);
      const traits = objectField(message, 'traits', errors) ?? {};
      if (groupId === undefined) {
        required(errors, 'groupId', 'is required for group');
        break;
      }
      const domain = textOf(traits.domain) ?? hostOf(traits.website);
      const company = {
        ...traits,
        id: groupId,
        name: textOf(traits.name) ?? groupId,
        ...(domain && { domain }),
      };
      sourceOf.properties = 'traits';
      event.type = 'identify';
      event.name = 'group';
      event.properties = withExtra({ traits: { company } }, extra);
      mapped = true;
      break;
    }
    case 'alias': {
      const previousId = idOf(message, 'previousId', errors);
      if (previousId === undefined) required(errors, 'previousId', 'is required for alias');
      if (userId === undefined) required(errors, 'userId', 'is required for alias');
      if (previousId === undefined || userId === undefined) break;
      // The identity rules merge an anonymous profile into the user's: the previous id is that anonymous id.
      sourceOf.anonymousId = 'previousId';
      event.type = 'identify';
      event.name = 'alias';
      event.anonymousId = previousId;
      event.properties = withExtra({ previous_id: previousId, traits: {} }, extra);
      mapped = true;
      break;
    }
    case 'track': {
      const name = message.event;
      if (typeof name !== 'string' || name.trim() === '') {
        errors.push({ field: 'event', message: 'is required for track: the name of the event' });
        break;
      }
      sourceOf.name = 'event';
      const meaning = meaningOfTrackEvent(name, options.eventNames);
      event.type = meaning.type;
      event.name = name;
      const revenue =
        meaning.revenueProperty !== null
          ? ownRevenueOf(properties, meaning.revenueProperty, sourceOf)
          : event.type === 'order'
            ? revenueOf(properties, sourceOf)
            : undefined;
      if (revenue) event.revenue = revenue;
      const stored = withExtra(properties, extra);
      // The conversion point replaces the name; the sent name stays, so the event-name list still shows
      // it (also for a track mapped to a page view, which the list could not tell from a page otherwise).
      if (meaning.conversionPoint !== null && meaning.conversionPoint !== name) {
        event.name = meaning.conversionPoint;
        stored.segment_event = name;
      } else if (meaning.type === 'page_view') stored.segment_event = name;
      event.properties = stored;
      mapped = true;
      break;
    }
  }
  if (errors.length > 0 || !mapped) return { ok: false, errors };
  if (consentOfSegmentContext(context) === 'refused') {
    if (event.type === 'identify') return { ok: true, event: null, sourceOf };
    withoutConsent(event, options);
  }
  return { ok: true, event, sourceOf };
}

/**
 * Stored as the tracker's events before consent are: nothing that joins it to the person. The user id
 * and session go, the anonymous id is replaced by one that does not lead back, and `context.traits`
 * (Segment's copy of the person's traits) is dropped.
 */
function withoutConsent(event: EventInput, options: SegmentMappingOptions): void {
  const senderId = event.anonymousId ?? event.userId ?? '';
  event.anonymousId = options.idWithoutConsent ? options.idWithoutConsent(senderId) : options.newId();
  delete event.userId;
  delete event.sessionId;
  const properties = event.properties;
  const context = properties?.context;
  if (properties && isObject(context) && 'traits' in context) {
    const { traits: _traits, ...rest } = context;
    properties.context = rest;
  }
}

function fail(field: string, message: string): SegmentMapping {
  return { ok: false, errors: [{ field: field || 'message', message }] };
}

/** The message's own properties with what the mapping lifted out of `context`. */
function withExtra(own: Json, extra: Json): Json {
  const out: Json = { ...own };
  for (const k in extra) out[k] = extra[k];
  return out;
}

/** Says a field is missing, unless it was already named as having the wrong type. */
function required(errors: FieldError[], field: string, message: string): void {
  if (!errors.some((e) => e.field === field)) errors.push({ field, message });
}

function messageTypeOf(
  message: Json,
  fromEndpoint: SegmentMessageType | undefined,
  errors: FieldError[],
): SegmentMessageType | undefined {
  // The endpoint decides; clients repeat the type in the message and may spell it differently.
  if (fromEndpoint) return fromEndpoint;
  const t = message.type;
  const found = segmentMessageTypes.find((k) => typeof t === 'string' && t.toLowerCase() === k);
  if (!found)
    errors.push({
      field: 'type',
      message: `must be one of ${segmentMessageTypes.join(', ')}`,
    });
  return found;
}

function objectField(message: Json, key: string, errors: FieldError[]): Json | undefined {
  const v = message[key];
  if (v === undefined || v === null) return undefined;
  if (isObject(v)) return v;
  errors.push({ field: key, message: 'must be an object' });
  return undefined;
}

/** Segment ids are strings; some senders use numbers (a database key), which mean the same. */
function idOf(o: Json, key: string, errors: FieldError[], field = key): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  errors.push({ field, message: 'must be a string' });
  return undefined;
}

const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.slice(0, 200) : undefined;

/** Only addresses Touchpoint can use go into the URL column; anything else stays in the properties. */
function webAddressOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= 2048 && /^https?:\/\/[^\s/]+/i.test(v) ? v : undefined;
}

function linkOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= 2048 && /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v) ? v : undefined;
}

function hostOf(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    return new URL(/^[a-z]+:\/\//i.test(v) ? v : `https://${v}`).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** `context.campaign` is the Spec's UTM: `name` is utm_campaign. */
const UTM_FIELDS = [
  ['source', 'source'],
  ['medium', 'medium'],
  ['name', 'campaign'],
  ['term', 'term'],
  ['content', 'content'],
] as const;

function utmOf(campaign: unknown): EventInput['utm'] {
  if (!isObject(campaign)) return undefined;
  let utm: NonNullable<EventInput['utm']> | undefined;
  for (const [from, to] of UTM_FIELDS) {
    const v = textOf(campaign[from]);
    if (v) (utm ??= {})[to] = v;
  }
  return utm;
}

const amountOf = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
};

/** The Spec's revenue, else the order total; the Spec's currency defaults to USD. */
function revenueOf(properties: Json, sourceOf: Record<string, string>): EventInput['revenue'] {
  const fromRevenue = amountOf(properties.revenue);
  const amount = fromRevenue ?? amountOf(properties.total);
  if (amount === undefined) return undefined;
  sourceOf['revenue.amount'] = fromRevenue === undefined ? 'properties.total' : 'properties.revenue';
  sourceOf['revenue.currency'] = 'properties.currency';
  sourceOf.revenue = 'properties';
  const currency = typeof properties.currency === 'string' ? properties.currency.trim().toUpperCase() : 'USD';
  return { amount, currency };
}

/** A workspace's own revenue property (`properties.value`); the currency as the Spec says. */
function ownRevenueOf(
  properties: Json,
  key: string,
  sourceOf: Record<string, string>,
): EventInput['revenue'] {
  const amount = amountOf(properties[key]);
  if (amount === undefined) return undefined;
  sourceOf['revenue.amount'] = `properties.${key}`;
  sourceOf['revenue.currency'] = 'properties.currency';
  sourceOf.revenue = 'properties';
  const currency = typeof properties.currency === 'string' ? properties.currency.trim().toUpperCase() : 'USD';
  return { amount, currency };
}

function dateOf(v: unknown): number | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return null;
  // ISO 8601 without an offset: UTC, as JavaScript clients write it (Date#toISOString always has Z).
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}

function checkedDate(message: Json, key: string, errors: FieldError[]): number | null {
  const v = message[key];
  if (v === undefined || v === null) return null;
  const ms = dateOf(v);
  if (ms === null) errors.push({ field: key, message: 'must be an ISO 8601 date-time' });
  return ms;
}

function occurredAt(
  message: Json,
  options: SegmentMappingOptions,
  errors: FieldError[],
  sourceOf: Record<string, string>,
): string | undefined {
  const timestamp = checkedDate(message, 'timestamp', errors);
  const original = checkedDate(message, 'originalTimestamp', errors);
  const ownSentAt = checkedDate(message, 'sentAt', errors);
  if (timestamp !== null) {
    sourceOf.timestamp = 'timestamp';
    return new Date(timestamp).toISOString();
  }
  if (original === null) return undefined;
  sourceOf.timestamp = 'originalTimestamp';
  const sentAt = ownSentAt ?? dateOf(options.batchSentAt);
  const skew = sentAt === null ? 0 : sentAt - original;
  return new Date(options.receivedAt.getTime() - skew).toISOString();
}

/**
 * The Segment field behind a field of the mapped event (as the ingest path names it), so a refused
 * message is reported in the sender's terms.
 *
 * @example
 * segmentFieldOf({ name: 'event' }, 'name') // 'event'
 * segmentFieldOf({ utm: 'context.campaign' }, 'utm.campaign') // 'context.campaign'
 */
export function segmentFieldOf(sourceOf: Record<string, string>, field: string): string {
  return sourceOf[field] ?? sourceOf[field.split('.')[0] ?? field] ?? field;
}
