import type { Kysely, Selectable } from 'kysely';
import type { Deleted } from '../contract/common';
import type { TouchpointJourneys, TouchpointLink, TouchpointLinkInput } from '../contract/touchpointLinks';
import { checkTouchpointLink, journeysOf, linkHistoryEntries } from '../core/touchpointLinks';
import { err, ok, type Result } from '../core/result';
import type { Database, TouchpointLinksTable } from '../db/schema';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';

/**
 * The workspace's "leads to" links, oldest first; with a persona only those of that persona's journey
 * and those for every persona.
 *
 * @example await listTouchpointLinks(ctx, { personaId }) // [{ fromTouchpointId, toTouchpointId, … }]
 */
export async function listTouchpointLinks(
  ctx: WorkspaceContext,
  query: { personaId?: string | undefined } = {},
): Promise<TouchpointLink[]> {
  let q = ctx.db
    .selectFrom('touchpoint_links')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at')
    .orderBy('id');
  const personaId = query.personaId;
  if (personaId !== undefined)
    q = q.where((eb) => eb.or([eb('persona_id', 'is', null), eb('persona_id', '=', personaId)]));
  return (await q.execute()).map(toLink);
}

/** Loads what a new link is checked against, decides in the core, then stores it. */
export async function createTouchpointLink(
  ctx: WorkspaceContext,
  input: TouchpointLinkInput,
): Promise<Result<TouchpointLink>> {
  const ends = {
    fromTouchpointId: input.fromTouchpointId,
    toTouchpointId: input.toTouchpointId,
    personaId: input.personaId ?? null,
  };
  const [touchpoints, personas, existing] = await Promise.all([
    ctx.db
      .selectFrom('touchpoints')
      .select(['id', 'name'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', [ends.fromTouchpointId, ends.toTouchpointId])
      .execute(),
    ends.personaId === null
      ? Promise.resolve([])
      : ctx.db
          .selectFrom('personas')
          .select(['id', 'name'])
          .where('workspace_id', '=', ctx.workspaceId)
          .where('id', '=', ends.personaId)
          .execute(),
    ctx.db
      .selectFrom('touchpoint_links')
      .select(['from_touchpoint_id', 'to_touchpoint_id', 'persona_id'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('from_touchpoint_id', '=', ends.fromTouchpointId)
      .where('to_touchpoint_id', '=', ends.toTouchpointId)
      .execute(),
  ]);
  const checked = checkTouchpointLink(ends, {
    touchpointIds: new Set(touchpoints.map((t) => t.id)),
    personaIds: new Set(personas.map((p) => p.id)),
    existing: existing.map((e) => ({
      fromTouchpointId: e.from_touchpoint_id,
      toTouchpointId: e.to_touchpoint_id,
      personaId: e.persona_id,
    })),
  });
  if (!checked.ok) return checked;
  // A concurrent request may have stored the same link since the check: the unique constraint decides.
  const row = await ctx.db.transaction().execute(async (trx) => {
    const stored = await trx
      .insertInto('touchpoint_links')
      .values({
        workspace_id: ctx.workspaceId,
        from_touchpoint_id: ends.fromTouchpointId,
        to_touchpoint_id: ends.toTouchpointId,
        persona_id: ends.personaId,
        label: input.label ?? '',
        created_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.constraint('touchpoint_links_once').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (stored) {
      const names = Object.fromEntries(touchpoints.map((t) => [t.id, t.name]));
      await recordLinkHistory(ctx, trx, 'link_added', toLink(stored), names, personas[0]?.name ?? null);
    }
    return stored;
  });
  if (!row)
    return err('conflict', 'These touchpoints are linked already', {
      field: 'toTouchpointId',
      fromTouchpointId: ends.fromTouchpointId,
      toTouchpointId: ends.toTouchpointId,
    });
  return ok(toLink(row));
}

/** Deletes a link and tells both touchpoints' histories, in one transaction. */
export async function deleteTouchpointLink(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('touchpoint_links')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!gone) return undefined;
    const [touchpoints, persona] = await Promise.all([
      trx
        .selectFrom('touchpoints')
        .select(['id', 'name'])
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', 'in', [gone.from_touchpoint_id, gone.to_touchpoint_id])
        .execute(),
      gone.persona_id === null
        ? Promise.resolve(undefined)
        : trx
            .selectFrom('personas')
            .select('name')
            .where('workspace_id', '=', ctx.workspaceId)
            .where('id', '=', gone.persona_id)
            .executeTakeFirst(),
    ]);
    const names = Object.fromEntries(touchpoints.map((t) => [t.id, t.name]));
    await recordLinkHistory(ctx, trx, 'link_removed', toLink(gone), names, persona?.name ?? null);
    return gone;
  });
  return row ? ok({ id: row.id }) : err('not_found', 'Link not found', { id });
}

async function recordLinkHistory(
  ctx: WorkspaceContext,
  trx: Kysely<Database>,
  action: 'link_added' | 'link_removed',
  link: TouchpointLink,
  names: Record<string, string>,
  personaName: string | null,
): Promise<void> {
  for (const entry of linkHistoryEntries(action, link, names, personaName))
    await recordHistory(
      ctx,
      { entityType: 'touchpoint', entityId: entry.touchpointId, action, changes: entry.changes },
      trx,
    );
}

/**
 * The journeys the links form, for every persona or one persona's journey; links touching a retired
 * touchpoint are left out, as the map leaves the touchpoint out.
 *
 * @example await getTouchpointJourneys(ctx, {}) // { entries, paths, cycles, truncated }
 */
export async function getTouchpointJourneys(
  ctx: WorkspaceContext,
  query: { personaId?: string | undefined } = {},
): Promise<TouchpointJourneys> {
  const [links, retired] = await Promise.all([
    listTouchpointLinks(ctx, query),
    ctx.db
      .selectFrom('touchpoints')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('retired_at', 'is not', null)
      .execute(),
  ]);
  const gone = new Set(retired.map((r) => r.id));
  return journeysOf(links.filter((l) => !gone.has(l.fromTouchpointId) && !gone.has(l.toTouchpointId)));
}

function toLink(r: Selectable<TouchpointLinksTable>): TouchpointLink {
  return {
    id: r.id,
    fromTouchpointId: r.from_touchpoint_id,
    toTouchpointId: r.to_touchpoint_id,
    personaId: r.persona_id,
    label: r.label,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  };
}
