import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/core/email/bounces/readBounce';

/**
 * OpenSMTPD reports with `Status: 4.x` (a delayed or expired message) were counted soft although the
 * server's own answer said the address is gone for good; such addresses were never suppressed.
 */
describe('OpenSMTPD reports with a 4.x status', () => {
  it('count an unknown user as hard, with the permanent status the server gave', () => {
    const report = [
      'From: Mailer Daemon <MAILER-DAEMON@df.example.jp>',
      'To: shironeko@example.jp',
      'Subject: Delivery status notification: error',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="16aa"',
      '',
      '--16aa',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      '    Hi!',
      '',
      '    This is the MAILER-DAEMON, please DO NOT REPLY to this email.',
      '',
      '    An error has occurred while attempting to deliver a message for',
      '    the following list of recipients:',
      '',
      'kijitora@example.org: 550 5.1.1 <kijitora@example.org>: Recipient address rejected: User unknown',
      '',
      '    Below is a copy of the original message:',
      '',
      '--16aa',
      'Content-Description: Delivery Report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; df.example.jp',
      '',
      'Final-Recipient: rfc822; kijitora@example.org',
      'Action: failed',
      'Status: 4.4.7',
      '',
      '--16aa--',
      '',
    ].join('\n');
    expect(readBounce(report).recipients).toEqual([
      expect.objectContaining({
        address: 'kijitora@example.org',
        kind: 'hard',
        status: '5.1.1',
        reason: 'userunknown',
      }),
    ]);
  });

  it('count a domain without MX as hard (the real report, status 4.0.0, delayed)', () => {
    const raw = readFileSync(join(__dirname, '../fixtures/bounces/eml/lhost-opensmtpd-12.eml'));
    expect(readBounce(raw).recipients).toEqual([
      expect.objectContaining({ address: 'neko@nyaan.jp', kind: 'hard', reason: 'notaccept' }),
    ]);
  });

  it('keep an expired message soft', () => {
    const raw = readFileSync(join(__dirname, '../fixtures/bounces/eml/lhost-opensmtpd-15.eml'));
    expect(readBounce(raw).recipients[0]).toMatchObject({ kind: 'soft', reason: 'expired' });
  });
});
