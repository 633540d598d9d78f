import type { Db } from '../../db/database';

/** Touchpoint ids confirmed to belong to a workspace, remembered for a minute. */
const CONFIRMED_MS = 60_000;
const MAX_CONFIRMED = 50_000;
const confirmed = new Map<string, number>();

/**
 * The ids among `touchpointIds` that are not touchpoints of the workspace (another workspace's, or
 * none at all). The events table has no foreign key to touchpoints, so ingestion checks here.
 */
export async function foreignTouchpointIds(
  db: Db,
  workspaceId: string,
  touchpointIds: Iterable<string>,
): Promise<Set<string>> {
  const now = Date.now();
  const unsure = [...new Set(touchpointIds)].filter(
    (id) => (confirmed.get(`${workspaceId}/${id}`) ?? 0) <= now,
  );
  if (unsure.length === 0) return new Set();
  const found = await db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', unsure)
    .execute();
  if (confirmed.size + found.length > MAX_CONFIRMED) confirmed.clear();
  for (const { id } of found) confirmed.set(`${workspaceId}/${id}`, now + CONFIRMED_MS);
  const known = new Set(found.map((f) => f.id));
  return new Set(unsure.filter((id) => !known.has(id)));
}
