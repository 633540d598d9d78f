import type { BounceKind } from '../../core/email/deliveryStatus';
import type { FeedbackOutcome } from '../../contract/email';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { announceEmailEvents, recordEmailEvent } from './emailEvents';

/** How a bounce or complaint names the mail it is about; the first clue that finds a recipient wins. */
export interface FeedbackClues {
  /** Set for webhooks (the secret names the workspace); the SMTP receiver serves every workspace. */
  workspaceId: string | null;
  /** From a VERP address or an `X-Touchpoint-Token` header. */
  token: string | null;
  messageId: string | null;
  /** Within a known workspace only: the latest mail sent to this address. */
  email: string | null;
}

export type Feedback =
  | { kind: 'bounce'; bounce: BounceKind; status: string | null; diagnostic: string | null }
  | { kind: 'complaint' };

export type { FeedbackOutcome } from '../../contract/email';

async function findRecipient(db: Db, clues: FeedbackClues) {
  const base = () => {
    let q = db
      .selectFrom('mailing_recipients as r')
      .innerJoin('mailings as m', (j) =>
        j.onRef('m.workspace_id', '=', 'r.workspace_id').onRef('m.id', '=', 'r.mailing_id'),
      )
      .select(['r.workspace_id', 'r.mailing_id', 'r.email', 'r.token', 'r.profile_id', 'm.touchpoint_id']);
    if (clues.workspaceId) q = q.where('r.workspace_id', '=', clues.workspaceId);
    return q;
  };
  if (clues.token && /^[0-9a-f]{32}$/.test(clues.token)) {
    const r = await base().where('r.token', '=', clues.token).executeTakeFirst();
    if (r) return r;
  }
  if (clues.messageId) {
    const r = await base().where('r.message_id', '=', clues.messageId).executeTakeFirst();
    if (r) return r;
  }
  if (clues.workspaceId && clues.email)
    return base()
      .where('r.email', '=', clues.email.toLowerCase())
      .where('r.sent_at', 'is not', null)
      .orderBy('r.sent_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  return undefined;
}

async function suppress(db: Db, workspaceId: string, email: string, reason: 'hard_bounce' | 'complaint') {
  await db
    .insertInto('email_suppressions')
    .values({ workspace_id: workspaceId, email: email.toLowerCase(), reason })
    // A hard bounce outranks an unsubscription: the preference page must not take it back.
    .onConflict((oc) =>
      reason === 'hard_bounce'
        ? oc.columns(['workspace_id', 'email']).doUpdateSet({ reason })
        : oc.columns(['workspace_id', 'email']).doNothing(),
    )
    .execute();
}

/**
 * Records a bounce or complaint once per `sourceEventId` (a retried webhook changes nothing). Each
 * recipient counts once in the bounce rates: a soft bounce that later turns hard moves from the soft
 * to the hard counter, and nothing downgrades a hard bounce. Hard bounces and complaints suppress the
 * address for the workspace's future mailings.
 */
export async function recordFeedback(
  db: Db,
  clues: FeedbackClues,
  feedback: Feedback,
  sourceEventId: string,
): Promise<FeedbackOutcome> {
  const r = await findRecipient(db, clues);
  if (!r) {
    if (clues.workspaceId && clues.email && (feedback.kind === 'complaint' || feedback.bounce === 'hard')) {
      await suppress(
        db,
        clues.workspaceId,
        clues.email,
        feedback.kind === 'complaint' ? 'complaint' : 'hard_bounce',
      );
      return 'suppressed_only';
    }
    return 'unknown_recipient';
  }
  const outcome = await inTransaction(db, async (trx): Promise<FeedbackOutcome> => {
    const fresh = await recordEmailEvent(trx, r.workspace_id, {
      eventId: `email:${r.token}:${feedback.kind}:${sourceEventId}`.slice(0, 500),
      type: feedback.kind === 'bounce' ? 'email_bounce' : 'email_complaint',
      profileId: r.profile_id,
      touchpointId: r.touchpoint_id,
      properties: {
        mailingId: r.mailing_id,
        ...(feedback.kind === 'bounce' && {
          bounce: feedback.bounce,
          status: feedback.status,
          diagnostic: feedback.diagnostic?.slice(0, 1000) ?? null,
        }),
      },
    });
    if (!fresh) return 'duplicate';
    if (feedback.kind === 'complaint') {
      await suppress(trx, r.workspace_id, r.email, 'complaint');
      return 'recorded';
    }
    const current = await trx
      .selectFrom('mailing_recipients')
      .select('status')
      .where('token', '=', r.token)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const hard = feedback.bounce === 'hard';
    // Bounce counters only move for mail that went out and did not bounce as hard or harder already.
    const fromSent = current.status === 'sent';
    const softToHard = current.status === 'bounced_soft' && hard;
    if (fromSent || softToHard) {
      await trx
        .updateTable('mailing_recipients')
        .set({
          status: hard ? 'bounced_hard' : 'bounced_soft',
          bounced_at: new Date(),
          bounce_status: feedback.status,
        })
        .where('token', '=', r.token)
        .execute();
      await trx
        .updateTable('mailing_stats')
        .set((eb) =>
          hard
            ? {
                hard_bounces: eb('hard_bounces', '+', 1),
                ...(softToHard && { soft_bounces: eb('soft_bounces', '-', 1) }),
              }
            : { soft_bounces: eb('soft_bounces', '+', 1) },
        )
        .where('workspace_id', '=', r.workspace_id)
        .where('mailing_id', '=', r.mailing_id)
        .execute();
    }
    if (hard) await suppress(trx, r.workspace_id, r.email, 'hard_bounce');
    return 'recorded';
  });
  if (outcome === 'recorded') announceEmailEvents(r.workspace_id);
  return outcome;
}
