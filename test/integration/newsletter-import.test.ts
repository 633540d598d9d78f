import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewsletterMailingInput } from '../../src/contract/newsletterImport';
import { getMailingKpis } from '../../src/services/email/getMailingKpis';
import { getSendTimeAnalysis } from '../../src/services/email/getSendTimeAnalysis';
import { getSubjectLengthAnalysis } from '../../src/services/email/getSubjectLengthAnalysis';
import { listMailings } from '../../src/services/email/mailings';
import { startSendingMailing } from '../../src/services/email/sendMailing';
import { processEvents } from '../../src/services/events/processor';
import { importNewsletter } from '../../src/services/imports/newsletterImport';
import type { ImportOptions } from '../../src/services/imports/runCsvImport';
import type { WorkspaceContext } from '../../src/services/context';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * Mailings sent with another newsletter tool, imported from its export: every format gives the
 * counters worked out by hand below, a second import stores nothing twice, an interrupted import
 * resumes without duplicates, bad rows are reported and an unusable file writes nothing.
 */

const fixture = (name: string) => readFile(path.join(__dirname, '../fixtures/newsletter', name));
const bytes = (b: Buffer, fileName = 'export.csv') => ({
  input: (async function* () {
    yield b;
  })(),
  fileName,
  totalBytes: b.length,
});

