import { describe, expect, it } from 'vitest';
import {
  bounceKindOf,
  bounceKindOfStatus,
  findMessageId,
  parseDeliveryStatus,
} from '../../src/core/email/deliveryStatus';
import { readWebhook } from '../../src/core/email/webhookFormats';

describe('delivery status notifications', () => {
  const report = [
    'Reporting-MTA: dns; mx.example.net',
    'Arrival-Date: Mon, 2 Feb 2026 10:00:00 +0100',
    '',
    'Final-Recipient: rfc822; Anna@Example.org',
    'Original-Recipient: rfc822;anna@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <anna@example.org>:',
    '  user unknown',
    '',
    'Final-Recipient: rfc822; bert@example.org',
    'Action: delayed',
    'Status: 4.2.2 (mailbox full)',
    '',
    'Final-Recipient: rfc822; carla@example.org',
    'Action: delivered',
    'Status: 2.0.0',
  ].join('\r\n');

  it('reads one block per recipient, with folded lines joined', () => {
    expect(parseDeliveryStatus(report)).toEqual([
      {
        finalRecipient: 'anna@example.org',
        originalRecipient: 'anna@example.org',
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: 'smtp; 550 5.1.1 <anna@example.org>: user unknown',
      },
      {
        finalRecipient: 'bert@example.org',
        originalRecipient: null,
        action: 'delayed',
        status: '4.2.2',
        diagnosticCode: null,
      },
      {
        finalRecipient: 'carla@example.org',
        originalRecipient: null,
        action: 'delivered',
        status: '2.0.0',
        diagnosticCode: null,
      },
    ]);
  });

  it('classes 5.x.x as hard, 4.x.x as soft and deliveries as no bounce', () => {
    expect(parseDeliveryStatus(report).map(bounceKindOf)).toEqual(['hard', 'soft', null]);
    expect(bounceKindOfStatus('5.7.1')).toBe('hard');
    expect(bounceKindOfStatus('4.4.7')).toBe('soft');
    expect(bounceKindOfStatus(null)).toBeNull();
  });

  it('finds the Message-ID of the returned headers, also when folded', () => {
    expect(findMessageId('From: a@b.c\r\nMessage-ID:\r\n <abc@t.example>\r\nSubject: x')).toBe(
      '<abc@t.example>',
    );
    expect(findMessageId('From: a@b.c')).toBeNull();
  });
});

