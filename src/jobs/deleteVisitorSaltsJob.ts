import type PgBoss from 'pg-boss';
import type { Db } from '../db/database';
import { deleteOldVisitorSalts } from '../services/events/visitorSalts';

export const DELETE_VISITOR_SALTS_QUEUE = 'delete-visitor-salts';
/** Daily at 00:05 UTC: the day before yesterday's salts go as soon as yesterday is over. */
export const DELETE_VISITOR_SALTS_CRON = '5 0 * * *';

/**
 * Schedules the daily deletion of visitor salts older than yesterday. The collector deletes a
 * workspace's old salts when it creates a new one; this job covers workspaces without visits, so no
 * salt outlives its second day anywhere.
 *
 * @example await scheduleVisitorSaltDeletion(boss, db, { now: () => new Date(), log });
 */
export async function scheduleVisitorSaltDeletion(
  boss: PgBoss,
  db: Db,
  options: { now: () => Date; log: (message: string) => void; workspaceIds?: readonly string[] | undefined },
): Promise<void> {
  await boss.createQueue(DELETE_VISITOR_SALTS_QUEUE, { name: DELETE_VISITOR_SALTS_QUEUE, policy: 'stately' });
  await boss.schedule(DELETE_VISITOR_SALTS_QUEUE, DELETE_VISITOR_SALTS_CRON, {}, { tz: 'UTC' });
  await boss.work(DELETE_VISITOR_SALTS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const deleted = await deleteOldVisitorSalts(db, options.now(), options.workspaceIds);
    if (deleted > 0) options.log(`Deleted ${deleted} visitor salts older than yesterday`);
  });
}
