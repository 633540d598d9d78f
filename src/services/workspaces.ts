import type { Db } from '../db/database';
import { journeyModelTemplates, type PhaseTemplate } from '../core/journeyModels';
import type { JourneyModelKind } from '../core/model';
import { err, ok, type Result } from '../core/result';
import type { JourneyModel, Workspace } from '../contract/workspaces';
import { recordHistory } from './audit';
import { seedEditorialChannels } from './editorialPlan/editorialChannels';
import type { WorkspaceContext } from './context';

export type { JourneyModel, Phase, Workspace } from '../contract/workspaces';

export interface NewJourneyModel {
  kind: JourneyModelKind;
  /** Required for `custom`; ignored for the built-in models. */
  name?: string;
  phases?: PhaseTemplate[];
}

/** Creates a workspace with its journey model (AIDA(LA) unless told otherwise) and its first owner. */
export async function createWorkspace(
  db: Db,
  input: {
    name: string;
    slug?: string;
    ownerUserId?: string;
    journeyModel?: NewJourneyModel;
    locale?: string;
  },
): Promise<Result<Workspace>> {
  if (input.journeyModel) {
    const model = checkJourneyModel(input.journeyModel, 'journeyModel.');
    if (!model.ok) return model;
  }
  const workspaceId = await db.transaction().execute(async (trx) => {
    const ws = await insertWorkspaceRow(trx, {
      name: input.name,
      ...(input.slug && { slug: input.slug }),
      ...(input.locale && { locale: input.locale }),
    });
    if (!ws) return null;
    const modelId = await insertJourneyModel(trx, ws.workspace_id, input.journeyModel ?? { kind: 'aidala' });
    await trx
      .updateTable('workspaces')
      .set({ journey_model_id: modelId })
      .where('workspace_id', '=', ws.workspace_id)
      .execute();
    if (input.ownerUserId)
      await trx
        .insertInto('memberships')
        .values({ workspace_id: ws.workspace_id, user_id: input.ownerUserId, role: 'owner' })
        .execute();
    return ws.workspace_id;
  });
  if (!workspaceId) return err('conflict', `The workspace address ${input.slug} is taken`, { field: 'slug' });
  return ok(await getWorkspaceOrThrow(db, workspaceId));
}

/** The address part of a workspace name: `Schmidt Dreh- und Frästechnik` → `schmidt-dreh-und-frastechnik`. */
export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'workspace'
  );
}

/**
 * Inserts the workspace row under a free address: the given slug (undefined when taken), or the name's
 * slug with -2, -3, … appended. ON CONFLICT makes two workspaces of the same name created at the same
 * moment both succeed instead of one failing on the unique index.
 */
