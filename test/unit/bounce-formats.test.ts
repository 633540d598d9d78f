import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/core/email/bounces/readBounce';

const fixture = (file: string) => readFileSync(join(__dirname, '../fixtures/bounces/eml', file));
const firsts = (raw: Buffer | string) =>
  readBounce(raw).recipients.map(({ address, kind, reason }) => ({ address, kind, reason }));

describe('plain-text reports of MTAs', () => {
  it('qmail: "<address>:" followed by the remote answer, one block per recipient', () => {
    expect(firsts(fixture('lhost-qmail-01.eml'))).toEqual([
      { address: 'kijitora@example.ne.jp', kind: 'hard', reason: 'userunknown' },
    ]);
    expect(firsts(fixture('lhost-qmail-02.eml')).map((r) => r.address)).toEqual([
      'userunknown@example.jp',
      'filtered@example.jp',
    ]);
  });

  it('Exim: the address indented under "The following address(es) failed"', () => {
    expect(firsts(fixture('lhost-exim-05.eml'))).toEqual([
      { address: 'kijitora@neko.example.co.jp', kind: 'hard', reason: 'userunknown' },
    ]);
    // Refused at MAIL FROM for the sender's ISP: nothing wrong with the address.
    expect(firsts(fixture('lhost-exim-01.eml'))).toEqual([
      { address: 'kijitora@example.ed.jp', kind: 'soft', reason: 'blocked' },
    ]);
  });

  it('DragonFly: "There was an error delivering your mail to <address>"', () => {
    expect(firsts(fixture('lhost-dragonfly-09.eml'))[0]).toMatchObject({
      kind: 'hard',
      reason: 'userunknown',
    });
    expect(firsts(fixture('lhost-dragonfly-03.eml'))[0]).toMatchObject({
      kind: 'soft',
      reason: 'policyviolation',
    });
  });

  it('Gmail, Yahoo and mail.ru', () => {
    expect(firsts(fixture('lhost-gmail-03.eml'))[0]).toMatchObject({
      address: 'kijitora@example.co.jp',
      kind: 'soft',
    });
    expect(firsts(fixture('lhost-yahoo-05.eml'))).toEqual([
      { address: 'kijitora@example.co.jp', kind: 'hard', reason: 'userunknown' },
    ]);
    expect(firsts(fixture('lhost-mailru-03.eml'))).toEqual([
      { address: 'mikeneko@example.jp', kind: 'soft', reason: 'mailboxfull' },
      { address: 'sabineko@example.jp', kind: 'hard', reason: 'userunknown' },
    ]);
  });

  it('Google Groups: a group that does not let the sender post is no dead address, in any language', () => {
    expect(firsts(fixture('lhost-googlegroups-03.eml'))).toEqual([
      { address: 'libsisimai@googlegroups.com', kind: 'soft', reason: 'rejected' },
    ]);
  });

  it('Exchange 2003: "<address> on <date>" with an MSEXCH code', () => {
    const report = [
      'From: System Administrator <postmaster@example.co.jp>',
      'To: shironeko@example.jp',
      'Subject: Undeliverable: Nyaan',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message',
      '',
      '  To:      shironeko@example.jp',
      '  Subject: Nyaan',
      '  Sent:    Thu, 29 Apr 2010 18:14:35 +0000',
      '',
      'did not reach the following recipient(s):',
      '',
      'kijitora@example.co.jp on Thu, 29 Apr 2010 16:51:51 -0500',
      '    The recipient name is not recognized',
      '    The MTS-ID of the original message is: c=jp;a= ;p=neko',
      ';l=EXCHANGE000000000000000000',
      '    MSEXCH:IMS:KIJITORA CAT:EXAMPLE:EXCHANGE 0 (000C05A6) Unknown Recipient',
      '',
    ].join('\r\n');
    expect(firsts(report)).toEqual([
      { address: 'kijitora@example.co.jp', kind: 'hard', reason: 'userunknown' },
    ]);
  });

  it('Domino: the address after "was not delivered to:", the reason after "because:"', () => {
    const report = [
      'From: Postmaster <postmaster@example.net>',
      'To: shironeko@example.jp',
      'Subject: DELIVERY FAILURE: User kijitora not listed in Domino Directory',
      '',
      'Your message',
      '',
      '  Subject: Test Bounce',
      '',
      'was not delivered to:',
      '',
      '  kijitora@example.net',
      '',
      'because:',
      '',
      '  User some.name (kijitora@example.net) not listed in Domino Directory',
      '',
    ].join('\n');
    expect(firsts(report)).toEqual([
      { address: 'kijitora@example.net', kind: 'hard', reason: 'userunknown' },
    ]);
  });

  it('Exchange 2007 and later: the resolver code of the NDR names the reason', () => {
    const ndr = (code: string) =>
      [
        'From: postmaster@example.onmicrosoft.com',
        'To: shironeko@example.org',
        'Subject: Undeliverable: Nyaan',
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: mta2.neko.example.jp',
        '',
        'kijitora@example.jp',
        `#${code} ##`,
        '',
        'Original message headers:',
        '',
        'From: shironeko@example.org',
      ].join('\n');
    expect(firsts(ndr('550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'))).toEqual([
      { address: 'kijitora@example.jp', kind: 'hard', reason: 'userunknown' },
    ]);
    expect(firsts(ndr('550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large'))[0]?.kind).toBe('soft');
  });

  it('qmail: a sender refused at MAIL FROM leaves the recipient soft', () => {
    const report = [
      'From: MAILER-DAEMON@mx.example.jp',
      'Subject: failure notice',
      '',
      'Hi. This is the qmail-send program at mx.example.jp.',
      '',
      '<kijitora@example.org>:',
      'Connected to 192.0.2.1 but sender was rejected.',
      'Remote host said: 550 5.1.0 <shironeko@example.jp>... Sender address does not exist',
      '',
      '--- Below this line is a copy of the message.',
    ].join('\n');
    expect(firsts(report)).toEqual([{ address: 'kijitora@example.org', kind: 'soft', reason: 'rejected' }]);
  });

  it('au (KDDI): the reason stands apart from the address', () => {
    const report = [
      'From: no-reply@.dion.ne.jp',
      'Subject: Mail delivery failure',
      '',
      'Your mail sent on: Thu, 29 Apr 2010 11:04:47 +0900',
      '    Could not be delivered to: <kijitora@ezweb.ne.jp>',
      '    As their mailbox is full.',
    ].join('\n');
    expect(firsts(report)).toEqual([
      { address: 'kijitora@ezweb.ne.jp', kind: 'soft', reason: 'mailboxfull' },
    ]);
  });
});

