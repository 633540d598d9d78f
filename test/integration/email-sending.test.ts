import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { sendAndWait } from '../support/emailSending';
import {
  aWorkspaceMailingTo,
  headerLine,
  startTestInbox,
  type ReceivedMail,
  type TestInbox,
} from '../support/emailInbox';

const BASE = 'https://touchpoint.example.com';

let inbox: TestInbox;
beforeAll(async () => {
  inbox = await startTestInbox();
});
afterAll(async () => {
  await inbox.close();
});

const tokenOf = (mail: ReceivedMail): string => {
  const m = /\/e\/u\/([0-9a-f]{32})>/.exec(headerLine(mail, 'List-Unsubscribe') ?? '');
  if (!m?.[1]) throw new Error('no unsubscribe token');
  return m[1];
};

describe('sending a mailing through SMTP and tracking it', () => {
  it('personalises, tracks, unsubscribes, counts the KPIs exactly and never mails anyone twice', async () => {
    const db = testDb();
    const app = await testApp();
    const { workspace, owner, member } = await aWorkspace(db);
    const ws = workspace.id;
    const api = await apiAs(owner.token);
    const base = `/workspaces/${ws}`;
    const mailsBefore = inbox.mails.length;
    const mailsTo = (address: string, from = mailsBefore) =>
      inbox.mails.slice(from).filter((m) => m.envelopeTo.includes(address));

    // --- SMTP settings: owner only, password never returned -------------------------------------
    const smtpInput = {
      host: '127.0.0.1',
      port: inbox.port,
      username: 'user',
      password: 'secret',
      fromAddress: 'news@touchpoint.example.com',
      fromName: 'Schmidt News',
      bounceAddress: 'bounces@touchpoint.example.com',
    };
    // Not set up yet is a normal state, not an error.
    const before = await api.get(`${base}/email/smtp`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toBeNull();
    const put = await api.put(`${base}/email/smtp`, smtpInput);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ host: '127.0.0.1', hasPassword: true, username: 'user' });
    expect(put.body).not.toContain('secret');
    const { password: _password, ...withoutPassword } = smtpInput;
    expect((await api.put(`${base}/email/smtp`, withoutPassword)).json().hasPassword).toBe(true);
    expect((await api.get(`${base}/email/smtp`)).body).not.toContain('secret');
    const editor = await apiAs((await member('editor')).token);
    expect((await editor.get(`${base}/email/smtp`)).statusCode).toBe(403);

    // --- profiles: three with e-mail, one without, one suppressed before ----------------------
    const company = await db
      .insertInto('companies')
      .values({ workspace_id: ws, name: 'Müller & <Söhne>' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('profiles')
      .values([
        {
          workspace_id: ws,
          email: 'Anna@Example.org',
          name: 'Anna Schmidt',
          company_id: company.id,
          traits: JSON.stringify({ firstName: 'Anna' }),
        },
        { workspace_id: ws, email: 'bert@example.org', name: 'Bert Meier' },
        { workspace_id: ws, email: 'carla@example.org', name: '' },
        { workspace_id: ws, email: null, name: 'Dora ohne Adresse' },
        { workspace_id: ws, email: 'fritz@example.org', name: 'Fritz Fort' },
      ])
      .execute();
    await db
      .insertInto('email_suppressions')
      .values({ workspace_id: ws, email: 'fritz@example.org', reason: 'unsubscribed' })
      .execute();

    // --- the mailing --------------------------------------------------------------------------
    const bad = await api.post(`${base}/mailings`, {
      name: 'x',
      subject: 'Hallo {{vorname}}',
      bodyText: 'x',
      segment: { kind: 'all' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('{{vorname}}');

    const created = await api.post(`${base}/mailings`, {
      name: 'Newsletter März',
      subject: 'Neuigkeiten für {{firstName|Sie}}',
      bodyHtml:
        '<html><body><p>Hallo {{firstName|Kundin/Kunde}} von {{company}},</p>' +
        '<p><a href="https://shop.example/neu">Neu</a> und <a href="https://shop.example/angebot?x=1&amp;y=2">Angebot</a></p>' +
        '</body></html>',
      bodyText:
        'Hallo {{firstName|Kundin/Kunde}},\nNeu: https://shop.example/neu\nAngebot: https://shop.example/angebot?x=1&y=2\n',
      segment: { kind: 'all' },
    });
    expect(created.statusCode).toBe(201);
    const mailingId = created.json().id as string;

    const sent = await sendAndWait(api, base, mailingId);
    expect(sent).toMatchObject({
      status: 'sent',
      added: 3,
      recipients: { sent: 3, queued: 0, sending: 0, failed: 0 },
    });
    expect((await api.get(`${base}/mailings/${mailingId}`)).json()).toMatchObject({
      status: 'sent',
      links: ['https://shop.example/neu', 'https://shop.example/angebot?x=1&y=2'],
    });
    const edit = await api.patch(`${base}/mailings/${mailingId}`, { subject: 'Anders' });
    expect(edit.statusCode).toBe(409);

    // --- every mail read back -----------------------------------------------------------------
    const received = inbox.mails.slice(mailsBefore);
    expect(received.map((m) => m.envelopeTo[0]).sort()).toEqual([
      'anna@example.org',
      'bert@example.org',
      'carla@example.org',
    ]);
    const [anna] = mailsTo('anna@example.org');
    const [bert] = mailsTo('bert@example.org');
    const [carla] = mailsTo('carla@example.org');
    if (!anna || !bert || !carla) throw new Error('a mail is missing');
    const token = { anna: tokenOf(anna), bert: tokenOf(bert), carla: tokenOf(carla) };

    expect(anna.user).toBe('user');
    expect(anna.parsed.subject).toBe('Neuigkeiten für Anna');
    expect(carla.parsed.subject).toBe('Neuigkeiten für Sie');
    expect(anna.parsed.from?.value).toEqual([
      { name: 'Schmidt News', address: 'news@touchpoint.example.com' },
    ]);
    expect(anna.parsed.messageId).toBe(`<${token.anna}@touchpoint.example.com>`);
    expect(anna.envelopeFrom).toBe(`bounces+b-${token.anna}@touchpoint.example.com`);

    const html = anna.parsed.html || '';
    expect(html).toContain('<p>Hallo Anna von Müller &amp; &lt;Söhne&gt;,</p>');
    expect(html).toContain(`<a href="${BASE}/e/c/${token.anna}?l=0">Neu</a>`);
    expect(html).toContain(`<a href="${BASE}/e/c/${token.anna}?l=1">Angebot</a>`);
    expect(html).not.toContain('shop.example');
    expect(html).toContain(`<img src="${BASE}/e/o/${token.anna}.gif"`);
    expect(html).toContain(`<a href="${BASE}/e/p/${token.anna}">Abmelden oder Einstellungen ändern</a>`);
    expect(carla.parsed.html).toContain('<p>Hallo Kundin/Kunde von ,</p>');
    expect(bert.parsed.text).toContain(
      `Neu: ${BASE}/e/c/${token.bert}?l=0\nAngebot: ${BASE}/e/c/${token.bert}?l=1`,
    );
    expect(bert.parsed.text).toContain(`${BASE}/e/p/${token.bert}`);

    expect(headerLine(anna, 'List-Unsubscribe')).toBe(
      `<${BASE}/e/u/${token.anna}>, <mailto:bounces+u-${token.anna}@touchpoint.example.com?subject=unsubscribe>`,
    );
    expect(headerLine(anna, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // --- opens, clicks, unsubscribe -----------------------------------------------------------
    const hit = (method: 'GET' | 'HEAD' | 'POST', url: string, payload?: string, type?: string) =>
      app.inject({
        method,
        url,
        ...(payload !== undefined && { payload, headers: { 'content-type': type ?? '' } }),
      });

    const pixel = await hit('GET', `/e/o/${token.anna}.gif`);
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(pixel.headers['cache-control']).toContain('no-store');
    expect(pixel.rawPayload.subarray(0, 6).toString()).toBe('GIF89a');
    await hit('GET', `/e/o/${token.anna}.gif`);
    await hit('GET', `/e/o/${token.bert}.gif`);
    expect((await hit('HEAD', `/e/o/${token.carla}.gif`)).statusCode).toBe(200); // a link checker: not counted
    expect((await hit('GET', `/e/o/${'0'.repeat(32)}.gif`)).statusCode).toBe(200);

    const click = await hit('GET', `/e/c/${token.anna}?l=1`);
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toBe('https://shop.example/angebot?x=1&y=2');
    expect((await hit('GET', `/e/c/${token.anna}?l=0`)).headers.location).toBe('https://shop.example/neu');
    await hit('GET', `/e/c/${token.anna}?l=0`);
    const outside = await hit('GET', `/e/c/${token.anna}?l=2`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('not_found');
    expect((await hit('GET', `/e/c/${'f'.repeat(32)}?l=0`)).statusCode).toBe(404);
    expect((await hit('GET', `/e/c/${token.bert}?l=https://evil.example`)).statusCode).toBe(400);

    const oneClick = await hit(
      'POST',
      `/e/u/${token.carla}`,
      'List-Unsubscribe=One-Click',
      'application/x-www-form-urlencoded',
    );
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toContain('Sie sind abgemeldet');
    const multipart =
      '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';
    expect(
      (await hit('POST', `/e/u/${token.carla}`, multipart, 'multipart/form-data; boundary=b')).statusCode,
    ).toBe(200);
    expect(
      await db
        .selectFrom('email_suppressions')
        .select(['email', 'reason'])
        .where('workspace_id', '=', ws)
        .orderBy('email')
        .execute(),
    ).toEqual([
      { email: 'carla@example.org', reason: 'unsubscribed' },
      { email: 'fritz@example.org', reason: 'unsubscribed' },
    ]);

    // --- KPIs, worked out by hand ---------------------------------------------------------------
    // sent 3, no bounces → delivered 3; opens 3 (Anna 2, Bert 1), unique 2; clicks 3 (all Anna),
    // unique 1; unsubscribes 1 (Carla, twice, counted once).
    const kpis = await api.get(`${base}/mailings/${mailingId}/kpis`);
    expect(kpis.statusCode).toBe(200);
    expect(kpis.json()).toMatchObject({
      counts: {
        sent: 3,
        hardBounces: 0,
        softBounces: 0,
        opens: 3,
        uniqueOpens: 2,
        clicks: 3,
        uniqueClicks: 1,
        unsubscribes: 1,
      },
      kpis: {
        delivered: 3,
        openRate: 1,
        uniqueOpenRate: 2 / 3,
        clickRate: 1,
        uniqueClickRate: 1 / 3,
        clickToOpenRate: 0.5,
        openFactor: 1.5,
        clickFactor: 3,
        unsubscribeRate: 1 / 3,
        hardBounceRate: 0,
        softBounceRate: 0,
      },
      flags: { unsubscribeRateAbove1Percent: true },
    });

    const events = await db
      .selectFrom('events')
      .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', ws)
      .groupBy('type')
      .orderBy('type')
      .execute();
    expect(events.map((e) => [e.type, Number(e.n)])).toEqual([
      ['email_click', 3],
      ['email_open', 3],
      ['email_sent', 3],
      ['email_unsubscribe', 1],
    ]);

    // --- the preference page --------------------------------------------------------------------
    const prefs = await hit('GET', `/e/p/${token.carla}`);
    expect(prefs.statusCode).toBe(200);
    expect(prefs.body).toContain('Sie sind abgemeldet und erhalten keine E-Mails mehr an');
    const back = await hit(
      'POST',
      `/e/p/${token.carla}`,
      'action=resubscribe',
      'application/x-www-form-urlencoded',
    );
    expect(back.body).toContain('Sie sind wieder angemeldet.');
    const away = await hit(
      'POST',
      `/e/p/${token.carla}`,
      'action=unsubscribe',
      'application/x-www-form-urlencoded',
    );
    expect(away.body).toContain('Sie sind abgemeldet.');
    expect((await hit('GET', `/e/p/${'a'.repeat(32)}`)).statusCode).toBe(404);
    expect((await api.get(`${base}/mailings/${mailingId}/kpis`)).json().counts.unsubscribes).toBe(1);

    // --- resending mails no one twice; a new profile gets it; a suppressed address is skipped ---
    const again = await sendAndWait(api, base, mailingId);
    expect(again).toMatchObject({ added: 0, recipients: { sent: 3 } });
    expect(inbox.mails.length).toBe(mailsBefore + 3);

    await db
      .insertInto('profiles')
      .values({ workspace_id: ws, email: 'gustav@example.org', name: 'Gustav Gans' })
      .execute();
    const resumed = await sendAndWait(api, base, mailingId);
    expect(resumed).toMatchObject({ added: 1, recipients: { sent: 4 } });
    expect(inbox.mails.slice(mailsBefore + 3).map((m) => m.envelopeTo[0])).toEqual(['gustav@example.org']);

    const second = await api.post(`${base}/mailings`, {
      name: 'Frühjahr',
      subject: 'Unser Frühjahrsangebot für Fräsmaschinen, Drehteile und Zubehör',
      bodyText: 'Hallo {{firstName|Kundin/Kunde}}',
      segment: { kind: 'all' },
    });
    const secondMailsFrom = inbox.mails.length;
    expect(await sendAndWait(api, base, second.json().id)).toMatchObject({ recipients: { sent: 3 } });
    expect(
      inbox.mails
        .slice(secondMailsFrom)
        .map((m) => m.envelopeTo[0])
        .sort(),
    ).toEqual(['anna@example.org', 'bert@example.org', 'gustav@example.org']);

    // --- a single mailing to one profile ----------------------------------------------------------
    const bertProfile = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('email', '=', 'bert@example.org')
      .executeTakeFirstOrThrow();
    const twoProfiles = await api.post(`${base}/mailings`, {
      name: 'x',
      kind: 'single',
      subject: 'x',
      bodyText: 'x',
      segment: { kind: 'profiles', profileIds: [bertProfile.id, bertProfile.id] },
    });
    expect(twoProfiles.statusCode).toBe(400);
    expect(twoProfiles.json().error.details.field).toBe('segment');
    const single = await api.post(`${base}/mailings`, {
      name: 'Ihr Angebot',
      kind: 'single',
      subject: 'Ihr Angebot, {{name}}',
      bodyText: 'Anbei das Angebot.',
      segment: { kind: 'profiles', profileIds: [bertProfile.id] },
    });
    const singleFrom = inbox.mails.length;
    expect(await sendAndWait(api, base, single.json().id)).toMatchObject({ recipients: { sent: 1 } });
    expect(inbox.mails.slice(singleFrom).map((m) => [m.envelopeTo[0], m.parsed.subject])).toEqual([
      ['bert@example.org', 'Ihr Angebot, Bert Meier'],
    ]);

    // --- KPIs over time and the analyses ----------------------------------------------------------
    // All three mailings this month: sent 4 + 3 + 1 = 8, unique opens 2, unique clicks 1.
    const month = await api.get(`${base}/email/kpis?interval=month`);
    expect(month.statusCode).toBe(200);
    expect(month.json().periods).toHaveLength(1);
    expect(month.json().periods[0]).toMatchObject({
      period: `${new Date().toISOString().slice(0, 7)}-01`,
      mailings: 3,
      counts: { sent: 8, opens: 3, uniqueOpens: 2, clicks: 3, uniqueClicks: 1, unsubscribes: 1 },
      kpis: { delivered: 8, uniqueOpenRate: 0.25, uniqueClickRate: 0.125, unsubscribeRate: 0.125 },
    });

    // "Neuigkeiten für Sie" (19) and "Ihr Angebot, " (12) are up to 25 characters: sent 5, unique
    // opens 2, unique clicks 1; the 63-character subject is 50-75: sent 3, nothing opened.
    const bands = (await api.get(`${base}/email/analysis/subject-length`)).json().bands;
    expect(bands).toEqual([
      {
        band: 'up_to_25',
        minLength: 0,
        maxLength: 25,
        mailings: 2,
        delivered: 5,
        uniqueOpenRate: 0.4,
        uniqueClickRate: 0.2,
        openRate: 0.6,
        clickRate: 0.6,
      },
      {
        band: '26_to_49',
        minLength: 26,
        maxLength: 49,
        mailings: 0,
        delivered: 0,
        uniqueOpenRate: null,
        uniqueClickRate: null,
        openRate: null,
        clickRate: null,
      },
      {
        band: '50_to_75',
        minLength: 50,
        maxLength: 75,
        mailings: 1,
        delivered: 3,
        uniqueOpenRate: 0,
        uniqueClickRate: 0,
        openRate: 0,
        clickRate: 0,
      },
      {
        band: 'over_75',
        minLength: 76,
        maxLength: null,
        mailings: 0,
        delivered: 0,
        uniqueOpenRate: null,
        uniqueClickRate: null,
        openRate: null,
        clickRate: null,
      },
    ]);

    // Send time: the three opens of today, plus one on Monday 2 March 2026, 11:30 UTC = 12:30 in Berlin.
    await db
      .insertInto('events')
      .values({
        workspace_id: ws,
        event_id: 'test:open:march',
        type: 'email_open',
        occurred_at: '2026-03-02T11:30:00Z',
        properties: JSON.stringify({ mailingId }),
      })
      .execute();
    const march = await api.get(
      `${base}/email/analysis/send-time?from=2026-03-01&to=2026-03-03&timeZone=Europe/Berlin`,
    );
    expect(march.statusCode).toBe(200);
    expect(march.json()).toMatchObject({ totalOpens: 1, cells: [{ weekday: 1, hour: 12, opens: 1 }] });
    expect(march.json().byWeekday[0]).toEqual({ weekday: 1, opens: 1 });
    expect(march.json().byHour[12]).toEqual({ hour: 12, opens: 1 });
    const recent = (await api.get(`${base}/email/analysis/send-time`)).json();
    expect(recent.totalOpens).toBe(3);
    const tooLong = await api.get(`${base}/email/analysis/send-time?from=2024-01-01&to=2026-01-01`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details.field).toBe('to');
    expect((await api.get(`${base}/email/analysis/send-time?timeZone=Mars/Olympus`)).statusCode).toBe(400);

    const recipients = await api.get(`${base}/mailings/${mailingId}/recipients`);
    expect(recipients.json().map((r: { email: string; opens: number }) => [r.email, r.opens])).toEqual([
      ['anna@example.org', 2],
      ['bert@example.org', 1],
      ['carla@example.org', 0],
      ['gustav@example.org', 0],
    ]);
  });

  it('marks a recipient failed when the SMTP server refuses, sends the others, and retries on request', async () => {
    const { db, ws, api, base } = await aWorkspaceMailingTo(inbox);
    await db
      .insertInto('profiles')
      .values([
        { workspace_id: ws, email: 'ok@example.org', name: 'Ok' },
        // The test server answers 550 for this one.
        { workspace_id: ws, email: 'rejected@example.org', name: 'Rejected' },
      ])
      .execute();
    const mailing = await api.post(`${base}/mailings`, {
      name: 'x',
      subject: 'x',
      bodyText: 'x',
      segment: { kind: 'all' },
    });
    const sent = await sendAndWait(api, base, mailing.json().id);
    expect(sent).toMatchObject({ status: 'sent', recipients: { sent: 1, failed: 1 } });
    const failed = await api.get(`${base}/mailings/${mailing.json().id}/recipients?status=failed`);
    expect(failed.json()).toHaveLength(1);
    expect(failed.json()[0].error).toBeTruthy();
    const retried = await sendAndWait(api, base, mailing.json().id, { retryFailed: true });
    expect(retried).toMatchObject({ recipients: { sent: 1, failed: 1 } });
  });
  it('answers 202 at once and sends in the background', async () => {
    const { db, workspace, api, base } = await aWorkspaceMailingTo(inbox);
    await db
      .insertInto('profiles')
      .values(
        ['a', 'b', 'c', 'd'].map((p) => ({
          workspace_id: workspace.id,
          email: `${p}@bg.example.org`,
          name: p,
        })),
      )
      .execute();
    const mailing = await api.post(`${base}/mailings`, {
      name: 'bg',
      subject: 'bg',
      bodyText: 'bg',
      segment: { kind: 'all' },
    });
    const id = mailing.json().id as string;
    const started = await api.post(`${base}/mailings/${id}/send`);
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ status: 'sending', added: 4, recipients: { queued: 4 } });
    const deadline = Date.now() + 10_000;
    let status = 'sending';
    while (status === 'sending' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await api.get(`${base}/mailings/${id}`)).json().status as string;
    }
    expect(status).toBe('sent');
    expect((await api.get(`${base}/mailings/${id}/kpis`)).json().counts.sent).toBe(4);
  });
});
