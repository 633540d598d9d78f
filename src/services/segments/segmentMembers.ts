import type { ProfilePage } from '../../contract/profiles';
import type { SegmentCount, SegmentPreview, SegmentProfilesQuery } from '../../contract/segments';
import { err, ok, type Result } from '../../core/result';
import { describeSegment, type SegmentDefinition } from '../../core/segments';
import { compileSegment } from '../../core/segments/compileSegment';
import type { WorkspaceContext } from '../context';
import { toProfileSummary } from '../profiles/profileSummary';
import { listProfiles } from '../profiles/listProfiles';
import { countDefinition, loadSegmentDefinition } from './segmentProfileFilter';

/**
 * How many profiles a saved segment holds now (merged profiles left out).
 *
 * @example await countSegment(ctx, segmentId) // ok({ segmentId, count: 42 })
 */
export async function countSegment(ctx: WorkspaceContext, segmentId: string): Promise<Result<SegmentCount>> {
  const definition = await loadSegmentDefinition(ctx.db, ctx.workspaceId, segmentId);
  if (!definition.ok)
    return definition.error.code === 'not_found'
      ? err('not_found', 'Segment not found', { id: segmentId })
      : definition;
  return ok({ segmentId, count: await countDefinition(ctx.db, ctx.workspaceId, definition.value) });
}

/**
 * The members of a saved segment, most recently seen first, in the profile list's shape and paging.
 *
 * @example await listSegmentProfiles(ctx, segmentId, { limit: 50 }) // ok({ items, nextCursor })
 */
export async function listSegmentProfiles(
  ctx: WorkspaceContext,
  segmentId: string,
  query: SegmentProfilesQuery,
): Promise<Result<ProfilePage>> {
  const page = await listProfiles(ctx, { segment: segmentId, limit: query.limit, cursor: query.cursor });
  return !page.ok && page.error.code === 'not_found'
    ? err('not_found', 'Segment not found', { id: segmentId })
    : page;
}

const PREVIEW_SIZE = 20;

/**
 * What an unsaved definition would hold: the count, the first 20 members and the definition in words,
 * for the builder's live preview.
 *
 * @example await previewSegment(ctx, { version: 1, kind: 'all', conditions: [] }) // { count, profiles, summary }
 */
export async function previewSegment(
  ctx: WorkspaceContext,
  definition: SegmentDefinition,
): Promise<SegmentPreview> {
  const now = new Date();
  const [count, first] = await Promise.all([
    countDefinition(ctx.db, ctx.workspaceId, definition, now),
    firstMembers(ctx, definition, now),
  ]);
  return {
    count,
    profiles: first,
    summary: { de: describeSegment(definition, 'de'), en: describeSegment(definition, 'en') },
  };
}

async function firstMembers(ctx: WorkspaceContext, definition: SegmentDefinition, now: Date) {
  const rows = await ctx.db
    .selectFrom('profiles as p')
    .leftJoin('companies as c', (j) =>
      j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.id', '=', 'p.company_id'),
    )
    .select([
      'p.id',
      'p.name',
      'p.email',
      'p.user_id',
      'p.company_id',
      'c.name as company_name',
      'p.first_seen_at',
      'p.last_seen_at',
      'p.event_count',
      'p.revenue',
      'p.current_phase_key',
    ])
    .where('p.workspace_id', '=', ctx.workspaceId)
    .where('p.merged_into', 'is', null)
    .where(compileSegment(definition, { workspaceId: ctx.workspaceId, now }))
    .orderBy(
      (eb) => eb.ref('p.last_seen_at'),
      (ob) => ob.desc().nullsLast(),
    )
    .orderBy('p.id', 'desc')
    .limit(PREVIEW_SIZE)
    .execute();
  return rows.map(toProfileSummary);
}
