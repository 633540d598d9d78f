import type PgBoss from 'pg-boss';
import type { Db } from '../db/database';
import { rescoreWorkspace } from '../services/scoring/scoringConsumer';

export const RESCORE_LEADS_QUEUE = 'rescore-leads';
/** Daily at 01:00 UTC: decay lowers scores without any new event, so every profile is rescored once a day. */
export const RESCORE_LEADS_CRON = '0 1 * * *';

/**
 * Schedules the daily rescoring of every workspace's profiles (decay, and stages that follow the
 * score down). Runs once a day across server processes (the schedule lives in pg-boss).
 *
 * @example await scheduleLeadRescoring(boss, db, { now: () => new Date(), log });
 */
export async function scheduleLeadRescoring(
  boss: PgBoss,
  db: Db,
  options: { now: () => Date; log: (message: string) => void; workspaceIds?: readonly string[] | undefined },
): Promise<void> {
  await boss.createQueue(RESCORE_LEADS_QUEUE, { name: RESCORE_LEADS_QUEUE, policy: 'stately' });
  await boss.schedule(RESCORE_LEADS_QUEUE, RESCORE_LEADS_CRON, {}, { tz: 'UTC' });
  await boss.work(RESCORE_LEADS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const rows = await db.selectFrom('scoring_rules').select('workspace_id').distinct().execute();
    const only = options.workspaceIds;
    for (const { workspace_id } of rows) {
      if (only && !only.includes(workspace_id)) continue;
      const n = await rescoreWorkspace(db, workspace_id, options.now());
      if (n > 0) options.log(`Rescored ${n} profiles of workspace ${workspace_id} (daily decay)`);
    }
  });
}
