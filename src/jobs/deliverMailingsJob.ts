import type PgBoss from 'pg-boss';
import type { Db } from '../db/database';
import { deliverMailing, listSendingMailings } from '../services/email/deliverMailing';
import type { MailingDeliveryQueue } from '../services/email/mailingDelivery';
import type { MailingDeliveryJob } from '../services/email/sendMailing';

export const DELIVER_MAILING_QUEUE = 'deliver-mailing';
export const RESUME_MAILINGS_QUEUE = 'resume-mailings';
/** Every five minutes, and once at start: whatever is still sending gets a delivery job. */
export const RESUME_MAILINGS_CRON = '*/5 * * * *';
/** One job sends for at most this long, then queues the next run; well inside pg-boss's expiry. */
const RUN_MS = 4 * 60_000;

/**
 * Mailing delivery on pg-boss: one `deliver-mailing` job per mailing at a time (stately, keyed by the
 * mailing), each run bounded in time; `resume-mailings` re-queues every mailing left `sending`, so a
 * restart continues where the last process stopped.
 *
 * @example const mailings = await startMailingDelivery(boss, db, { log }); await mailings.enqueue(job);
 */
export async function startMailingDelivery(
  boss: PgBoss,
  db: Db,
  options: { log: (message: string) => void; workspaceIds?: readonly string[] | undefined },
): Promise<MailingDeliveryQueue> {
  await boss.createQueue(DELIVER_MAILING_QUEUE, {
    name: DELIVER_MAILING_QUEUE,
    policy: 'stately',
    expireInSeconds: 15 * 60,
    retryLimit: 5,
    retryDelay: 30,
  });
  // Listing the mailings takes milliseconds; a short expiry keeps a run orphaned by a crashed process
  // from blocking the next start's run (stately: one active at a time) for pg-boss's default 15 minutes.
  // createQueue leaves an existing queue as it is; updateQueue brings older installs to this expiry.
  const resumeQueue = { name: RESUME_MAILINGS_QUEUE, policy: 'stately', expireInSeconds: 60 } as const;
  await boss.createQueue(RESUME_MAILINGS_QUEUE, resumeQueue);
  await boss.updateQueue(RESUME_MAILINGS_QUEUE, resumeQueue);
  await boss.schedule(RESUME_MAILINGS_QUEUE, RESUME_MAILINGS_CRON, {}, { tz: 'UTC' });

  const enqueue = async (job: MailingDeliveryJob, startAfter?: Date) => {
    await boss.send(DELIVER_MAILING_QUEUE, job, {
      singletonKey: job.mailingId,
      ...(startAfter && { startAfter }),
    });
  };
  await boss.work<MailingDeliveryJob>(DELIVER_MAILING_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const { data } of jobs) {
      const run = await deliverMailing(db, data, { until: new Date(Date.now() + RUN_MS) });
      if (run.more) await enqueue(data);
      else if (run.recheckAt) await enqueue(data, run.recheckAt);
    }
  });
  await boss.work(RESUME_MAILINGS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const sending = await listSendingMailings(db, options.workspaceIds);
    for (const job of sending) await enqueue(job);
    if (sending.length) options.log(`Resuming delivery of ${sending.length} mailing(s)`);
  });
  await boss.send(RESUME_MAILINGS_QUEUE, {});
  return { enqueue: (job) => enqueue(job) };
}
