import type { ContentMap } from '../../contract/content';
import type { WorkspaceContext } from '../context';

/**
 * The editorial plan's items that name a persona and a phase, for the content map's cells, in date
 * order.
 *
 * @example await listMappedEditorialItems(ctx) // [{ title: 'Fräsen im Detail', channelName: 'LinkedIn', personaId, phaseId, … }]
 */
export async function listMappedEditorialItems(ctx: WorkspaceContext): Promise<ContentMap['editorialItems']> {
  const rows = await ctx.db
    .selectFrom('editorial_items as i')
    .innerJoin('editorial_channels as c', (j) =>
      j.onRef('c.workspace_id', '=', 'i.workspace_id').onRef('c.id', '=', 'i.channel_id'),
    )
    .select([
      'i.id',
      'i.title',
      'c.name as channelName',
      'i.persona_id',
      'i.phase_id',
      'i.planned_at',
      'i.status',
    ])
    .where('i.workspace_id', '=', ctx.workspaceId)
    .where('i.persona_id', 'is not', null)
    .where('i.phase_id', 'is not', null)
    .orderBy('i.planned_at')
    .execute();
  return rows.flatMap((r) =>
    r.persona_id && r.phase_id
      ? [
          {
            id: r.id,
            title: r.title,
            channelName: r.channelName,
            personaId: r.persona_id,
            phaseId: r.phase_id,
            plannedAt: r.planned_at.toISOString(),
            status: r.status,
          },
        ]
      : [],
  );
}
