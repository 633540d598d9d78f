import type { Db } from '../../db/database';
import type { PlanEntry } from '../../core/editorialPlan/planEntry';

/**
 * The plan's items with channel, persona, phase and owner named, as the CSV and the calendar feed show
 * them; `from`/`to` limit the range (from inclusive, to exclusive). Takes the workspace id rather than a
 * context because the calendar feed has no caller, only its token.
 *
 * @example await loadPlanEntries(db, workspaceId, 'de', { from: new Date('2026-03-01') })
 */
export async function loadPlanEntries(
  db: Db,
  workspaceId: string,
  lang: 'de' | 'en',
  range: { from?: Date; to?: Date; channelId?: string } = {},
): Promise<PlanEntry[]> {
  let q = db
    .selectFrom('editorial_items as i')
    .innerJoin('editorial_channels as c', (j) =>
      j.onRef('c.workspace_id', '=', 'i.workspace_id').onRef('c.id', '=', 'i.channel_id'),
    )
    .leftJoin('personas as p', (j) =>
      j.onRef('p.workspace_id', '=', 'i.workspace_id').onRef('p.id', '=', 'i.persona_id'),
    )
    .leftJoin('phases as ph', (j) =>
      j.onRef('ph.workspace_id', '=', 'i.workspace_id').onRef('ph.id', '=', 'i.phase_id'),
    )
    .leftJoin('users as u', 'u.id', 'i.owner_user_id')
    .select([
      'i.id',
      'i.title',
      'c.name as channel',
      'i.format',
      'i.status',
      'i.planned_at',
      'p.name as persona',
      'ph.name_de',
      'ph.name_en',
      'u.name as owner',
      'i.auto_publish',
      'i.published_url',
      'i.notes',
      'i.updated_at',
    ])
    .where('i.workspace_id', '=', workspaceId);
  if (range.from) q = q.where('i.planned_at', '>=', range.from);
  if (range.to) q = q.where('i.planned_at', '<', range.to);
  if (range.channelId) q = q.where('i.channel_id', '=', range.channelId);
  const rows = await q.orderBy('i.planned_at').orderBy('i.title').execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    channel: r.channel,
    format: r.format,
    status: r.status,
    plannedAt: r.planned_at,
    persona: r.persona ?? '',
    phase: (lang === 'de' ? r.name_de : r.name_en) ?? '',
    owner: r.owner ?? '',
    autoPublish: r.auto_publish,
    publishedUrl: r.published_url,
    notes: r.notes,
    updatedAt: r.updated_at,
  }));
}
