import { sql } from 'kysely';
import type { Db } from '../../db/database';

/**
 * Asks the scoring consumer to rescore every profile of the workspace (rules or stages changed). Kept in
 * the database, so a restart between the change and the rescoring loses nothing.
 *
 * @example await requestRescore(trx, workspaceId);
 */
export async function requestRescore(db: Db, workspaceId: string): Promise<void> {
  await db
    .insertInto('scoring_cursors')
    .values({
      workspace_id: workspaceId,
      rescore_requested_at: sql<Date>`clock_timestamp()`,
      updated_at: new Date(),
    })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({ rescore_requested_at: sql<Date>`clock_timestamp()` }),
    )
    .execute();
}
