import type { EventType } from '../../core/events/eventVocabulary';

/** Events of the Segment Spec (and common names for them) that mean a Touchpoint event type. */
const SPEC_EVENTS: Record<string, EventType> = {
  'order completed': 'order',
  'form submitted': 'conversion',
  'lead generated': 'conversion',
};

const COMPLAINT = /\bcomplain(t|ts|ed)?\b/;
const SERVICE_REQUEST =
  /\b(service|support) (request|ticket|case)s? ?(created|opened|submitted)?\b|\bticket (created|opened|submitted)\b/;

/** A workspace's own line of the table: a track event name (or glob) and the Touchpoint type it means. */
export interface EventNameMapping {
  /** An exact name or a glob where `*` stands for any characters; case, `_`, `-` and spaces do not matter. */
  pattern: string;
  type: EventType;
  /** The conversion point a `conversion` is counted for; the event's own name when null. */
  conversionPoint: string | null;
  /** The property that holds the amount; the Spec's `revenue`, else `total`, for an `order` when null. */
  revenueProperty: string | null;
}

/** What a track event becomes: its type and, from the workspace's table, how to read it. */
export interface TrackEventMeaning {
  type: EventType;
  conversionPoint: string | null;
  revenueProperty: string | null;
  /** Which table decided: the workspace's own (`own`, with the line's index), the built-in one, or none. */
  by: 'own' | 'built_in' | 'default';
  /** The index of the own line that matched. */
  line?: number;
}

/** The workspace's lines, compiled once so the hot batch route only runs string compares and regexes. */
export interface CompiledEventNameMappings {
  readonly exact: ReadonlyMap<string, number>;
  readonly globs: readonly { index: number; test: RegExp }[];
  readonly lines: readonly EventNameMapping[];
}

/** Case, `_`, `-` and runs of spaces do not matter (`order_completed` is what some RudderStack setups send). */
export function normalEventName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

const EMPTY: CompiledEventNameMappings = { exact: new Map(), globs: [], lines: [] };

/**
 * Prepares a workspace's lines for {@link meaningOfTrackEvent}, in the order they are tried (by position).
 * For an exact name the first line wins; a glob is tried only when no exact line matched.
 *
 * @example
 * const own = compileEventNameMappings([{ pattern: 'Demo Booked', type: 'meeting', conversionPoint: null, revenueProperty: null }]);
 * meaningOfTrackEvent('demo_booked', own).type // 'meeting'
 */
export function compileEventNameMappings(lines: readonly EventNameMapping[]): CompiledEventNameMappings {
  if (lines.length === 0) return EMPTY;
  const exact = new Map<string, number>();
  const globs: { index: number; test: RegExp }[] = [];
  lines.forEach((line, index) => {
    const normal = normalEventName(line.pattern);
    if (!normal.includes('*')) {
      if (!exact.has(normal)) exact.set(normal, index);
      return;
    }
    const source = normal
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    globs.push({ index, test: new RegExp(`^${source}$`) });
  });
  return { exact, globs, lines };
}

/**
 * What a Segment `track` event means: the workspace's own table first (an exact line, then the first
 * glob that matches), then the built-in table (the Spec's semantic events, complaints and service
 * requests where the name says so), `custom` otherwise.
 *
 * @example
 * meaningOfTrackEvent('Order Completed')              // { type: 'order', by: 'built_in', ... }
 * meaningOfTrackEvent('Trial Started', compileEventNameMappings([
 *   { pattern: 'trial *', type: 'conversion', conversionPoint: 'trial', revenueProperty: null },
 * ]))                                                   // { type: 'conversion', conversionPoint: 'trial', by: 'own', line: 0 }
 */
export function meaningOfTrackEvent(name: string, own: CompiledEventNameMappings = EMPTY): TrackEventMeaning {
  const normal = normalEventName(name);
  if (own.lines.length > 0) {
    let index = own.exact.get(normal);
    if (index === undefined) index = own.globs.find((g) => g.test.test(normal))?.index;
    const line = index === undefined ? undefined : own.lines[index];
    if (line && index !== undefined)
      return {
        type: line.type,
        conversionPoint: line.conversionPoint,
        revenueProperty: line.revenueProperty,
        by: 'own',
        line: index,
      };
  }
  const builtIn = builtInTypeOf(normal);
  return {
    type: builtIn ?? 'custom',
    conversionPoint: null,
    revenueProperty: null,
    by: builtIn ? 'built_in' : 'default',
  };
}

function builtInTypeOf(normal: string): EventType | undefined {
  const spec = SPEC_EVENTS[normal];
  if (spec) return spec;
  if (COMPLAINT.test(normal)) return 'complaint';
  if (SERVICE_REQUEST.test(normal)) return 'service_request';
  return undefined;
}

/**
 * The Touchpoint type of a Segment `track` event by its name, by the built-in table (or the workspace's
 * own lines first, when given): the Spec's semantic events that have a Touchpoint meaning, complaints
 * and service requests where the name says so, `custom` otherwise.
 *
 * @example
 * touchpointTypeOfTrackEvent('Order Completed')      // 'order'
 * touchpointTypeOfTrackEvent('Complaint Submitted')  // 'complaint'
 * touchpointTypeOfTrackEvent('Video Played')         // 'custom'
 */
export function touchpointTypeOfTrackEvent(name: string, own?: CompiledEventNameMappings): EventType {
  return meaningOfTrackEvent(name, own).type;
}