describe('structured reports', () => {
  it('RFC 3464: Postfix with two recipients keeps their order and kinds', () => {
    expect(firsts(fixture('lhost-postfix-13.eml'))).toEqual([
      { address: 'kijitora@example.jp', kind: 'hard', reason: 'userunknown' },
      { address: 'noraneko@example.jp', kind: 'soft', reason: 'mailboxfull' },
    ]);
  });

  it('a 5.x.x code that is no dead address is soft: full mailbox, policy, blocked', () => {
    expect(firsts(fixture('lhost-outlook-01.eml'))[0]).toMatchObject({ kind: 'soft', reason: 'mailboxfull' });
    expect(readBounce(fixture('lhost-outlook-01.eml')).recipients[0]?.status).toBe('5.2.2');
  });

  it('Amazon SES notifications in JSON: bounces, and deliveries that are no failure', () => {
    expect(firsts(fixture('lhost-amazonses-09.eml'))).toEqual([
      { address: 'bounce@simulator.amazonses.com', kind: 'hard', reason: 'userunknown' },
    ]);
    expect(firsts(fixture('lhost-amazonses-12.eml'))).toEqual([
      { address: 'success@simulator.amazonses.com', kind: 'soft', reason: 'delivered' },
    ]);
  });

  it('derives a status from the reason where the report gives none', () => {
    const plain =
      'From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\n<anna@example.org>:\nSorry, no mailbox here by that name.\n';
    expect(readBounce(plain).recipients[0]).toMatchObject({
      address: 'anna@example.org',
      kind: 'hard',
      status: '5.1.1',
    });
  });
});

