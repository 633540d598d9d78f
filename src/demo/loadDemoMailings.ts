import { sql } from 'kysely';
import { extractLinks } from '../core/email/links';
import type { Db } from '../db/database';
import { inTransaction } from '../db/transaction';
import type { WorkspaceContext } from '../services/context';
import { recordEmailEvent, type EmailEvent } from '../services/email/emailEvents';
import { createMailing } from '../services/email/mailings';
import { newRecipientToken } from '../services/email/segmentRecipients';
import type { DemoMailing, DemoRecipient } from './live/settings';

/** The sender's domain the message ids would carry (`<token@domain>`, as `deliverQueued` writes them). */
const MAIL_DOMAIN = 'schmidt-drehteile.example';

/**
 * Writes the demo's newsletter issues as the e-mail module leaves a mailing it has sent and tracked:
 * the mailing (status sent), its recipients with their counters and tokens, the mailing's counters
 * (summed from the recipients), the suppressions of those who unsubscribed, and the email_* events with
 * the properties tracking gives them. Nothing is sent: the demo has no SMTP server. Call it after the
 * CRM's contacts have profiles; the events still need the event processor. Returns the events written.
 *
 * @example const events = await loadDemoMailings(ctx, data.mailings, touchpointId('tp-newsletter'));
 */
export async function loadDemoMailings(
  ctx: WorkspaceContext,
  mailings: readonly DemoMailing[],
  touchpointId: string,
): Promise<EmailEvent[]> {
  const profileOf = await profilesByEmail(ctx.db, ctx.workspaceId);
  const written: EmailEvent[] = [];
  for (const m of mailings) {
    const created = await createMailing(ctx, {
      kind: 'newsletter',
      name: m.name,
      subject: m.subject,
      bodyHtml: m.bodyHtml,
      segment: { kind: 'trait', key: 'newsletter', value: 'ja' },
      touchpointId,
    });
    if (!created.ok) throw new Error(`demo mailing ${m.name}: ${created.error.message}`);
    const mailingId = created.value.id;
    const sentAt = new Date(m.sentAt);
    const links = extractLinks(m.bodyHtml, '');
    // Random like every recipient's token: the tracking links find a recipient by it, in any workspace.
    const recipients = m.recipients.map((r) => ({ ...r, token: newRecipientToken() }));
    const events = recipients.flatMap((r) =>
      trackingEvents(r, profileOf(r.email), { mailingId, name: m.name, touchpointId, links }),
    );
    await inTransaction(ctx.db, async (trx) => {
      // What `startSendingMailing` and `finishMailing` leave, with the time it really went out.
      await trx
        .updateTable('mailings')
        .set({
          status: 'sent',
          links: JSON.stringify(links),
          sent_at: sentAt,
          created_at: new Date(sentAt.getTime() - 26 * 3_600_000),
        })
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', mailingId)
        .execute();
      if (recipients.length > 0)
        await trx
          .insertInto('mailing_recipients')
          .values(
            recipients.map((r) => ({
              workspace_id: ctx.workspaceId,
              mailing_id: mailingId,
              profile_id: profileOf(r.email),
              email: r.email.toLowerCase(),
              token: r.token,
              status: 'sent' as const,
              message_id: messageIdOf(r),
              sent_at: r.sentAt,
              opens: r.opens.length,
              clicks: r.clicks.length,
              first_opened_at: r.opens[0] ?? null,
              first_clicked_at: r.clicks[0]?.at ?? null,
              unsubscribed_at: r.unsubscribedAt,
            })),
          )
          .execute();
      await sumStats(trx, ctx.workspaceId, mailingId);
      const unsubscribed = recipients.filter((r) => r.unsubscribedAt !== null);
      if (unsubscribed.length > 0)
        await trx
          .insertInto('email_suppressions')
          .values(
            unsubscribed.map((r) => ({
              workspace_id: ctx.workspaceId,
              email: r.email.toLowerCase(),
              reason: 'unsubscribed' as const,
              created_at: r.unsubscribedAt ?? undefined,
            })),
          )
          .onConflict((oc) => oc.columns(['workspace_id', 'email']).doNothing())
          .execute();
      for (const e of events) await recordEmailEvent(trx, ctx.workspaceId, e);
    });
    written.push(...events);
  }
  return written;
}