async function run(
  ctx: WorkspaceContext,
  name: string,
  input: NewsletterMailingInput,
  options: ImportOptions = {},
) {
  const r = await importNewsletter(ctx, input, bytes(await fixture(name), name), options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function count(
  table: 'events' | 'mailings' | 'mailing_recipients' | 'import_jobs',
  workspaceId: string,
) {
  const r = await testDb()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// The campaign of the fixtures, by hand: anna (sent, 2 opens, 1 click), ben (sent), clara (hard
// bounce), dora (soft bounce), emil (1 open, 2 clicks, unsubscribed). Sent 5, delivered 3.
const campaign = {
  sent: 5,
  hardBounces: 1,
  softBounces: 1,
  opens: 3,
  uniqueOpens: 2,
  clicks: 3,
  uniqueClicks: 2,
  unsubscribes: 1,
};
// Mailchimp's email activity lists no sends and no unsubscriptions: ben is not in it.
const mailchimpCampaign = { ...campaign, sent: 4, unsubscribes: 0 };

describe('newsletter-tool imports', () => {
  it.each([
    ['plain.csv', 'plain', campaign, 11],
    ['brevo-events.csv', 'brevo', campaign, 11],
    ['cleverreach-de.csv', 'cleverreach', campaign, 11],
    ['mailchimp-email-activity.csv', 'mailchimp', mailchimpCampaign, 8],
    // The API's JSON lists every recipient, ben without activity: 5 sends and 8 activities.
    ['mailchimp-email-activity.json', 'mailchimp', { ...campaign, unsubscribes: 0 }, 13],
  ] as const)(
    'imports %s as a mailing with the counters worked out by hand',
    async (name, tool, counts, rows) => {
      const ws = await aWorkspace(testDb());
      const touchpoint = await aTouchpoint(ws.ctx, { name: 'Newsletter' });
      const job = await run(ws.ctx, name, { tool: 'auto', subject: 'März-News: drei Neuheiten' });
      expect(job).toMatchObject({
        kind: 'newsletter',
        status: 'done',
        rowsImported: rows,
        badRows: 0,
        duplicates: 0,
      });

      const [mailing] = await listMailings(ws.ctx);
      expect(mailing).toMatchObject({
        status: 'sent',
        subject: 'März-News: drei Neuheiten',
        touchpointId: touchpoint.id,
        importedFrom: tool,
      });
      expect(job.mailingId).toBe(mailing?.id);
      // It went out with the other tool: sending it here would mail everyone again.
      const send = await startSendingMailing(ws.ctx, mailing?.id ?? '', { baseUrl: 'http://127.0.0.1' });
      expect(send).toMatchObject({ ok: false, error: { code: 'conflict', details: { importedFrom: tool } } });
      const kpis = await getMailingKpis(ws.ctx, mailing?.id ?? '');
      if (!kpis.ok) throw new Error(kpis.error.message);
      expect(kpis.value.counts).toEqual(counts);
      const delivered = counts.sent - 2;
      expect(kpis.value.kpis).toMatchObject({
        delivered,
        uniqueOpenRate: 2 / delivered,
        clickRate: 3 / delivered,
        hardBounceRate: 1 / counts.sent,
      });

      // The analyses see it: 3 opens (09:15, 10:00, 11:00 UTC on Tuesday 3 March), its subject's band.
      const sendTime = await getSendTimeAnalysis(ws.ctx, {
        from: '2026-03-01',
        to: '2026-03-31',
        timeZone: 'Europe/Berlin',
      });
      if (!sendTime.ok) throw new Error(sendTime.error.message);
      expect(sendTime.value.totalOpens).toBe(3);
      expect(sendTime.value.byHour.filter((h) => h.opens > 0)).toEqual([
        { hour: 10, opens: 1 },
        { hour: 11, opens: 1 },
        { hour: 12, opens: 1 },
      ]);
      const subjects = await getSubjectLengthAnalysis(ws.ctx, {});
      expect(subjects.bands.reduce((n, b) => n + b.mailings, 0)).toBe(1);

      // Hard bounces and unsubscriptions keep the address out of our own mailings.
      const suppressed = await testDb()
        .selectFrom('email_suppressions')
        .select(['email', 'reason'])
        .where('workspace_id', '=', ws.workspace.id)
        .orderBy('email')
        .execute();
      expect(suppressed).toEqual([
        { email: 'clara@example.com', reason: 'hard_bounce' },
        ...(counts.unsubscribes ? [{ email: 'emil@example.com', reason: 'unsubscribed' }] : []),
      ]);

      // The journey: anna's profile holds her send, opens and click on the newsletter touchpoint.
      await processEvents(testDb(), ws.workspace.id);
      const anna = await testDb()
        .selectFrom('profiles')
        .select('id')
        .where('workspace_id', '=', ws.workspace.id)
        .where('email', '=', 'anna@example.com')
        .executeTakeFirstOrThrow();
      const events = await testDb()
        .selectFrom('events')
        .select(['type', 'touchpoint_id'])
        .where('workspace_id', '=', ws.workspace.id)
        .where('profile_id', '=', anna.id)
        .orderBy('occurred_at')
        .execute();
      expect(events.map((e) => e.type)).toEqual(
        tool === 'mailchimp'
          ? ['email_sent', 'email_open', 'email_click', 'email_open']
          : ['email_sent', 'email_open', 'email_click', 'email_open'],
      );
      expect(new Set(events.map((e) => e.touchpoint_id))).toEqual(new Set([touchpoint.id]));
    },
  );

  it('stores nothing twice when the same file (or the same campaign) is imported again', async () => {
    const ws = await aWorkspace(testDb());
    const first = await run(ws.ctx, 'brevo-events.csv', { subject: 'März-News' });
    const events = await count('events', ws.workspace.id);
    // Brevo names the campaign (camp_id 17), so the second import finds the mailing without a subject.
    const second = await run(ws.ctx, 'brevo-events.csv', { tool: 'brevo' });
    expect(second).toMatchObject({ status: 'done', rowsImported: 0, duplicates: 11, badRows: 0 });
    expect(second.mailingId).toBe(first.mailingId);
    expect(await count('events', ws.workspace.id)).toBe(events);
    expect(await count('mailings', ws.workspace.id)).toBe(1);
    const kpis = await getMailingKpis(ws.ctx, first.mailingId ?? '');
    expect(kpis.ok && kpis.value.counts).toEqual(campaign);
  });

  it('resumes an interrupted import without counting anything twice', async () => {
    const ws = await aWorkspace(testDb());
    const lines = ['email,action,time,url,bounce_type'];
    for (let i = 0; i < 3000; i += 1) {
      const email = `r${i % 1000}@example.com`;
      const minute = String(i % 60).padStart(2, '0');
      lines.push(
        i % 3 === 0
          ? `${email},open,2026-03-03T10:${minute}:00Z,,`
          : i % 3 === 1
            ? `${email},click,2026-03-03T11:${minute}:00Z,https://example.com/${i % 7},`
            : `${email},sent,,,`,
      );
    }
    const full = Buffer.from(`${lines.join('\n')}\n`);
    async function* breaking() {
      const cut = Math.floor(full.length * 0.6);
      for (let at = 0; at < cut; at += 4096) yield full.subarray(at, Math.min(cut, at + 4096));
      throw new Error('connection lost');
    }
    let jobId = '';
    await expect(
      importNewsletter(
        ws.ctx,
        { subject: 'Resume' },
        { input: breaking(), fileName: 'big.csv', totalBytes: full.length },
        { batchSize: 250, onStart: (id) => (jobId = id) },
      ),
    ).rejects.toThrow('connection lost');
    const resumed = await importNewsletter(ws.ctx, { subject: 'Resume' }, bytes(full, 'big.csv'), {
      batchSize: 250,
      resumeJobId: jobId,
    });
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.value).toMatchObject({ status: 'done', linesRead: 3001, badRows: 0 });

    // The same file in one go, into a workspace of its own, gives the same counters.
    const clean = await aWorkspace(testDb());
    const once = await importNewsletter(clean.ctx, { subject: 'Resume' }, bytes(full, 'big.csv'));
    if (!once.ok) throw new Error(once.error.message);
    const a = await getMailingKpis(ws.ctx, resumed.value.mailingId ?? '');
    const b = await getMailingKpis(clean.ctx, once.value.mailingId ?? '');
    expect(a.ok && b.ok && a.value.counts).toEqual(b.ok && b.value.counts);
    expect(b.ok && b.value.counts).toMatchObject({
      sent: 1000,
      opens: 1000,
      uniqueOpens: 1000,
      clicks: 1000,
    });
    expect(await count('events', ws.workspace.id)).toBe(await count('events', clean.workspace.id));
    expect(await count('mailings', ws.workspace.id)).toBe(1);
  }, 120_000);

  it('reports bad rows by line and writes nothing for a file it cannot use', async () => {
    const ws = await aWorkspace(testDb());
    const job = await run(ws.ctx, 'bad-rows.csv', { subject: 'Bad rows' });
    expect(job).toMatchObject({ rowsImported: 1, badRows: 5 });
    expect(job.errors).toEqual([
      { line: 3, reason: 'email: "not-an-address" is not an e-mail address' },
      { line: 4, reason: 'action: "forwarded" is not imported (sent, open, click, bounce, unsubscribe)' },
      { line: 5, reason: 'time: "31.02.2026 10:00" is not a time we can read' },
      { line: 6, reason: 'bounce_type: say whether the bounce is hard or soft' },
      { line: 7, reason: 'has 3 fields, the header has 5' },
    ]);

    const empty = await aWorkspace(testDb());
    const unusable = await importNewsletter(
      empty.ctx,
      { subject: 'x' },
      bytes(Buffer.from('name,street\nA,B\n')),
    );
    expect(unusable).toMatchObject({ ok: false, error: { code: 'validation_failed', details: { line: 1 } } });
    const noSubject = await importNewsletter(empty.ctx, {}, bytes(await fixture('plain.csv')));
    expect(noSubject).toMatchObject({ ok: false, error: { details: { field: 'subject' } } });
    const unknownCampaign = await importNewsletter(
      empty.ctx,
      { campaign: 'April' },
      bytes(await fixture('plain.csv')),
    );
    expect(unknownCampaign).toMatchObject({ ok: false, error: { details: { field: 'subject' } } });
    const wrongTool = await importNewsletter(
      empty.ctx,
      { tool: 'mailchimp', subject: 'x' },
      bytes(await fixture('plain.csv')),
    );
    expect(wrongTool.ok).toBe(false);
    const notReport = await importNewsletter(
      empty.ctx,
      { subject: 'x' },
      bytes(Buffer.from('{"emails": 3}')),
    );
    expect(notReport).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('email-activity') },
    });
    for (const table of ['events', 'mailings', 'mailing_recipients', 'import_jobs'] as const)
      expect(await count(table, empty.workspace.id)).toBe(0);

    // A campaign named only in the file is looked up with the first batch: the job fails, nothing else stays.
    const other = await aWorkspace(testDb());
    const unknown = await importNewsletter(other.ctx, {}, bytes(await fixture('brevo-events.csv')));
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: { field: 'subject' } },
    });
    for (const table of ['events', 'mailings', 'mailing_recipients'] as const)
      expect(await count(table, other.workspace.id)).toBe(0);
  });

  it('takes the export as a CSV body with the mailing in the query; viewers cannot', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const announced = await api.post(`/workspaces/${ws.workspace.id}/newsletter-imports/jobs`, {
      fileName: 'cleverreach.csv',
    });
    expect(announced.statusCode, announced.body).toBe(201);
    const query = new URLSearchParams({
      tool: 'auto',
      subject: 'März-News',
      sentAt: '2026-03-03T09:00:00Z',
      resume: announced.json().id,
      fileName: 'cleverreach.csv',
    });
    const res = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/newsletter-imports?${query}`,
      headers: { 'content-type': 'text/csv' },
      payload: await fixture('cleverreach-de.csv'),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'newsletter', status: 'done', rowsImported: 11 });
    const job = await api.get(`/workspaces/${ws.workspace.id}/imports/${announced.json().id}`);
    expect(job.json()).toMatchObject({ status: 'done', mailingId: res.json().mailingId });
    const kpis = await api.get(`/workspaces/${ws.workspace.id}/mailings/${res.json().mailingId}/kpis`);
    expect(kpis.json()).toMatchObject({ sentAt: '2026-03-03T09:00:00.000Z', counts: campaign });

    const badZone = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/newsletter-imports?subject=x&timeZone=Mars%2FOlympus`,
      headers: { 'content-type': 'text/csv' },
      payload: await fixture('plain.csv'),
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.details).toMatchObject({ field: 'timeZone' });

    const viewer = await ws.member('viewer');
    const denied = await (
      await apiAs(viewer.token)
    ).raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/newsletter-imports?subject=x`,
      headers: { 'content-type': 'text/csv' },
      payload: await fixture('plain.csv'),
    });
    expect(denied.statusCode).toBe(403);
  });
});
