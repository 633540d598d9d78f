import type { z } from 'zod';
import type { Db } from '../../db/database';
import {
  eventInputSchema,
  type FieldError,
  type IngestResult,
  type RejectedEvent,
  type ValidEvent,
} from '../../contract/events';
import { classifyChannel } from '../../core/channels/classifyChannel';
import { mapEventToTouchpoint, type TouchpointRule } from '../../core/mapping/mapEventToTouchpoint';
import { ipNetwork } from '../../core/privacy/ipNetwork';
import { writeEventRows, type EventRow } from './eventWriter';
import { fastValidEvent } from './fastEvent';
import { foreignTouchpointIds } from './knownTouchpoints';
import { mappingRulesFor } from './mappingRules';
import { notify } from './notify';

export type EventSource = 'api' | 'tracker' | 'import' | 'email' | 'segment';

export interface IngestOptions {
  source: EventSource;
  /** The sender's address; only its network (/24, /48) is stored, as `properties.ip_network`. */
  ip?: string | undefined;
}

/** Rows per write; an import may hand over more at once. */
const CHUNK = 1000;

/**
 * Validates, classifies, maps and stores events of one workspace. Every valid event is stored (a
 * retried one only once, by its `eventId`), every invalid one is reported by its index with the
 * fields at fault. When the promise resolves, the stored events are committed in PostgreSQL.
 * Shared by the HTTP collector, the tracker, CSV imports and the e-mail engine.
 *
 * @example
 * const result = await ingestEvents(db, workspaceId, [
 *   { eventId: 'ord-4711', type: 'order', userId: 'crm-42', revenue: { amount: 1200, currency: 'EUR' } },
 * ], { source: 'import' });
 * // { accepted: 1, duplicates: 0, rejected: [] }
 */
export async function ingestEvents(
  db: Db,
  workspaceId: string,
  events: readonly unknown[],
  options: IngestOptions,
): Promise<IngestResult> {
  const rejected: RejectedEvent[] = [];
  const valid: { index: number; event: ValidEvent }[] = [];
  events.forEach((raw, index) => {
    const fast = fastValidEvent(raw);
    if (fast) {
      valid.push({ index, event: fast });
      return;
    }
    const parsed = eventInputSchema.safeParse(raw);
    if (parsed.success) valid.push({ index, event: parsed.data });
    else rejected.push(rejection(index, raw, fieldErrors(parsed.error)));
  });

  const named = valid.flatMap((v) => (v.event.touchpointId ? [v.event.touchpointId] : []));
  const foreign = named.length ? await foreignTouchpointIds(db, workspaceId, named) : new Set<string>();
  const rules = valid.length ? await mappingRulesFor(db, workspaceId) : [];
  const network = options.ip ? ipNetwork(options.ip) : null;
  const rows: EventRow[] = [];
  for (const { index, event } of valid) {
    if (event.touchpointId && foreign.has(event.touchpointId))
      rejected.push(
        rejection(index, event, [
          { field: 'touchpointId', message: 'is not a touchpoint of this workspace' },
        ]),
      );
    else rows.push(toRow(workspaceId, event, rules, options.source, network));
  }
  rejected.sort((a, b) => a.index - b.index);

  let accepted = 0;
  const chunks: Promise<boolean[]>[] = [];
  for (let at = 0; at < rows.length; at += CHUNK) chunks.push(writeEventRows(db, rows.slice(at, at + CHUNK)));
  for (const stored of await Promise.all(chunks)) for (const s of stored) if (s) accepted++;
  // Inside a transaction (an import) the caller announces the events once they are committed.
  if (accepted > 0 && !db.isTransaction) notify(workspaceId);
  return { accepted, duplicates: rows.length - accepted, rejected };
}

function rejection(index: number, raw: unknown, errors: FieldError[]): RejectedEvent {
  const eventId = (raw as { eventId?: unknown } | null)?.eventId;
  return typeof eventId === 'string' ? { index, eventId: eventId.slice(0, 100), errors } : { index, errors };
}

function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => ({ field: at ? `${at}.${k}` : k, message: 'is not a known field' }));
    return [{ field: at || 'event', message: issue.message }];
  });
}

function toRow(
  workspaceId: string,
  e: ValidEvent,
  rules: readonly TouchpointRule[],
  source: EventSource,
  network: string | null,
): EventRow {
  const utm = e.utm;
  const { channel, channelClass } = classifyChannel({
    utmSource: utm?.source,
    utmMedium: utm?.medium,
    referrer: e.referrer,
    url: e.url,
    channel: e.channel,
    eventType: e.type,
  });
  const touchpointId =
    e.touchpointId ??
    mapEventToTouchpoint(rules, {
      type: e.type,
      channel,
      url: e.url,
      referrer: e.referrer,
      utmSource: utm?.source,
      utmMedium: utm?.medium,
      utmCampaign: utm?.campaign,
    });
  // Fields without a column of their own travel in the properties.
  const extra = {
    ...(utm?.term !== undefined && { utm_term: utm.term }),
    ...(utm?.content !== undefined && { utm_content: utm.content }),
    ...(e.revenue && { revenue_currency: e.revenue.currency }),
    ...(network && { ip_network: network }),
  };
  const properties = Object.keys(extra).length ? { ...e.properties, ...extra } : (e.properties ?? {});
  return {
    workspace_id: workspaceId,
    event_id: e.eventId,
    type: e.type,
    name: e.name ?? null,
    occurred_at: e.timestamp ?? new Date().toISOString(),
    anonymous_id: e.anonymousId ?? null,
    user_id: e.userId ?? null,
    session_id: e.sessionId ?? null,
    touchpoint_id: touchpointId,
    channel,
    channel_class: channelClass,
    url: e.url ?? null,
    referrer: e.referrer ?? null,
    utm_source: utm?.source ?? null,
    utm_medium: utm?.medium ?? null,
    utm_campaign: utm?.campaign ?? null,
    properties,
    revenue: e.revenue ? Math.round(e.revenue.amount * 100) / 100 : null,
    source,
  };
}
