import type { WorkspaceDocument } from '../../contract/workspaceDocument';
import { startingChannels } from '../../core/editorialPlan/editorialModel';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import type { DocumentProblem } from '../workspaceTransfer';
import { listEditorialChannels } from './editorialChannels';

type EditorialPlan = Pick<WorkspaceDocument, 'editorialChannels' | 'editorialItems'>;

/** A document without channels keeps the starting five; its items name them by name. */
const channelRefs = (doc: EditorialPlan) =>
  doc.editorialChannels?.map((c) => c.ref) ?? startingChannels.map((c) => c.name);

/**
 * The cross-checks of a document's editorial plan: channel refs and names are unique, and every ref a
 * channel or an item uses exists.
 * @example problems.push(...editorialProblems(doc, { touchpoints, personas, phases }));
 */
export function editorialProblems(
  doc: EditorialPlan,
  refs: {
    touchpoints: ReadonlySet<string>;
    personas: ReadonlySet<string>;
    phases: ReadonlySet<string>;
  },
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const seenRefs = new Set<string>();
  const seenNames = new Set<string>();
  doc.editorialChannels?.forEach((c, i) => {
    const at = `editorialChannels[${i}]`;
    if (seenRefs.has(c.ref)) problems.push({ path: `${at}.ref`, message: `duplicate ref ${c.ref}` });
    seenRefs.add(c.ref);
    // The database keeps channel names unique per workspace.
    const name = c.name;
    if (seenNames.has(name)) problems.push({ path: `${at}.name`, message: `duplicate channel ${c.name}` });
    seenNames.add(name);
    if (c.touchpoint !== null && !refs.touchpoints.has(c.touchpoint))
      problems.push({ path: `${at}.touchpoint`, message: `unknown touchpoint ${c.touchpoint}` });
  });
  const channels = new Set(channelRefs(doc));
  doc.editorialItems.forEach((item, i) => {
    const at = `editorialItems[${i}]`;
    if (!channels.has(item.channel))
      problems.push({ path: `${at}.channel`, message: `unknown channel ${item.channel}` });
    if (item.persona !== null && !refs.personas.has(item.persona))
      problems.push({ path: `${at}.persona`, message: `unknown persona ${item.persona}` });
    if (item.phase !== null && !refs.phases.has(item.phase))
      problems.push({ path: `${at}.phase`, message: `unknown phase ${item.phase}` });
  });
  return problems;
}

/**
 * Writes a checked document's editorial plan into a new workspace, inside the import's transaction.
 * The new workspace was given the starting channels when it was created; a document with its own
 * channels replaces them, so they are not there twice. Owners are matched against the workspace's
 * members by e-mail or name; an owner who is not a member is left out, as a member is all an item's
 * owner can be.
 */
export async function importEditorialPlan(
  trx: Db,
  workspaceId: string,
  doc: EditorialPlan,
  ids: {
    touchpoints: ReadonlyMap<string, string>;
    personas: ReadonlyMap<string, string>;
    phases: ReadonlyMap<string, string>;
  },
): Promise<{ editorialChannels: number; editorialItems: number }> {
  if (doc.editorialChannels !== undefined) {
    await trx.deleteFrom('editorial_channels').where('workspace_id', '=', workspaceId).execute();
    if (doc.editorialChannels.length)
      await trx
        .insertInto('editorial_channels')
        .values(
          doc.editorialChannels.map((c, position) => ({
            workspace_id: workspaceId,
            name: c.name,
            position,
            touchpoint_id: c.touchpoint === null ? null : (ids.touchpoints.get(c.touchpoint) ?? null),
            target_count: c.targetCount,
            target_period: c.targetPeriod,
            measured_by: c.measuredBy,
            network: c.network.toLowerCase(),
          })),
        )
        .execute();
  }
  const rows = await trx
    .selectFrom('editorial_channels')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  const channelIds = new Map(channelRefs(doc).map((ref, i) => [ref, rows[i]?.id] as const));
  const members = await trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.name'])
    .where('memberships.workspace_id', '=', workspaceId)
    .execute();
  const owner = (who: string | null) => {
    if (who === null) return null;
    const key = who.trim().toLowerCase();
    const m =
      members.find((u) => u.email.toLowerCase() === key) ?? members.find((u) => u.name.toLowerCase() === key);
    return m?.id ?? null;
  };
  // In slices: eleven columns a row would pass PostgreSQL's 65,535 parameters of one statement.
  for (let i = 0; i < doc.editorialItems.length; i += 2000)
    await trx
      .insertInto('editorial_items')
      .values(
        doc.editorialItems.slice(i, i + 2000).map((item) => ({
          workspace_id: workspaceId,
          channel_id: channelIds.get(item.channel) as string,
          title: item.title,
          format: item.format,
          persona_id: item.persona === null ? null : (ids.personas.get(item.persona) ?? null),
          phase_id: item.phase === null ? null : (ids.phases.get(item.phase) ?? null),
          owner_user_id: owner(item.owner),
          planned_at: item.plannedAt,
          status: item.status,
          published_url: item.publishedUrl,
          auto_publish: item.autoPublish,
          notes: item.notes,
        })),
      )
      .execute();
  return { editorialChannels: rows.length, editorialItems: doc.editorialItems.length };
}

/**
 * The workspace's editorial channels (in their order) and all its items (in date order) as document
 * parts; `phaseRef` turns a phase id into the document's `modelRef:phaseKey`.
 */
export async function exportEditorialPlan(
  ctx: WorkspaceContext,
  phaseRef: ReadonlyMap<string, string>,
): Promise<Required<EditorialPlan>> {
  const [channels, items] = await Promise.all([
    listEditorialChannels(ctx),
    ctx.db
      .selectFrom('editorial_items')
      .leftJoin('users', 'users.id', 'editorial_items.owner_user_id')
      .selectAll('editorial_items')
      .select('users.email as owner_email')
      .where('editorial_items.workspace_id', '=', ctx.workspaceId)
      .orderBy('editorial_items.planned_at')
      .orderBy('editorial_items.title')
      .execute(),
  ]);
  return {
    editorialChannels: channels.map((c) => ({
      ref: c.id,
      name: c.name,
      touchpoint: c.touchpointId,
      targetCount: c.targetCount,
      targetPeriod: c.targetPeriod,
      measuredBy: c.measuredBy,
      network: c.network,
    })),
    editorialItems: items.map((i) => ({
      channel: i.channel_id,
      title: i.title,
      format: i.format,
      persona: i.persona_id,
      phase: i.phase_id === null ? null : (phaseRef.get(i.phase_id) ?? null),
      owner: i.owner_email,
      plannedAt: i.planned_at.toISOString(),
      status: i.status,
      publishedUrl: i.published_url,
      autoPublish: i.auto_publish,
      notes: i.notes,
    })),
  };
}
