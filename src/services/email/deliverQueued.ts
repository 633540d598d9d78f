import nodemailer from 'nodemailer';
import { composeMessage } from '../../core/email/composeMessage';
import { mergeProfileFrom } from '../../core/email/mergeFields';
import { verpAddress } from '../../core/email/verp';
import type { Db } from '../../db/database';
import { recordEmailEvent } from './emailEvents';
import type { MailingRow } from './mailings';
import type { SmtpSettingsRow } from './smtpSettings';

interface Claimed {
  email: string;
  token: string;
  profile_id: string | null;
}

async function claimNext(db: Db, workspaceId: string, mailingId: string): Promise<Claimed | undefined> {
  return db
    .updateTable('mailing_recipients')
    .set({ status: 'sending', claimed_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('mailing_id', '=', mailingId)
    .where('email', '=', (eb) =>
      eb
        .selectFrom('mailing_recipients')
        .select('email')
        .where('workspace_id', '=', workspaceId)
        .where('mailing_id', '=', mailingId)
        .where('status', '=', 'queued')
        .orderBy('email')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['email', 'token', 'profile_id'])
    .executeTakeFirst();
}

async function mergeProfileOf(db: Db, workspaceId: string, r: Claimed) {
  const p = r.profile_id
    ? await db
        .selectFrom('profiles as p')
        .leftJoin('companies as c', (j) =>
          j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.id', '=', 'p.company_id'),
        )
        .select(['p.name', 'p.traits', 'c.name as company_name'])
        .where('p.workspace_id', '=', workspaceId)
        .where('p.id', '=', r.profile_id)
        .executeTakeFirst()
    : undefined;
  return mergeProfileFrom({
    name: p?.name ?? '',
    email: r.email,
    traits: p?.traits ?? {},
    companyName: p?.company_name ?? null,
  });
}

/**
 * Sends every queued recipient of a mailing, a few at a time over pooled SMTP connections: claim,
 * compose, send, record. Stops claiming at `until` (the job continues in a new run). Returns how many
 * mails went out and how many the server refused.
 */
export async function deliverQueued(
  { db, workspaceId }: { db: Db; workspaceId: string },
  mailing: MailingRow,
  smtp: SmtpSettingsRow,
  options: { baseUrl: string; concurrency?: number | undefined; until?: Date | undefined },
): Promise<{ sent: number; failed: number }> {
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 3, 10));
  const workspace = await db
    .selectFrom('workspaces')
    .select('locale')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const locale = workspace.locale === 'en' ? 'en' : 'de';
  const domain = smtp.from_address.slice(smtp.from_address.lastIndexOf('@') + 1);
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.username !== '' && { auth: { user: smtp.username, pass: smtp.password } }),
    pool: true,
    maxConnections: concurrency,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const counted = { sent: 0, failed: 0 };
  const content = {
    subject: mailing.subject,
    bodyHtml: mailing.body_html,
    bodyText: mailing.body_text,
    links: mailing.links,
  };

  const deliverOne = async (r: Claimed) => {
    const message = composeMessage(content, {
      baseUrl: options.baseUrl,
      token: r.token,
      profile: await mergeProfileOf(db, workspaceId, r),
      locale,
      bounceAddress: smtp.bounce_address,
    });
    const messageId = `<${r.token}@${domain}>`;
    const row = db
      .updateTable('mailing_recipients')
      .where('workspace_id', '=', workspaceId)
      .where('mailing_id', '=', mailing.id)
      .where('email', '=', r.email);
    try {
      await transport.sendMail({
        from: { name: smtp.from_name, address: smtp.from_address },
        to: r.email,
        subject: message.subject,
        ...(message.html !== null && { html: message.html }),
        ...(message.text !== null && { text: message.text }),
        messageId,
        headers: { ...message.headers, 'X-Touchpoint-Token': r.token },
        envelope: {
          from: smtp.bounce_address ? verpAddress(smtp.bounce_address, 'b', r.token) : smtp.from_address,
          to: r.email,
        },
      });
    } catch (error) {
      counted.failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      await row.set({ status: 'failed', error: reason.slice(0, 500) }).execute();
      return;
    }
    counted.sent += 1;
    const sentAt = new Date();
    await row.set({ status: 'sent', message_id: messageId, error: null, sent_at: sentAt }).execute();
    await db
      .updateTable('mailing_stats')
      .set((eb) => ({ sent: eb('sent', '+', 1) }))
      .where('workspace_id', '=', workspaceId)
      .where('mailing_id', '=', mailing.id)
      .execute();
    await recordEmailEvent(db, workspaceId, {
      eventId: `email:${r.token}:sent`,
      type: 'email_sent',
      profileId: r.profile_id,
      touchpointId: mailing.touchpoint_id,
      occurredAt: sentAt,
      properties: { mailingId: mailing.id, mailingName: mailing.name, messageId },
    });
  };

  const worker = async () => {
    for (;;) {
      if (options.until && Date.now() >= options.until.getTime()) return;
      const next = await claimNext(db, workspaceId, mailing.id);
      if (!next) return;
      await deliverOne(next);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    transport.close();
  }
  return counted;
}
