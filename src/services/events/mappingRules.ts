import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { TouchpointMappingRulesTable } from '../../db/schema';
import type { MappingRule, MappingRuleInput, MappingRulePatch } from '../../contract/events';
import type { TouchpointRule } from '../../core/mapping/mapEventToTouchpoint';
import { err, ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { deleteWithHistory } from '../deleteWithHistory';
import type { Deleted } from '../../contract/common';

type Row = Selectable<TouchpointMappingRulesTable>;

/** A stored rule as the API and the mapping core see it. */
export const toRule = (r: Row): MappingRule => ({
  id: r.id,
  touchpointId: r.touchpoint_id,
  position: r.position,
  eventType: r.event_type,
  channel: r.channel,
  urlPattern: r.url_pattern,
  referrerPattern: r.referrer_pattern,
  utmSource: r.utm_source,
  utmMedium: r.utm_medium,
  utmCampaign: r.utm_campaign,
  createdAt: r.created_at.toISOString(),
});

function columns(p: MappingRulePatch) {
  return {
    ...(p.touchpointId !== undefined && { touchpoint_id: p.touchpointId }),
    ...(p.position !== undefined && { position: p.position }),
    ...(p.eventType !== undefined && { event_type: p.eventType }),
    ...(p.channel !== undefined && { channel: p.channel }),
    ...(p.urlPattern !== undefined && { url_pattern: p.urlPattern }),
    ...(p.referrerPattern !== undefined && { referrer_pattern: p.referrerPattern }),
    ...(p.utmSource !== undefined && { utm_source: p.utmSource }),
    ...(p.utmMedium !== undefined && { utm_medium: p.utmMedium }),
    ...(p.utmCampaign !== undefined && { utm_campaign: p.utmCampaign }),
  };
}

const hasCondition = (r: Row) =>
  [
    r.event_type,
    r.channel,
    r.url_pattern,
    r.referrer_pattern,
    r.utm_source,
    r.utm_medium,
    r.utm_campaign,
  ].some((v) => v !== null);

/** In the order they are tried. */
export async function listMappingRules(ctx: WorkspaceContext): Promise<MappingRule[]> {
  const rows = await ordered(ctx.db, ctx.workspaceId);
  return rows.map(toRule);
}

function ordered(db: Db, workspaceId: string) {
  return db
    .selectFrom('touchpoint_mapping_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

async function checkTouchpoint(
  ctx: WorkspaceContext,
  touchpointId: string | undefined,
): Promise<Result<true>> {
  if (touchpointId === undefined) return ok(true);
  const found = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', touchpointId)
    .executeTakeFirst();
  return found ? ok(true) : err('validation_failed', 'Unknown touchpoint', { field: 'touchpointId' });
}

/** Without a position the rule goes last. */
export async function createMappingRule(
  ctx: WorkspaceContext,
  input: MappingRuleInput,
): Promise<Result<MappingRule>> {
  const checked = await checkTouchpoint(ctx, input.touchpointId);
  if (!checked.ok) return checked;
  let position = input.position;
  if (position === undefined) {
    const last = await ctx.db
      .selectFrom('touchpoint_mapping_rules')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('workspace_id', '=', ctx.workspaceId)
      .executeTakeFirst();
    position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  }
  const row = await ctx.db
    .insertInto('touchpoint_mapping_rules')
    .values({ workspace_id: ctx.workspaceId, ...columns(input), touchpoint_id: input.touchpointId, position })
    .returningAll()
    .executeTakeFirstOrThrow();
  invalidateMappingRules(ctx.workspaceId);
  await recordHistory(ctx, {
    entityType: 'mapping_rule',
    entityId: row.id,
    action: 'created',
    changes: input,
  });
  return ok(toRule(row));
}

export async function updateMappingRule(
  ctx: WorkspaceContext,
  id: string,
  patch: MappingRulePatch,
): Promise<Result<MappingRule>> {
  const changes = columns(patch);
  // An UPDATE without a SET list is a syntax error; the API refuses an empty patch before this.
  if (Object.keys(changes).length === 0) return err('validation_failed', 'Nothing to change');
  const checked = await checkTouchpoint(ctx, patch.touchpointId);
  if (!checked.ok) return checked;
  const result = await ctx.db
    .transaction()
    .execute(async (trx): Promise<Result<MappingRule>> => {
      const row = await trx
        .updateTable('touchpoint_mapping_rules')
        .set(changes)
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) return err('not_found', 'Mapping rule not found', { id });
      // Rolls back: a rule without conditions would claim every event.
      if (!hasCondition(row)) throw new NoCondition();
      return ok(toRule(row));
    })
    .catch((error: unknown) => {
      if (error instanceof NoCondition)
        return err('validation_failed', 'a rule needs at least one condition', { field: 'eventType' });
      throw error;
    });
  if (result.ok) {
    invalidateMappingRules(ctx.workspaceId);
    await recordHistory(ctx, { entityType: 'mapping_rule', entityId: id, action: 'updated', changes: patch });
  }
  return result;
}

class NoCondition extends Error {}

export async function deleteMappingRule(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const deleted = await deleteWithHistory(ctx, 'touchpoint_mapping_rules', id, 'Mapping rule');
  if (deleted.ok) invalidateMappingRules(ctx.workspaceId);
  return deleted;
}

/**
 * Ingestion applies the rules to every event, so each process keeps them for a few seconds; a change
 * made through this process applies at once, one made through another after at most `RULES_CACHE_MS`.
 */
const RULES_CACHE_MS = 10_000;
const rulesCache = new Map<string, { rules: Promise<TouchpointRule[]>; until: number }>();

export function invalidateMappingRules(workspaceId: string): void {
  rulesCache.delete(workspaceId);
}

/** The workspace's rules for `mapEventToTouchpoint`, in the order they are tried. */
export function mappingRulesFor(db: Db, workspaceId: string): Promise<TouchpointRule[]> {
  const now = Date.now();
  const hit = rulesCache.get(workspaceId);
  if (hit && hit.until > now) return hit.rules;
  const entry = {
    rules: ordered(db, workspaceId).then((rows) =>
      rows.map((r) => ({
        touchpointId: r.touchpoint_id,
        position: r.position,
        eventType: r.event_type,
        channel: r.channel,
        urlPattern: r.url_pattern,
        referrerPattern: r.referrer_pattern,
        utmSource: r.utm_source,
        utmMedium: r.utm_medium,
        utmCampaign: r.utm_campaign,
      })),
    ),
    until: now + RULES_CACHE_MS,
  };
  rulesCache.set(workspaceId, entry);
  entry.rules.catch(() => rulesCache.get(workspaceId) === entry && rulesCache.delete(workspaceId));
  return entry.rules;
}
