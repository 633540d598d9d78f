import type { Db } from '../../db/database';
import { applyRun, type MappingApplyJob } from './applyRuleToPastEvents';

/** Where `POST /mapping-rules/:id/apply` hands a run: pg-boss in `touchpoint serve`. */
export interface MappingApplyQueue {
  enqueue(job: MappingApplyJob): Promise<void>;
}

/**
 * Runs in this process, for an app without background jobs (tests, or when pg-boss did not start).
 * Durable all the same: progress is saved with each batch, and the next server start queues what is
 * left of any run.
 *
 * @example const queue = inProcessMappingApply(db, (e) => log.error(e));
 */
export function inProcessMappingApply(db: Db, onError: (error: unknown) => void): MappingApplyQueue {
  const running = new Set<string>();
  return {
    enqueue: async (job) => {
      if (running.has(job.runId)) return;
      running.add(job.runId);
      void applyRun(db, job)
        .catch(onError)
        .finally(() => running.delete(job.runId));
    },
  };
}