export async function insertWorkspaceRow(
  trx: Db,
  input: { name: string; slug?: string; locale?: string },
): Promise<{ workspace_id: string; slug: string } | undefined> {
  const base = input.slug ?? slugify(input.name);
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    const row = await trx
      .insertInto('workspaces')
      .values({
        name: input.name,
        slug,
        journey_model_id: null,
        ...(input.locale && { locale: input.locale }),
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning(['workspace_id', 'slug'])
      .executeTakeFirst();
    if (row) await seedEditorialChannels(trx, row.workspace_id);
    if (row || input.slug) return row;
  }
}

async function insertJourneyModel(db: Db, workspaceId: string, model: NewJourneyModel): Promise<string> {
  const template = model.kind === 'custom' ? undefined : journeyModelTemplates[model.kind];
  const name = model.name ?? template?.nameDe ?? 'Customer Journey';
  const phases = model.kind === 'custom' ? (model.phases ?? []) : (template?.phases ?? []);
  const row = await db
    .insertInto('journey_models')
    .values({ workspace_id: workspaceId, kind: model.kind, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (phases.length > 0)
    await db
      .insertInto('phases')
      .values(
        phases.map((p, position) => ({
          workspace_id: workspaceId,
          journey_model_id: row.id,
          key: p.key,
          name_de: p.nameDe,
          name_en: p.nameEn,
          description: p.descriptionDe,
          position,
        })),
      )
      .execute();
  return row.id;
}

export async function getWorkspace(db: Db, workspaceId: string): Promise<Workspace | undefined> {
  const ws = await db
    .selectFrom('workspaces')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!ws) return undefined;
  const models = await listJourneyModels(db, workspaceId, ws.journey_model_id);
  const active = models.find((m) => m.active) ?? models[0];
  if (!active) throw new Error(`Workspace ${workspaceId} has no journey model`);
  return { id: ws.workspace_id, name: ws.name, slug: ws.slug, locale: ws.locale, journeyModel: active };
}

async function getWorkspaceOrThrow(db: Db, workspaceId: string): Promise<Workspace> {
  const ws = await getWorkspace(db, workspaceId);
  if (!ws) throw new Error(`Workspace ${workspaceId} vanished`);
  return ws;
}

export async function listJourneyModels(
  db: Db,
  workspaceId: string,
  activeId?: string | null,
): Promise<JourneyModel[]> {
  const active =
    activeId === undefined
      ? (
          await db
            .selectFrom('workspaces')
            .select('journey_model_id')
            .where('workspace_id', '=', workspaceId)
            .executeTakeFirst()
        )?.journey_model_id
      : activeId;
  const models = await db
    .selectFrom('journey_models')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .execute();
  const phases = await db
    .selectFrom('phases')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  return models.map((m) => ({
    id: m.id,
    kind: m.kind,
    name: m.name,
    active: m.id === active,
    phases: phases
      .filter((p) => p.journey_model_id === m.id)
      .map((p) => ({
        id: p.id,
        key: p.key,
        nameDe: p.name_de,
        nameEn: p.name_en,
        description: p.description,
        position: p.position,
      })),
  }));
}

/** A custom model needs a name and at least two phases with distinct keys; built-in ones are fine as they are. */
function checkJourneyModel(model: NewJourneyModel, at = ''): Result<true> {
  if (model.kind !== 'custom') return ok(true);
  const phases = model.phases ?? [];
  if (!model.name)
    return err('validation_failed', 'A custom journey model needs a name', { field: `${at}name` });
  if (phases.length < 2)
    return err('validation_failed', 'A custom journey model needs at least two phases', {
      field: `${at}phases`,
    });
  const keys = new Set(phases.map((p) => p.key));
  if (keys.size !== phases.length)
    return err('validation_failed', 'Phase keys must be unique', { field: `${at}phases` });
  return ok(true);
}

export async function addJourneyModel(
  ctx: WorkspaceContext,
  model: NewJourneyModel,
): Promise<Result<JourneyModel>> {
  const valid = checkJourneyModel(model);
  if (!valid.ok) return valid;
  const id = await insertJourneyModel(ctx.db, ctx.workspaceId, model);
  await recordHistory(ctx, {
    entityType: 'journey_model',
    entityId: id,
    action: 'created',
    changes: { kind: model.kind },
  });
  const models = await listJourneyModels(ctx.db, ctx.workspaceId);
  return ok(models.find((m) => m.id === id) as JourneyModel);
}

export async function activateJourneyModel(
  ctx: WorkspaceContext,
  modelId: string,
): Promise<Result<Workspace>> {
  const model = await ctx.db
    .selectFrom('journey_models')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', modelId)
    .executeTakeFirst();
  if (!model) return err('not_found', 'Journey model not found', { id: modelId });
  await ctx.db
    .updateTable('workspaces')
    .set({ journey_model_id: modelId })
    .where('workspace_id', '=', ctx.workspaceId)
    .execute();
  await recordHistory(ctx, { entityType: 'journey_model', entityId: modelId, action: 'activated' });
  return ok(await getWorkspaceOrThrow(ctx.db, ctx.workspaceId));
}

export async function renameWorkspace(ctx: WorkspaceContext, name: string): Promise<Result<Workspace>> {
  await ctx.db.updateTable('workspaces').set({ name }).where('workspace_id', '=', ctx.workspaceId).execute();
  await recordHistory(ctx, {
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    action: 'renamed',
    changes: { name },
  });
  return ok(await getWorkspaceOrThrow(ctx.db, ctx.workspaceId));
}