type Recipient = DemoRecipient & { token: string };

const messageIdOf = (r: Recipient) => `<${r.token}@${MAIL_DOMAIN}>`;

/** The events `deliverQueued`, `recordOpen`, `recordClick` and `unsubscribe` record for a recipient. */
function trackingEvents(
  r: Recipient,
  profileId: string,
  m: { mailingId: string; name: string; touchpointId: string; links: string[] },
): EmailEvent[] {
  const of = { profileId, touchpointId: m.touchpointId };
  const events: EmailEvent[] = [
    {
      ...of,
      eventId: `email:${r.token}:sent`,
      type: 'email_sent',
      occurredAt: new Date(r.sentAt),
      properties: { mailingId: m.mailingId, mailingName: m.name, messageId: messageIdOf(r) },
    },
    ...r.opens.map((at, i): EmailEvent => ({
      ...of,
      eventId: `email:${r.token}:open:${i + 1}`,
      type: 'email_open',
      occurredAt: new Date(at),
      properties: { mailingId: m.mailingId, unique: i === 0 },
    })),
    ...r.clicks.map((c, i): EmailEvent => ({
      ...of,
      eventId: `email:${r.token}:click:${i + 1}`,
      type: 'email_click',
      occurredAt: new Date(c.at),
      url: m.links[c.link] ?? '',
      properties: { mailingId: m.mailingId, link: c.link, unique: i === 0 },
    })),
  ];
  if (r.unsubscribedAt !== null)
    events.push({
      ...of,
      eventId: `email:${r.token}:unsubscribe`,
      type: 'email_unsubscribe',
      occurredAt: new Date(r.unsubscribedAt),
      properties: { mailingId: m.mailingId, via: 'one_click' },
    });
  return events.sort((a, b) => (a.occurredAt?.getTime() ?? 0) - (b.occurredAt?.getTime() ?? 0));
}

/** The mailing's counters as tracking keeps them, summed from its recipients. */
async function sumStats(db: Db, workspaceId: string, mailingId: string): Promise<void> {
  await sql`
    update mailing_stats s set
      sent = r.sent, opens = r.opens, unique_opens = r.unique_opens, clicks = r.clicks,
      unique_clicks = r.unique_clicks, unsubscribes = r.unsubscribes
    from (
      select count(*) filter (where status = 'sent') as sent,
             coalesce(sum(opens), 0) as opens, count(*) filter (where opens > 0) as unique_opens,
             coalesce(sum(clicks), 0) as clicks, count(*) filter (where clicks > 0) as unique_clicks,
             count(unsubscribed_at) as unsubscribes
      from mailing_recipients where workspace_id = ${workspaceId} and mailing_id = ${mailingId}
    ) r
    where s.workspace_id = ${workspaceId} and s.mailing_id = ${mailingId}
  `.execute(db);
}

/** The profile of each CRM contact, by e-mail address (lower-case, as recipients are listed). */
async function profilesByEmail(db: Db, workspaceId: string): Promise<(email: string) => string> {
  const rows = await db
    .selectFrom('profiles')
    .select(['id', sql<string>`lower(trim(email))`.as('email')])
    .where('workspace_id', '=', workspaceId)
    .where('merged_into', 'is', null)
    .where('email', 'is not', null)
    .execute();
  const idOf = new Map(rows.map((r) => [r.email, r.id]));
  return (email) => {
    const id = idOf.get(email.toLowerCase());
    if (id === undefined) throw new Error(`the demo newsletter goes to ${email}, who has no profile`);
    return id;
  };
}