describe('provider webhooks', () => {
  const sesBounce = {
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent',
      feedbackId: 'fb-1',
      bouncedRecipients: [
        { emailAddress: 'Anna@example.org', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1' },
      ],
    },
    mail: {
      messageId: 'ses-1',
      headers: [{ name: 'X-Touchpoint-Token', value: 'ABCDEF0123456789abcdef0123456789' }],
      commonHeaders: { messageId: '<tok@t.example>' },
    },
  };

  it('reads an SES bounce wrapped in an SNS notification, also as a JSON text body', () => {
    const sns = { Type: 'Notification', MessageId: 'sns-1', Message: JSON.stringify(sesBounce) };
    const expected = {
      kind: 'feedback',
      items: [
        {
          kind: 'bounce',
          bounce: 'hard',
          email: 'anna@example.org',
          status: '5.1.1',
          diagnostic: 'smtp; 550 5.1.1',
          messageId: '<tok@t.example>',
          token: 'abcdef0123456789abcdef0123456789',
          providerEventId: 'fb-1:0',
        },
      ],
    };
    expect(readWebhook('ses', sns)).toEqual({ ok: true, value: expected });
    expect(readWebhook('ses', JSON.stringify(sns))).toEqual({ ok: true, value: expected });
  });

  it('accepts SNS subscription confirmations only from Amazon SNS', () => {
    const confirm = (url: string) =>
      readWebhook('ses', {
        Type: 'SubscriptionConfirmation',
        MessageId: 'm',
        Message: 'x',
        SubscribeURL: url,
      });
    expect(
      confirm('https://sns.eu-central-1.amazonaws.com/?Action=ConfirmSubscription&Token=t'),
    ).toMatchObject({
      ok: true,
      value: { kind: 'subscription_confirmation' },
    });
    expect(confirm('https://evil.example/sns.eu-central-1.amazonaws.com')).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: { field: 'SubscribeURL' } },
    });
  });

  it('reads Mailgun failures by severity and complaints', () => {
    const failed = (severity: string) => ({
      'event-data': {
        id: 'mg-1',
        event: 'failed',
        severity,
        recipient: 'bert@example.org',
        message: { headers: { 'message-id': 'tok@t.example' } },
        'delivery-status': { code: 452, message: '4.2.2 mailbox full', description: '' },
      },
    });
    expect(readWebhook('mailgun', failed('temporary'))).toMatchObject({
      ok: true,
      value: { items: [{ kind: 'bounce', bounce: 'soft', status: '4.2.2', messageId: '<tok@t.example>' }] },
    });
    // A provider's "permanent" for a full mailbox is not a dead address: soft, as in a bounce mail.
    expect(readWebhook('mailgun', failed('permanent'))).toMatchObject({
      ok: true,
      value: { items: [{ bounce: 'soft' }] },
    });
    const permanent = (message: string) => ({
      'event-data': { ...failed('permanent')['event-data'], 'delivery-status': { code: 550, message } },
    });
    expect(readWebhook('mailgun', permanent('5.1.1 The email account does not exist'))).toMatchObject({
      ok: true,
      value: { items: [{ bounce: 'hard', status: '5.1.1' }] },
    });
    expect(
      readWebhook('mailgun', permanent('5.7.1 Message rejected as spam by Content Filtering')),
    ).toMatchObject({
      ok: true,
      value: { items: [{ bounce: 'soft', status: '5.7.1' }] },
    });
    const delivered = { 'event-data': { id: 'mg-2', event: 'delivered', recipient: 'a@b.c' } };
    expect(readWebhook('mailgun', delivered)).toEqual({ ok: true, value: { kind: 'feedback', items: [] } });
  });

  it('reads Postmark and SendGrid bounces', () => {
    expect(
      readWebhook('postmark', {
        RecordType: 'Bounce',
        ID: 42,
        Type: 'HardBounce',
        Email: 'a@b.c',
        Details: '550 5.1.1',
      }),
    ).toMatchObject({
      ok: true,
      value: { items: [{ bounce: 'hard', status: '5.1.1', providerEventId: '42' }] },
    });
    expect(
      readWebhook('sendgrid', [
        { email: 'a@b.c', event: 'bounce', type: 'blocked', status: '4.0.0', sg_event_id: 'e1' },
        { email: 'a@b.c', event: 'open', sg_event_id: 'e2' },
        { email: 'a@b.c', event: 'spamreport', sg_event_id: 'e3' },
      ]),
    ).toMatchObject({ ok: true, value: { items: [{ bounce: 'soft' }, { kind: 'complaint' }] } });
    const sendgridBounce = (status: string, reason: string) =>
      readWebhook('sendgrid', [{ email: 'a@b.c', event: 'bounce', status, reason, sg_event_id: 'e4' }]);
    expect(
      sendgridBounce('5.1.1', '550 5.1.1 <a@b.c>: Recipient address rejected: User unknown'),
    ).toMatchObject({
      value: { items: [{ bounce: 'hard' }] },
    });
    expect(
      sendgridBounce('5.7.1', '550 5.7.1 Service unavailable; client host blocked using Spamhaus'),
    ).toMatchObject({ value: { items: [{ bounce: 'soft' }] } });
    // Words the reader cannot place leave the provider's verdict standing.
    expect(sendgridBounce('5.0.0', 'Unknown error')).toMatchObject({
      value: { items: [{ bounce: 'hard' }] },
    });
  });

  it('names the wrong field of a payload that is not the provider’s format', () => {
    expect(readWebhook('mailgun', { 'event-data': { event: 'failed' } })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: expect.stringContaining('event-data.id') },
    });
    expect(readWebhook('ses', '{not json')).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
  });
});
