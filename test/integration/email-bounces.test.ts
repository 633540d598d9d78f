import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBounceReceiver, type BounceReceiver } from '../../src/services/email/bounceReceiver';
import { apiAs, type ApiClient } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { sendAndWait } from '../support/emailSending';
import { startTestInbox, type TestInbox } from '../support/emailInbox';

let inbox: TestInbox;
let receiver: BounceReceiver;
beforeAll(async () => {
  inbox = await startTestInbox();
  receiver = await startBounceReceiver({ port: 0, host: '127.0.0.1', db: testDb() });
});
afterAll(async () => {
  await receiver.close();
  await inbox.close();
});

/** A delivery status notification as a receiving mail server writes it (RFC 3464). */
function dsn(o: {
  reportId: string;
  recipient: string;
  action: 'failed' | 'delayed';
  status: string;
  originalMessageId: string;
  returned: 'text/rfc822-headers' | 'message/rfc822';
}): string {
  const original = [
    'From: Schmidt News <news@touchpoint.example.com>',
    `To: ${o.recipient}`,
    'Subject: Neuigkeiten',
    `Message-ID: ${o.originalMessageId}`,
    '',
    ...(o.returned === 'message/rfc822' ? ['Hallo,', 'der Newsletter.'] : []),
  ];
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'To: bounces@touchpoint.example.com',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <${o.reportId}@mx.example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="REPORT"',
    '',
    '--REPORT',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered.',
    '',
    '--REPORT',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    `Final-Recipient: rfc822; ${o.recipient}`,
    `Original-Recipient: rfc822;${o.recipient}`,
    `Action: ${o.action}`,
    `Status: ${o.status}`,
    `Diagnostic-Code: smtp; 550 ${o.status} problem with <${o.recipient}>`,
    '',
    '--REPORT',
    `Content-Type: ${o.returned}`,
    '',
    ...original,
    '--REPORT--',
    '',
  ].join('\r\n');
}

async function mailReceiver(to: string, raw: string) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: receiver.port, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope: { from: '', to }, raw });
  } finally {
    transport.close();
  }
}

/**
 * Points the workspace's SMTP at the test inbox, adds one profile per name and sends them a newsletter.
 * Returns the mailing, what the send reported, and each recipient's token and Message-ID by name.
 */
async function sendNewsletter(
  api: ApiClient,
  db: ReturnType<typeof testDb>,
  ws: string,
  people: string[],
  bodyText: string,
) {
  const base = `/workspaces/${ws}`;
  await api.put(`${base}/email/smtp`, {
    host: '127.0.0.1',
    port: inbox.port,
    fromAddress: 'news@touchpoint.example.com',
    bounceAddress: 'bounces@touchpoint.example.com',
  });
  await db
    .insertInto('profiles')
    .values(people.map((p) => ({ workspace_id: ws, email: `${p}@example.org`, name: p })))
    .execute();
  const mailing = await api.post(`${base}/mailings`, {
    name: 'Newsletter',
    subject: 'Neuigkeiten',
    bodyText,
    segment: { kind: 'all' },
  });
  const mailingId = mailing.json().id as string;
  const sent = await sendAndWait(api, base, mailingId);
  const rows = await db
    .selectFrom('mailing_recipients')
    .select(['email', 'token', 'message_id'])
    .where('workspace_id', '=', ws)
    .execute();
  const recipientNamed = (name: string) => {
    const row = rows.find((x) => x.email === `${name}@example.org`);
    if (!row?.message_id) throw new Error(`no recipient ${name}`);
    return { ...row, messageId: row.message_id };
  };
  return { mailingId, sent, recipientNamed };
}

