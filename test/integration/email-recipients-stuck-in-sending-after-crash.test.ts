import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMailing, INTERRUPTED_ERROR } from '../../src/services/email/deliverMailing';
import { sendAndWait } from '../support/emailSending';
import { aWorkspaceMailingTo, startTestInbox, type TestInbox } from '../support/emailInbox';

/**
 * A process that died between claiming a recipient and the SMTP server's answer left the recipient
 * `sending` for ever, and the mailing with it. A claim older than the lease now turns `failed`
 * ("interrupted: delivery unknown"), without a second mail, and `retryFailed` sends it on purpose.
 */
let inbox: TestInbox;
beforeAll(async () => {
  inbox = await startTestInbox();
});
afterAll(async () => {
  await inbox.close();
});

describe('a recipient claimed by a process that crashed', () => {
  it('is marked failed after the lease, not mailed again, and can be retried deliberately', async () => {
    const { db, ws, api, base } = await aWorkspaceMailingTo(inbox);
    await db
      .insertInto('profiles')
      .values(
        ['old', 'fresh', 'next'].map((p) => ({ workspace_id: ws, email: `${p}@crash.example.org`, name: p })),
      )
      .execute();
    const mailing = await api.post(`${base}/mailings`, {
      name: 'Crash',
      subject: 'x',
      bodyText: 'x',
      segment: { kind: 'all' },
    });
    const mailingId = mailing.json().id as string;
    expect(await sendAndWait(api, base, mailingId)).toMatchObject({ recipients: { sent: 3 } });

    // Simulate the crash: two recipients claimed (one 11 minutes ago, one just now), one queued.
    await db
      .updateTable('mailing_recipients')
      .set({
        status: 'sending',
        message_id: null,
        sent_at: null,
        claimed_at: sql`now() - interval '11 minutes'`,
      })
      .where('workspace_id', '=', ws)
      .where('email', '=', 'old@crash.example.org')
      .execute();
    await db
      .updateTable('mailing_recipients')
      .set({ status: 'sending', claimed_at: new Date() })
      .where('workspace_id', '=', ws)
      .where('email', '=', 'fresh@crash.example.org')
      .execute();
    await db
      .updateTable('mailing_recipients')
      .set({ status: 'queued' })
      .where('workspace_id', '=', ws)
      .where('email', '=', 'next@crash.example.org')
      .execute();
    await db.updateTable('mailings').set({ status: 'sending' }).where('id', '=', mailingId).execute();

    const before = inbox.mails.length;
    const job = { workspaceId: ws, mailingId };
    const run = await deliverMailing(db, job);
    expect(run).toMatchObject({ status: 'sending', sent: 1, failed: 0, more: false });
    // The fresh claim may still be answered by its process: look again when its lease ends.
    expect(run.recheckAt?.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(inbox.mails.slice(before).map((m) => m.envelopeTo[0])).toEqual(['next@crash.example.org']);
    const rows = await db
      .selectFrom('mailing_recipients')
      .select(['email', 'status', 'error'])
      .where('workspace_id', '=', ws)
      .orderBy('email')
      .execute();
    expect(rows).toEqual([
      { email: 'fresh@crash.example.org', status: 'sending', error: null },
      { email: 'next@crash.example.org', status: 'sent', error: null },
      { email: 'old@crash.example.org', status: 'failed', error: INTERRUPTED_ERROR },
    ]);

    // Once the fresh claim's lease is over too, the mailing settles without mailing anyone again.
    const settled = await deliverMailing(db, job, { claimTimeoutMs: 0 });
    expect(settled).toMatchObject({ status: 'sent', sent: 0, failed: 0 });
    expect(inbox.mails.length).toBe(before + 1);
    const failed = await api.get(`${base}/mailings/${mailingId}/recipients?status=failed`);
    expect(failed.json().map((r: { email: string; error: string }) => [r.email, r.error])).toEqual([
      ['fresh@crash.example.org', INTERRUPTED_ERROR],
      ['old@crash.example.org', INTERRUPTED_ERROR],
    ]);

    // Retrying is a deliberate choice of the user.
    const retried = await sendAndWait(api, base, mailingId, { retryFailed: true });
    expect(retried).toMatchObject({ status: 'sent', recipients: { sent: 3, failed: 0, sending: 0 } });
    expect(
      inbox.mails
        .slice(before + 1)
        .map((m) => m.envelopeTo[0])
        .sort(),
    ).toEqual(['fresh@crash.example.org', 'old@crash.example.org']);
  });
});