describe('reports whose structure is broken or nested', () => {
  const report = (headers: string, body: string) => `${headers}\n\n${body}`;

  it('a multipart report whose boundary never occurs is read as plain text with its DSN fields', () => {
    const raw = report(
      'From: MAILER-DAEMON@mx.example.com\nSubject: Delivery Notification: Delivery has failed\n' +
        'Content-Type: multipart/report; boundary="nowhere"; report-type=delivery-status',
      'Your message cannot be delivered to the following recipients:\n\n' +
        'Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822;anna@example.org\n' +
        'Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n',
    );
    expect(firsts(raw)).toEqual([{ address: 'anna@example.org', kind: 'soft', reason: 'mailboxfull' }]);
  });

  it('a gateway notice that names nobody reads the delivery report it returns', () => {
    const inner =
      'From: MAILER-DAEMON@relay.example.com\nTo: ben@example.net\nSubject: Returned mail: User unknown\n' +
      'Content-Type: multipart/report; report-type=delivery-status; boundary="in"\n\n' +
      '--in\n\nThe following addresses had permanent delivery errors\n\n--in\n' +
      'Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example.com\n\n' +
      'Final-Recipient: rfc822; anna@example.org\nAction: failed\nStatus: 5.1.1\n' +
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown\n--in--\n';
    const raw = report(
      'From: "Mail Delivery Subsystem" <MAILER-DAEMON@example.net>\nSubject: Returned mail: User unknown\n' +
        'Content-Type: multipart/mixed; boundary="out"',
      '--out\nContent-Type: text/plain\n\n----- The following addresses had permanent delivery errors -----\n\n' +
        `--out\nContent-Type: message/rfc822\n\n${inner}--out--\n`,
    );
    expect(firsts(raw)).toEqual([{ address: 'anna@example.org', kind: 'hard', reason: 'userunknown' }]);
  });

  it('an address status answered to MAIL FROM is about the sender', () => {
    const raw = report(
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed: returning message to sender\n' +
        'X-Failed-Recipients: anna@example.org',
      'This message was created automatically by mail delivery software.\n\n' +
        'A message that you sent could not be delivered to one or more of its\n' +
        'recipients. This is a permanent error. The following address(es) failed:\n\n' +
        '  anna@example.org\n    SMTP error from remote mail server after MAIL FROM:<ben@example.net> SIZE=1022:\n' +
        '    553 5.1.0 ben example.net does not exist\n',
    );
    expect(firsts(raw)).toEqual([{ address: 'anna@example.org', kind: 'soft', reason: 'rejected' }]);
  });
});

describe('messages that are no bounce', () => {
  it('feedback reports (ARF)', () => {
    expect(readBounce(fixture('arf-01.eml'))).toMatchObject({ bounce: false, kind: 'feedback-report' });
  });

  it('auto-replies (RFC 3834), even when they quote the word "message"', () => {
    const reply = [
      'From: Kijitora <kijitora@example.jp>',
      'To: shironeko@example.org',
      'Subject: Out of Office: Nyaan',
      'Auto-Submitted: auto-replied',
      '',
      'I am away until Monday and will answer your message to me then.',
    ].join('\n');
    expect(readBounce(reply)).toMatchObject({ bounce: false, kind: 'auto-reply' });
  });

  it('an ordinary mail', () => {
    expect(readBounce('From: anna@example.org\nSubject: Hallo\n\nWie geht es?\n').bounce).toBe(false);
  });
});
