import type { Db } from '../../db/database';

/**
 * Locks a workspace's event cursor for the rest of the transaction and returns the last processed
 * `seq`. Everything that rewrites profiles (the processor, a manual merge, an erasure) takes this lock
 * first, so they never interleave. With `skipLocked`, returns null instead of waiting.
 */
export async function lockEventCursor(
  trx: Db,
  workspaceId: string,
  options: { skipLocked?: boolean } = {},
): Promise<number | null> {
  await trx
    .insertInto('event_cursors')
    .values({ workspace_id: workspaceId })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
  let q = trx
    .selectFrom('event_cursors')
    .select('last_seq')
    .where('workspace_id', '=', workspaceId)
    .forUpdate();
  if (options.skipLocked) q = q.skipLocked();
  const row = await q.executeTakeFirst();
  return row ? Number(row.last_seq) : null;
}
