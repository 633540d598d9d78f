import type PgBoss from 'pg-boss';
import type { Db } from '../db/database';
import {
  applyRun,
  listRunningApplyRuns,
  type MappingApplyJob,
} from '../services/events/applyRuleToPastEvents';
import type { MappingApplyQueue } from '../services/events/mappingApplyQueue';

export const APPLY_MAPPING_RULES_QUEUE = 'apply-mapping-rules';
/** One job maps for at most this long, then queues the next part; well inside pg-boss's expiry. */
const RUN_MS = 4 * 60_000;

/**
 * Applying mapping rules to stored events on pg-boss: one job per run at a time (stately, keyed by
 * the run), each bounded in time. The run's position is saved with every batch, so a job repeated
 * after a crash continues from there; at start every run still `running` is queued again.
 *
 * @example const mappingApply = await startMappingApply(boss, db, { log });
 */
export async function startMappingApply(
  boss: PgBoss,
  db: Db,
  options: { log: (message: string) => void; workspaceIds?: readonly string[] | undefined },
): Promise<MappingApplyQueue> {
  await boss.createQueue(APPLY_MAPPING_RULES_QUEUE, {
    name: APPLY_MAPPING_RULES_QUEUE,
    policy: 'stately',
    expireInSeconds: 15 * 60,
    retryLimit: 5,
    retryDelay: 10,
  });
  const enqueue = async (job: MappingApplyJob) => {
    await boss.send(APPLY_MAPPING_RULES_QUEUE, job, { singletonKey: job.runId });
  };
  await boss.work<MappingApplyJob>(APPLY_MAPPING_RULES_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const { data } of jobs) {
      const run = await applyRun(db, data, { until: new Date(Date.now() + RUN_MS) });
      if (run.more) await enqueue(data);
    }
  });
  const left = await listRunningApplyRuns(db, options.workspaceIds);
  for (const job of left) await enqueue(job);
  if (left.length) options.log(`Resuming ${left.length} run(s) applying mapping rules to past events`);
  return { enqueue };
}
