import { eventInputSchema, eventTypes, MAX_PROPERTIES_CHARS, type ValidEvent } from '../../contract/events';

/*
 * The hot path of ingestion: most events are well-formed, and checking them with the full zod schema
 * costs about 8–10 µs each. `fastValidEvent` accepts an event only when every field plainly passes the
 * same checks as `eventInputSchema` and returns what zod would return; whenever anything is unusual
 * (an unknown key, an undefined value, a surrogate, a limit reached, a non-plain object) it returns
 * null and the caller parses with zod, which also writes the error messages. So it never rejects and
 * never changes a message; it only accepts, faster, what zod accepts.
 */

const TYPES: ReadonlySet<string> = new Set(eventTypes);
const KEYS: ReadonlySet<string> = new Set(Object.keys(eventInputSchema.shape));
const UTM_KEYS: ReadonlySet<string> = new Set(['source', 'medium', 'campaign', 'term', 'content']);
const timestampSchema = eventInputSchema.shape.timestamp;
const touchpointIdSchema = eventInputSchema.shape.touchpointId;
/** The date-time pattern zod checks `timestamp` with (taken from the schema, so both stay in step). */
const ISO_DATETIME: RegExp | undefined = timestampSchema.unwrap()._zod.def.pattern;
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
const Y2000 = Date.UTC(2000, 0, 1);
const HTTP_URL = /^https?:\/\/[^\s/]+/i;
const ANY_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const CHANNEL = /^[a-z0-9_.-]+$/i;
const CURRENCY = /^[A-Z]{3}$/;
const UNSTORABLE_JSON = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** NUL or any surrogate (zod allows paired ones; those take the slow path); a regex beats a loop here. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNPLAIN = /[\u0000\ud800-\udfff]/;
/** The same, plus control characters (for `eventId`). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPLAIN_OR_CONTROL = /[\u0000-\u001f\u007f\ud800-\udfff]/;

function text(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length >= 1 && v.length <= max && !UNPLAIN.test(v);
}

function utmOf(v: unknown): ValidEvent['utm'] | null {
  if (!isPlainObject(v)) return null;
  const out: Record<string, string> = {};
  for (const k in v) {
    if (!Object.hasOwn(v, k)) return null;
    const s = v[k];
    if (!UTM_KEYS.has(k) || !text(s, 200)) return null;
    out[k] = s;
  }
  return out;
}

function propertiesOf(v: unknown): Record<string, unknown> | null {
  if (!isPlainObject(v) || Object.hasOwn(v, '__proto__')) return null;
  const out: Record<string, unknown> = {};
  for (const k in v) {
    if (!Object.hasOwn(v, k)) return null;
    const value = v[k];
    if (value === undefined) return null;
    out[k] = value;
  }
  const json = JSON.stringify(out);
  return json.length <= MAX_PROPERTIES_CHARS && !UNSTORABLE_JSON.test(json) ? out : null;
}

/** The event as `eventInputSchema` would return it, or null: then zod decides (and explains). */
export function fastValidEvent(raw: unknown): ValidEvent | null {
  if (!isPlainObject(raw)) return null;
  const out: Record<string, unknown> = {};
  for (const k in raw) {
    if (!Object.hasOwn(raw, k) || !KEYS.has(k)) return null;
    const v = raw[k];
    switch (k) {
      case 'eventId':
        if (typeof v !== 'string' || v.length < 1 || v.length > 100 || UNPLAIN_OR_CONTROL.test(v))
          return null;
        out[k] = v;
        break;
      case 'type':
        if (typeof v !== 'string' || !TYPES.has(v)) return null;
        out[k] = v;
        break;
      case 'name':
      case 'anonymousId':
      case 'userId':
      case 'sessionId':
        if (!text(v, 200)) return null;
        out[k] = v;
        break;
      case 'timestamp': {
        if (typeof v !== 'string' || !ISO_DATETIME?.test(v)) return null;
        const at = Date.parse(v);
        if (!(at <= Date.now() + MAX_FUTURE_MS && at >= Y2000)) return null;
        out[k] = v;
        break;
      }
      case 'touchpointId': {
        if (typeof v !== 'string') return null;
        const parsed = touchpointIdSchema.safeParse(v);
        if (!parsed.success || parsed.data === undefined) return null;
        out[k] = parsed.data;
        break;
      }
      case 'channel':
        if (!text(v, 100) || !CHANNEL.test(v)) return null;
        out[k] = v.toLowerCase();
        break;
      case 'url':
        if (typeof v !== 'string' || v.length > 2048 || !HTTP_URL.test(v) || UNPLAIN.test(v)) return null;
        out[k] = v;
        break;
      case 'referrer':
        if (typeof v !== 'string' || v.length > 2048 || !ANY_URL.test(v) || UNPLAIN.test(v)) return null;
        out[k] = v;
        break;
      case 'utm': {
        const utm = utmOf(v);
        if (!utm) return null;
        out[k] = utm;
        break;
      }
      case 'properties': {
        const properties = propertiesOf(v);
        if (!properties) return null;
        out[k] = properties;
        break;
      }
      case 'revenue': {
        if (!isPlainObject(v)) return null;
        const { amount, currency, ...rest } = v;
        if (Object.keys(rest).length > 0 || Object.keys(v).length !== 2) return null;
        if (typeof amount !== 'number' || !Number.isFinite(amount) || !(amount > -1e14 && amount < 1e14))
          return null;
        if (typeof currency !== 'string' || !CURRENCY.test(currency)) return null;
        out[k] = { amount, currency };
        break;
      }
      default:
        return null;
    }
  }
  if (out.eventId === undefined || out.type === undefined) return null;
  if (out.anonymousId === undefined && out.userId === undefined) return null;
  if (out.type === 'custom' && out.name === undefined) return null;
  return out as ValidEvent;
}
