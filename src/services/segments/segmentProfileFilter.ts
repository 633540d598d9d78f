import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { segmentDefinitionSchema } from '../../contract/segments';
import { err, ok, type Result } from '../../core/result';
import type { SegmentDefinition } from '../../core/segments';
import { compileSegment } from '../../core/segments/compileSegment';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';

/** A stored definition, checked again: one saved by an older version may no longer be valid. */
export function parseStoredDefinition(stored: unknown): Result<SegmentDefinition> {
  const parsed = segmentDefinitionSchema.safeParse(stored);
  return parsed.success
    ? ok(parsed.data)
    : err('validation_failed', 'The saved segment definition is no longer valid', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
}

/** The saved definition of a segment of the workspace. */
export async function loadSegmentDefinition(
  db: Db,
  workspaceId: string,
  segmentId: string,
): Promise<Result<SegmentDefinition>> {
  const row = await db
    .selectFrom('segments')
    .select('definition')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', segmentId)
    .executeTakeFirst();
  if (!row) return err('not_found', 'Segment not found', { field: 'segment', id: segmentId });
  return parseStoredDefinition(row.definition);
}

/**
 * The predicate of a saved segment over `profiles` read under `alias` (default `p`), for a query that
 * selects profiles itself and wants PostgreSQL to stop early (a page of a sorted list). The caller
 * filters the profiles by workspace.
 *
 * @example
 * const predicate = await segmentPredicate(ctx.db, ctx.workspaceId, segmentId);
 * if (predicate.ok) q = q.where(predicate.value);
 */
export async function segmentPredicate(
  db: Db,
  workspaceId: string,
  segmentId: string,
  options: { alias?: string; now?: Date } = {},
): Promise<Result<Expression<SqlBool>>> {
  const definition = await loadSegmentDefinition(db, workspaceId, segmentId);
  if (!definition.ok) return definition;
  return ok(
    compileSegment(definition.value, {
      workspaceId,
      now: options.now ?? new Date(),
      alias: options.alias ?? 'p',
    }),
  );
}

/** The ids of the workspace's profiles (merged ones left out) that match a definition, as a subquery. */
export function definitionMembers(
  db: Db,
  workspaceId: string,
  definition: SegmentDefinition,
  now: Date = new Date(),
): SelectQueryBuilder<Database & { sp: Database['profiles'] }, 'sp', { id: string }> {
  return db
    .selectFrom('profiles as sp')
    .select('sp.id')
    .where('sp.workspace_id', '=', workspaceId)
    .where('sp.merged_into', 'is', null)
    .where(compileSegment(definition, { workspaceId, now, alias: 'sp' }));
}

/**
 * The members of a saved segment as a subquery of profile ids, for any analysis to filter by: the
 * phase funnel, the profile list and mailing audiences use it. Not found when the workspace has no
 * such segment (another workspace's id included).
 *
 * @example
 * const members = await segmentProfileFilter(ctx.db, ctx.workspaceId, segmentId);
 * if (!members.ok) return members;
 * // with the query builder
 * ctx.db.selectFrom('events').where('workspace_id', '=', ctx.workspaceId).where('profile_id', 'in', members.value);
 * // or inside raw SQL
 * sql`select … from events e where e.profile_id in (${members.value})`;
 */
export async function segmentProfileFilter(
  db: Db,
  workspaceId: string,
  segmentId: string,
  now: Date = new Date(),
): Promise<Result<SelectQueryBuilder<Database & { sp: Database['profiles'] }, 'sp', { id: string }>>> {
  const definition = await loadSegmentDefinition(db, workspaceId, segmentId);
  if (!definition.ok) return definition;
  return ok(definitionMembers(db, workspaceId, definition.value, now));
}

/** How many profiles match a definition. */
export async function countDefinition(
  db: Db,
  workspaceId: string,
  definition: SegmentDefinition,
  now: Date = new Date(),
): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from (${definitionMembers(db, workspaceId, definition, now)}) m`.execute(db);
  return rows[0]?.n ?? 0;
}