describe('bounces and complaints', () => {
  it('reads DSNs, mailto unsubscriptions and provider webhooks into statuses, events, suppressions and KPIs', async () => {
    const db = testDb();
    const { workspace, owner, member } = await aWorkspace(db);
    const ws = workspace.id;
    const api = await apiAs(owner.token);
    const anonymous = await apiAs(null);
    const base = `/workspaces/${ws}`;

    const {
      mailingId,
      sent,
      recipientNamed: r,
    } = await sendNewsletter(
      api,
      db,
      ws,
      ['anna', 'bert', 'carla', 'dora', 'emil', 'frieda'],
      'Hallo {{firstName|Kundin/Kunde}}',
    );
    expect(sent).toMatchObject({ recipients: { sent: 6 } });
    const recipient = (name: string) =>
      db
        .selectFrom('mailing_recipients')
        .select(['status', 'bounce_status'])
        .where('workspace_id', '=', ws)
        .where('email', '=', `${name}@example.org`)
        .executeTakeFirstOrThrow();
    const suppressions = async () =>
      (
        await db
          .selectFrom('email_suppressions')
          .select(['email', 'reason'])
          .where('workspace_id', '=', ws)
          .orderBy('email')
          .execute()
      ).map((s) => `${s.email.split('@')[0]}:${s.reason}`);

    // --- DSNs through the inbound SMTP endpoint ---------------------------------------------------
    const hardDsn = dsn({
      reportId: 'report-1',
      recipient: 'anna@example.org',
      action: 'failed',
      status: '5.1.1',
      originalMessageId: r('anna').messageId,
      returned: 'text/rfc822-headers',
    });
    // To the VERP address the mail went out with.
    await mailReceiver(`bounces+b-${r('anna').token}@touchpoint.example.com`, hardDsn);
    expect(await recipient('anna')).toEqual({ status: 'bounced_hard', bounce_status: '5.1.1' });
    expect(await suppressions()).toEqual(['anna:hard_bounce']);

    // To the plain bounce address: found through the returned message's Message-ID.
    await mailReceiver(
      'bounces@touchpoint.example.com',
      dsn({
        reportId: 'report-2',
        recipient: 'bert@example.org',
        action: 'delayed',
        status: '4.2.2',
        originalMessageId: r('bert').messageId,
        returned: 'message/rfc822',
      }),
    );
    expect(await recipient('bert')).toEqual({ status: 'bounced_soft', bounce_status: '4.2.2' });
    expect(await suppressions()).toEqual(['anna:hard_bounce']);

    // The same report again changes nothing; an auto-reply is no bounce.
    await mailReceiver(`bounces+b-${r('anna').token}@touchpoint.example.com`, hardDsn);
    await mailReceiver(
      'bounces@touchpoint.example.com',
      'From: emil@example.org\r\nTo: bounces@touchpoint.example.com\r\nSubject: Abwesend\r\n\r\nIch bin im Urlaub.\r\n',
    );

    // The List-Unsubscribe mailto.
    await mailReceiver(
      `bounces+u-${r('emil').token}@touchpoint.example.com`,
      'From: emil@example.org\r\nSubject: unsubscribe\r\n\r\n',
    );
    expect(await suppressions()).toEqual(['anna:hard_bounce', 'emil:unsubscribed']);

    const dsnEvents = await db
      .selectFrom('events')
      .select(['type', 'profile_id', 'properties'])
      .where('workspace_id', '=', ws)
      .where('type', 'in', ['email_bounce', 'email_unsubscribe'])
      .orderBy('seq')
      .execute();
    expect(dsnEvents.map((e) => [e.type, e.properties.bounce ?? e.properties.via])).toEqual([
      ['email_bounce', 'hard'],
      ['email_bounce', 'soft'],
      ['email_unsubscribe', 'mailto'],
    ]);
    expect(dsnEvents.every((e) => e.profile_id !== null)).toBe(true);

    // --- webhooks -------------------------------------------------------------------------------------
    const editor = await apiAs((await member('editor')).token);
    expect((await editor.post(`${base}/email/webhook-secret`)).statusCode).toBe(403);
    const secret = await api.post(`${base}/email/webhook-secret`);
    expect(secret.statusCode).toBe(201);
    const urls = secret.json().urls as Record<string, string>;
    expect(urls.ses).toBe(`https://touchpoint.example.com/api/v1/email/webhooks/ses/${secret.json().secret}`);
    const path = (provider: string) => new URL(urls[provider] ?? '').pathname;

    // Amazon SES through SNS, which posts JSON as text/plain.
    const sns = JSON.stringify({
      Type: 'Notification',
      MessageId: 'sns-1',
      TopicArn: 'arn:aws:sns:eu-central-1:123456789012:bounces',
      Message: JSON.stringify({
        notificationType: 'Bounce',
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          feedbackId: 'ses-feedback-1',
          bouncedRecipients: [
            {
              emailAddress: 'carla@example.org',
              action: 'failed',
              status: '5.1.1',
              diagnosticCode: 'smtp; 550 5.1.1',
            },
          ],
        },
        mail: { messageId: 'ses-1', commonHeaders: { messageId: r('carla').messageId } },
      }),
    });
    const ses = await anonymous.post(path('ses'), sns, { 'content-type': 'text/plain; charset=UTF-8' });
    expect(ses.statusCode).toBe(200);
    expect(ses.json()).toEqual({ received: 1, recorded: 1, outcomes: ['recorded'] });
    const retried = await anonymous.post(path('ses'), sns, { 'content-type': 'text/plain; charset=UTF-8' });
    expect(retried.json()).toEqual({ received: 1, recorded: 0, outcomes: ['duplicate'] });
    expect(await recipient('carla')).toEqual({ status: 'bounced_hard', bounce_status: '5.1.1' });

    // Mailgun: a temporary failure, then the permanent one for the same mail (found by address).
    const mailgun = (id: string, severity: string, enhanced: string, message = 'mailbox full') => ({
      signature: { timestamp: '1767225600', token: 't', signature: 's' },
      'event-data': {
        id,
        event: 'failed',
        severity,
        recipient: 'dora@example.org',
        'delivery-status': { code: 452, 'enhanced-code': enhanced, message },
      },
    });
    expect(
      (await anonymous.post(path('mailgun'), mailgun('mg-1', 'temporary', '4.2.2'))).json(),
    ).toMatchObject({
      recorded: 1,
    });
    expect(await recipient('dora')).toEqual({ status: 'bounced_soft', bounce_status: '4.2.2' });
    // Mailgun calls a full mailbox "permanent" after its retries; still no verdict on the address.
    await anonymous.post(path('mailgun'), mailgun('mg-2', 'permanent', '5.2.2'));
    expect(await recipient('dora')).toMatchObject({ status: 'bounced_soft' });
    await anonymous.post(path('mailgun'), mailgun('mg-3', 'permanent', '5.1.1', 'mailbox does not exist'));
    expect(await recipient('dora')).toEqual({ status: 'bounced_hard', bounce_status: '5.1.1' });

    // Postmark: a spam complaint suppresses the address.
    const complaint = await anonymous.post(path('postmark'), {
      RecordType: 'SpamComplaint',
      ID: 4711,
      Type: 'SpamComplaint',
      Email: 'bert@example.org',
    });
    expect(complaint.json()).toMatchObject({ recorded: 1 });
    expect(await suppressions()).toEqual([
      'anna:hard_bounce',
      'bert:complaint',
      'carla:hard_bounce',
      'dora:hard_bounce',
      'emil:unsubscribed',
    ]);

    // Bad payloads say which field is wrong; a wrong secret or provider is simply not found.
    const bad = await anonymous.post(path('mailgun'), { 'event-data': { event: 'failed' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.stringContaining('event-data.'),
        details: { issues: expect.arrayContaining([expect.objectContaining({ field: 'event-data.id' })]) },
      },
    });
    const notJson = await anonymous.post(path('ses'), '{"Type":', { 'content-type': 'text/plain' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('validation_failed');
    const wrong = await anonymous.post(
      path('ses').replace(/\/[^/]+$/, '/tpwh_wrongwrongwrongwrongwrong'),
      sns,
      {
        'content-type': 'text/plain',
      },
    );
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toMatchObject({
      error: { code: 'not_found', message: expect.any(String), details: {} },
    });
    expect((await anonymous.post(path('ses').replace('/ses/', '/sparkpost/'), {})).statusCode).toBe(404);

    // --- the KPIs, worked out by hand ------------------------------------------------------------
    // sent 6; hard: Anna, Carla, Dora; soft: Bert → delivered 2; unsubscribes: Emil.
    const kpis = (await api.get(`${base}/mailings/${mailingId}/kpis`)).json();
    expect(kpis.counts).toMatchObject({ sent: 6, hardBounces: 3, softBounces: 1, unsubscribes: 1 });
    expect(kpis.kpis).toMatchObject({
      delivered: 2,
      hardBounceRate: 0.5,
      softBounceRate: 1 / 6,
      unsubscribeRate: 0.5,
      openRate: 0,
    });
    expect(kpis.flags.unsubscribeRateAbove1Percent).toBe(true);

    // --- the next mailing skips every suppressed address -----------------------------------------
    const next = await api.post(`${base}/mailings`, {
      name: 'Nächster',
      subject: 'Mehr',
      bodyText: 'Mehr',
      segment: { kind: 'all' },
    });
    const from = inbox.mails.length;
    expect(await sendAndWait(api, base, next.json().id)).toMatchObject({
      added: 1,
      recipients: { sent: 1 },
    });
    expect(inbox.mails.slice(from).map((m) => m.envelopeTo[0])).toEqual(['frieda@example.org']);
  });
  it('reads the plain-text reports of qmail and Exim, and counts a full mailbox soft whatever its 5.x code', async () => {
    const db = testDb();
    const { workspace, owner } = await aWorkspace(db);
    const ws = workspace.id;
    const api = await apiAs(owner.token);
    const { sent, recipientNamed: r } = await sendNewsletter(
      api,
      db,
      ws,
      ['gustav', 'hanna', 'ida', 'jonas'],
      'Hallo',
    );
    expect(sent).toMatchObject({ recipients: { sent: 4 } });
    const status = async () =>
      Object.fromEntries(
        (
          await db
            .selectFrom('mailing_recipients')
            .select(['email', 'status', 'bounce_status'])
            .where('workspace_id', '=', ws)
            .execute()
        ).map((x) => [x.email.split('@')[0], `${x.status}:${x.bounce_status ?? ''}`]),
      );

    // qmail: no MIME structure, the address on a line of its own, to the VERP address.
    await mailReceiver(
      `bounces+b-${r('gustav').token}@touchpoint.example.com`,
      [
        'From: MAILER-DAEMON@mx.example.org',
        'To: bounces+b-x@touchpoint.example.com',
        'Subject: failure notice',
        '',
        'Hi. This is the qmail-send program at mx.example.org.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<gustav@example.org>:',
        '192.0.2.25 does not like recipient.',
        'Remote host said: 550 5.1.1 <gustav@example.org>... User Unknown',
        'Giving up on 192.0.2.25.',
        '',
        '--- Below this line is a copy of the message.',
        '',
        'From: news@touchpoint.example.com',
        'To: gustav@example.org',
        'Subject: Neuigkeiten',
        '',
        'Hallo',
        '',
      ].join('\r\n'),
    );
    // Exim to the plain bounce address: found through the Message-ID in the returned headers.
    await mailReceiver(
      'bounces@touchpoint.example.com',
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
        'To: bounces@touchpoint.example.com',
        'Subject: Mail delivery failed: returning message to sender',
        'X-Failed-Recipients: hanna@example.org',
        '',
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  hanna@example.org',
        '    SMTP error from remote mail server after RCPT TO:<hanna@example.org>:',
        '    host mx.example.org [192.0.2.20]: 550 5.1.1 <hanna@example.org>: Recipient address rejected: User unknown',
        '',
        '------ This is a copy of the message, including all the headers. ------',
        '',
        'From: news@touchpoint.example.com',
        'To: hanna@example.org',
        `Message-ID: ${r('hanna').messageId}`,
        'Subject: Neuigkeiten',
        '',
        'Hallo',
        '',
      ].join('\r\n'),
    );
    // A full mailbox answered with 5.2.2 is soft: the address exists and is kept.
    await mailReceiver(
      'bounces@touchpoint.example.com',
      dsn({
        reportId: 'report-full',
        recipient: 'ida@example.org',
        action: 'failed',
        status: '5.2.2',
        originalMessageId: r('ida').messageId,
        returned: 'text/rfc822-headers',
      }),
    );
    // A feedback report is no bounce.
    await mailReceiver(
      'bounces@touchpoint.example.com',
      [
        'From: feedbackloop@example.net',
        'To: bounces@touchpoint.example.com',
        'Subject: Abuse Report',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=feedback-report; boundary="ARF"',
        '',
        '--ARF',
        'Content-Type: text/plain',
        '',
        'This is an email abuse report.',
        '--ARF',
        'Content-Type: message/feedback-report',
        '',
        'Feedback-Type: abuse',
        'Original-Rcpt-To: <jonas@example.org>',
        '--ARF',
        'Content-Type: text/rfc822-headers',
        '',
        `Message-ID: ${r('jonas').messageId}`,
        '--ARF--',
        '',
      ].join('\r\n'),
    );

    expect(await status()).toEqual({
      gustav: 'bounced_hard:5.1.1',
      hanna: 'bounced_hard:5.1.1',
      ida: 'bounced_soft:5.2.2',
      jonas: 'sent:',
    });
    const suppressed = await db
      .selectFrom('email_suppressions')
      .select('email')
      .where('workspace_id', '=', ws)
      .orderBy('email')
      .execute();
    expect(suppressed.map((x) => x.email)).toEqual(['gustav@example.org', 'hanna@example.org']);
  });
});
