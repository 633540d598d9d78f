import { inTransaction } from '../db/transaction';
import type { ContentAsset, ContentAssetInput, ContentAssetPatch, ContentMap } from '../contract/content';
import { err, ok, type Result } from '../core/result';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { listMappedEditorialItems } from './editorialPlan/listMappedEditorialItems';
import { listPersonas } from './personas';
import { getWorkspace } from './workspaces';
import { deleteWithHistory } from './deleteWithHistory';
import type { Deleted } from '../contract/common';

export async function listContentAssets(ctx: WorkspaceContext, ids?: string[]): Promise<ContentAsset[]> {
  let q = ctx.db.selectFrom('content_assets').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (ids) q = ids.length ? q.where('id', 'in', ids) : q.where((eb) => eb.val(false));
  const rows = await q.orderBy('title').execute();
  if (rows.length === 0) return [];
  const mappings = await ctx.db
    .selectFrom('content_asset_mappings')
    .select(['asset_id', 'persona_id', 'phase_id'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where(
      'asset_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    url: r.url,
    description: r.description,
    mappings: mappings
      .filter((m) => m.asset_id === r.id)
      .map((m) => ({ personaId: m.persona_id, phaseId: m.phase_id })),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}

async function checkMappings(
  ctx: WorkspaceContext,
  mappings: ContentAssetInput['mappings'],
): Promise<Result<true>> {
  if (!mappings?.length) return ok(true);
  const personaIds = [...new Set(mappings.map((m) => m.personaId))];
  const phaseIds = [...new Set(mappings.map((m) => m.phaseId))];
  const personas = await ctx.db
    .selectFrom('personas')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', 'in', personaIds)
    .execute();
  const phases = await ctx.db
    .selectFrom('phases')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', 'in', phaseIds)
    .execute();
  const badPersona = personaIds.filter((id) => !personas.some((p) => p.id === id));
  if (badPersona.length)
    return err('validation_failed', 'Unknown persona', { field: 'mappings', missing: badPersona });
  const badPhase = phaseIds.filter((id) => !phases.some((p) => p.id === id));
  if (badPhase.length)
    return err('validation_failed', 'Unknown phase', { field: 'mappings', missing: badPhase });
  return ok(true);
}

async function writeMappings(
  ctx: WorkspaceContext,
  trx: WorkspaceContext['db'],
  assetId: string,
  mappings: NonNullable<ContentAssetInput['mappings']>,
) {
  await trx
    .deleteFrom('content_asset_mappings')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('asset_id', '=', assetId)
    .execute();
  const unique = [...new Map(mappings.map((m) => [`${m.personaId}:${m.phaseId}`, m])).values()];
  if (unique.length)
    await trx
      .insertInto('content_asset_mappings')
      .values(
        unique.map((m) => ({
          workspace_id: ctx.workspaceId,
          asset_id: assetId,
          persona_id: m.personaId,
          phase_id: m.phaseId,
        })),
      )
      .execute();
}

export async function createContentAsset(
  ctx: WorkspaceContext,
  input: ContentAssetInput,
): Promise<Result<ContentAsset>> {
  const check = await checkMappings(ctx, input.mappings);
  if (!check.ok) return check;
  const id = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('content_assets')
      .values({
        workspace_id: ctx.workspaceId,
        title: input.title,
        kind: input.kind ?? '',
        url: input.url ?? '',
        description: input.description ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeMappings(ctx, trx, row.id, input.mappings ?? []);
    await recordHistory(
      ctx,
      { entityType: 'content_asset', entityId: row.id, action: 'created', changes: { title: input.title } },
      trx,
    );
    return row.id;
  });
  const [asset] = await listContentAssets(ctx, [id]);
  return ok(asset as ContentAsset);
}

export async function updateContentAsset(
  ctx: WorkspaceContext,
  id: string,
  patch: ContentAssetPatch,
): Promise<Result<ContentAsset>> {
  const check = await checkMappings(ctx, patch.mappings);
  if (!check.ok) return check;
  const found = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .updateTable('content_assets')
      .set({
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.kind !== undefined && { kind: patch.kind }),
        ...(patch.url !== undefined && { url: patch.url }),
        ...(patch.description !== undefined && { description: patch.description }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    if (patch.mappings) await writeMappings(ctx, trx, id, patch.mappings);
    await recordHistory(
      ctx,
      { entityType: 'content_asset', entityId: id, action: 'updated', changes: patch },
      trx,
    );
    return true;
  });
  if (!found) return err('not_found', 'Content asset not found', { id });
  const [asset] = await listContentAssets(ctx, [id]);
  return ok(asset as ContentAsset);
}

export async function deleteContentAsset(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'content_assets', id, 'Content asset');
}

/** Persona × phase matrix of the active journey model (seed 003), with the empty cells as gaps. */
export async function getContentMap(ctx: WorkspaceContext): Promise<ContentMap> {
  const [ws, personas, assets, editorialItems] = await Promise.all([
    getWorkspace(ctx.db, ctx.workspaceId),
    listPersonas(ctx),
    listContentAssets(ctx),
    listMappedEditorialItems(ctx),
  ]);
  const phases = ws?.journeyModel.phases ?? [];
  const cells: ContentMap['cells'] = [];
  const gaps: ContentMap['gaps'] = [];
  for (const persona of personas)
    for (const phase of phases) {
      const assetIds = assets
        .filter((a) => a.mappings.some((m) => m.personaId === persona.id && m.phaseId === phase.id))
        .map((a) => a.id);
      cells.push({ personaId: persona.id, phaseId: phase.id, assetIds });
      if (assetIds.length === 0) gaps.push({ personaId: persona.id, phaseId: phase.id });
    }
  return {
    personas: personas.map((p) => ({ id: p.id, name: p.name })),
    phases: phases.map((p) => ({ id: p.id, key: p.key, nameDe: p.nameDe, nameEn: p.nameEn })),
    cells,
    gaps,
    coverage: cells.length === 0 ? 0 : Math.round((1000 * (cells.length - gaps.length)) / cells.length) / 10,
    editorialItems,
  };
}
