import { sql } from 'kysely';
import type { AccountTimelinePage } from '../../contract/accounts';
import type { TimelineQuery } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { TIMESTAMP_TEXT, decodeCursor, encodeCursor, isTimelineKey } from '../profiles/keysetCursor';
import { activePhases } from '../profiles/touchpointPhases';

/**
 * The combined timeline of an account's people, newest first, a page at a time (keyset on
 * occurred_at and seq, as a person's timeline).
 *
 * @example await getAccountTimeline(ctx, companyId, { limit: 50 })
 */
export async function getAccountTimeline(
  ctx: WorkspaceContext,
  companyId: string,
  query: TimelineQuery,
): Promise<Result<AccountTimelinePage>> {
  const ws = ctx.workspaceId;
  const company = await ctx.db
    .selectFrom('companies')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('id', '=', companyId)
    .executeTakeFirst();
  if (!company) return err('not_found', 'Account not found', { id: companyId });
  let q = ctx.db
    .selectFrom('events as e')
    .innerJoin('profiles as p', (j) =>
      j.onRef('p.workspace_id', '=', 'e.workspace_id').onRef('p.id', '=', 'e.profile_id'),
    )
    .leftJoin('touchpoints as t', (j) =>
      j.onRef('t.workspace_id', '=', 'e.workspace_id').onRef('t.id', '=', 'e.touchpoint_id'),
    )
    .select([
      'e.event_id',
      'e.seq',
      'e.type',
      'e.name',
      'e.occurred_at',
      'e.touchpoint_id',
      't.name as touchpoint_name',
      'e.channel',
      'e.url',
      'e.revenue',
      'e.properties',
      'p.id as profile_id',
      'p.name as profile_name',
      sql<string>`to_char(e.occurred_at at time zone 'UTC', ${TIMESTAMP_TEXT})`.as('at_key'),
    ])
    .where('e.workspace_id', '=', ws)
    .where('p.company_id', '=', companyId)
    .where('p.merged_into', 'is', null);
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isTimelineKey);
    if (!key.ok) return key;
    const [at, seq] = key.value;
    q = q
      .where(sql<boolean>`e.occurred_at <= ${at}::timestamptz`)
      .where(sql<boolean>`(e.occurred_at, e.seq) < (${at}::timestamptz, ${seq}::bigint)`);
  }
  const [rows, phases] = await Promise.all([
    q
      .orderBy('e.occurred_at', 'desc')
      .orderBy('e.seq', 'desc')
      .limit(query.limit + 1)
      .execute(),
    activePhases(ctx.db, ws),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return ok({
    items: page.map((e) => ({
      eventId: e.event_id,
      type: e.type,
      name: e.name,
      occurredAt: e.occurred_at.toISOString(),
      touchpointId: e.touchpoint_id,
      touchpointName: e.touchpoint_name,
      phase: e.touchpoint_id ? (phases.ofTouchpoint.get(e.touchpoint_id) ?? null) : null,
      channel: e.channel,
      url: e.url,
      revenue: e.revenue === null ? null : Number(e.revenue),
      properties: e.properties,
      profileId: e.profile_id,
      profileName: e.profile_name,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.at_key, Number(last.seq)]) : null,
  });
}
