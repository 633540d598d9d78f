import type { Db } from '../../db/database';
import { deliverMailing } from './deliverMailing';
import type { MailingDeliveryJob } from './sendMailing';

/** Where `POST /mailings/:id/send` hands a mailing for delivery: pg-boss in `touchpoint serve`. */
export interface MailingDeliveryQueue {
  enqueue(job: MailingDeliveryJob): Promise<void>;
}

/**
 * Delivers in this process, for an app without background jobs (tests, or when pg-boss did not
 * start). Not durable by itself: the next server start resumes what is left (`resume-mailings`).
 */
export function inProcessDelivery(db: Db, onError: (error: unknown) => void): MailingDeliveryQueue {
  const running = new Map<string, { again: boolean }>();
  const run = async (job: MailingDeliveryJob, state: { again: boolean }) => {
    try {
      for (;;) {
        state.again = false;
        const result = await deliverMailing(db, job);
        if (!result.more && !state.again) return;
      }
    } catch (error) {
      onError(error);
    } finally {
      running.delete(job.mailingId);
    }
  };
  return {
    enqueue: async (job) => {
      const current = running.get(job.mailingId);
      if (current) {
        current.again = true;
        return;
      }
      const state = { again: false };
      running.set(job.mailingId, state);
      void run(job, state);
    },
  };
}
