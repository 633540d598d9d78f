import type { Selectable } from 'kysely';
import type { Campaign, CampaignInput, CampaignPatch } from '../../contract/campaigns';
import type { Deleted } from '../../contract/common';
import { changedFields } from '../../core/history/fieldChanges';
import { err, ok, type Result } from '../../core/result';
import type { CampaignsTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

export function toCampaign(r: Selectable<CampaignsTable>): Campaign {
  return {
    id: r.id,
    name: r.name,
    utmCampaigns: r.utm_campaigns,
    channel: r.channel,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    costEur: r.cost_eur === null ? null : Number(r.cost_eur),
    notes: r.notes,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * The workspace's campaigns by name.
 * @example await listCampaigns(ctx)
 */
export async function listCampaigns(ctx: WorkspaceContext): Promise<Campaign[]> {
  const rows = await ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toCampaign);
}

export async function getCampaign(ctx: WorkspaceContext, id: string): Promise<Result<Campaign>> {
  const row = await ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(toCampaign(row)) : err('not_found', 'Campaign not found', { id });
}

/** A name or a utm_campaign key another campaign of the workspace already has is a conflict. */
async function clash(
  ctx: WorkspaceContext,
  id: string | null,
  name: string | undefined,
  utmCampaigns: string[] | undefined,
): Promise<Result<true>> {
  const others = (await listCampaigns(ctx)).filter((c) => c.id !== id);
  if (name !== undefined && others.some((c) => c.name.toLowerCase() === name.toLowerCase()))
    return err('conflict', `A campaign called "${name}" exists already`, { field: 'body.name' });
  for (const utm of utmCampaigns ?? []) {
    const owner = others.find((c) => c.utmCampaigns.some((u) => u.toLowerCase() === utm.toLowerCase()));
    if (owner)
      return err('conflict', `utm_campaign "${utm}" belongs to the campaign "${owner.name}" already`, {
        field: 'body.utmCampaigns',
        campaignId: owner.id,
      });
  }
  return ok(true);
}

const distinctKeys = (keys: string[]) => [...new Map(keys.map((k) => [k.toLowerCase(), k])).values()];

/**
 * Creates a campaign; its events are those whose utm_campaign is one of its keys.
 * @example await createCampaign(ctx, { name: 'Zuliefermesse 2026', utmCampaigns: ['zuliefermesse-2026'], costEur: 18000 })
 */
export async function createCampaign(ctx: WorkspaceContext, input: CampaignInput): Promise<Result<Campaign>> {
  const utm = distinctKeys(input.utmCampaigns ?? []);
  const free = await clash(ctx, null, input.name, utm);
  if (!free.ok) return free;
  const row = await inTransaction(ctx.db, async (trx) => {
    const created = await trx
      .insertInto('campaigns')
      .values({
        workspace_id: ctx.workspaceId,
        name: input.name,
        utm_campaigns: utm,
        channel: input.channel ?? null,
        starts_on: input.startsOn ?? null,
        ends_on: input.endsOn ?? null,
        cost_eur: input.costEur ?? null,
        notes: input.notes ?? '',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      { entityType: 'campaign', entityId: created.id, action: 'created', changes: { ...input } },
      trx,
    );
    return created;
  });
  return ok(toCampaign(row));
}

export async function updateCampaign(
  ctx: WorkspaceContext,
  id: string,
  patch: CampaignPatch,
): Promise<Result<Campaign>> {
  const current = await getCampaign(ctx, id);
  if (!current.ok) return current;
  const startsOn = patch.startsOn === undefined ? current.value.startsOn : patch.startsOn;
  const endsOn = patch.endsOn === undefined ? current.value.endsOn : patch.endsOn;
  if (startsOn !== null && endsOn !== null && startsOn > endsOn)
    return err('validation_failed', 'startsOn: must not be after endsOn', { field: 'body.startsOn' });
  const utm = patch.utmCampaigns === undefined ? undefined : distinctKeys(patch.utmCampaigns);
  const free = await clash(ctx, id, patch.name, utm);
  if (!free.ok) return free;
  const row = await inTransaction(ctx.db, async (trx) => {
    const updated = await trx
      .updateTable('campaigns')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(utm !== undefined && { utm_campaigns: utm }),
        ...(patch.channel !== undefined && { channel: patch.channel }),
        ...(patch.startsOn !== undefined && { starts_on: patch.startsOn }),
        ...(patch.endsOn !== undefined && { ends_on: patch.endsOn }),
        ...(patch.costEur !== undefined && { cost_eur: patch.costEur }),
        ...(patch.notes !== undefined && { notes: patch.notes }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const changed = changedFields(current.value, { ...patch, ...(utm && { utmCampaigns: utm }) });
    await recordHistory(
      ctx,
      { entityType: 'campaign', entityId: id, action: 'updated', changes: { changed } },
      trx,
    );
    return updated;
  });
  return ok(toCampaign(row));
}

export async function deleteCampaign(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .deleteFrom('campaigns')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning(['id', 'name', 'cost_eur'])
      .executeTakeFirst();
    if (!row) return err('not_found', 'Campaign not found', { id });
    await recordHistory(
      ctx,
      {
        entityType: 'campaign',
        entityId: id,
        action: 'deleted',
        changes: { name: row.name, costEur: row.cost_eur },
      },
      trx,
    );
    return ok({ id });
  });
}
