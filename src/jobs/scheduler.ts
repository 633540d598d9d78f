import PgBoss from 'pg-boss';
import type { Db } from '../db/database';
import type { MailingDeliveryQueue } from '../services/email/mailingDelivery';
import { computeAllKpis, type ComputeRunResult } from './computeKpisJob';
import { startMailingDelivery } from './deliverMailingsJob';
import { scheduleVisitorSaltDeletion } from './deleteVisitorSaltsJob';
import { startMappingApply } from './applyMappingRulesJob';
import { scheduleLeadRescoring } from './rescoreLeadsJob';
import type { MappingApplyQueue } from '../services/events/mappingApplyQueue';

export const COMPUTE_KPIS_QUEUE = 'compute-kpis';
/** Daily at 00:30 UTC: yesterday is complete by then (events may arrive a little late). */
export const COMPUTE_KPIS_CRON = '30 0 * * *';

export interface Jobs {
  /** Queues a computation now (also done once at start, so a restart catches up). */
  runNow(): Promise<void>;
  /** Resolves after the next computation finished (tests and `runNow` callers). */
  nextRun(): Promise<ComputeRunResult>;
  /** Durable delivery of mailings (`POST /mailings/:id/send` queues here). */
  mailings: MailingDeliveryQueue;
  /** Durable runs applying mapping rules to past events (`POST /mapping-rules/:id/apply`). */
  mappingApply: MappingApplyQueue;
  stop(): Promise<void>;
}

/**
 * Background jobs of `touchpoint serve`, on pg-boss in the same PostgreSQL (schema `pgboss`). The
 * cron schedule lives in the database, so with several server processes the job still runs once a
 * day, on whichever process picks it up.
 *
 * @example const jobs = await startJobs(db, connectionString); …; await jobs.stop();
 */
export async function startJobs(
  db: Db,
  connectionString: string,
  options: {
    log?: (message: string) => void;
    now?: () => Date;
    /** Only these workspaces (tests share one database). */
    workspaceIds?: readonly string[];
    /** The pg-boss schema; tests that start jobs side by side each take their own. */
    schema?: string;
  } = {},
): Promise<Jobs> {
  const log = options.log ?? ((m: string) => console.error(m));
  const now = options.now ?? (() => new Date());
  const boss = new PgBoss({
    connectionString,
    max: 2,
    supervise: true,
    schedule: true,
    ...(options.schema && { schema: options.schema }),
  });
  boss.on('error', (error: Error) => log(`Background jobs: ${error.message}`));
  await boss.start();
  await boss.createQueue(COMPUTE_KPIS_QUEUE, { name: COMPUTE_KPIS_QUEUE, policy: 'stately' });
  await boss.schedule(COMPUTE_KPIS_QUEUE, COMPUTE_KPIS_CRON, {}, { tz: 'UTC' });
  const waiting: ((r: ComputeRunResult) => void)[] = [];
  await boss.work(COMPUTE_KPIS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const result = await computeAllKpis(db, now(), log, options.workspaceIds);
    for (const resolve of waiting.splice(0)) resolve(result);
  });
  const runNow = async () => {
    await boss.send(COMPUTE_KPIS_QUEUE, {});
  };
  await runNow();
  await scheduleVisitorSaltDeletion(boss, db, { now, log, workspaceIds: options.workspaceIds });
  await scheduleLeadRescoring(boss, db, { now, log, workspaceIds: options.workspaceIds });
  const mailings = await startMailingDelivery(boss, db, { log, workspaceIds: options.workspaceIds });
  const mappingApply = await startMappingApply(boss, db, { log, workspaceIds: options.workspaceIds });
  return {
    runNow,
    mailings,
    mappingApply,
    nextRun: () => new Promise((resolve) => waiting.push(resolve)),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
