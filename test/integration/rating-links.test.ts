import { describe, expect, it } from 'vitest';
import { apiAs, type ApiClient } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * Rating links: a customer opens /r/:token without an account, rates once, and the rating counts towards
 * the touchpoint's customer rating. A link takes exactly one rating, even when submitted twice at once.
 */

const XSS = '<img src=x onerror=alert(1)>';
const form = { 'content-type': 'application/x-www-form-urlencoded' };

interface Link {
  id: string;
  token: string;
  url: string;
}

async function setup(touchpointName = 'Website') {
  const db = testDb();
  const ws = await aWorkspace(db);
  const tp = await aTouchpoint(ws.ctx, { name: touchpointName, customerView: `Sicht: ${XSS}` });
  const api = await apiAs(ws.owner.token);
  const anonymous = await apiAs(null);
  const base = `/workspaces/${ws.workspace.id}/touchpoints/${tp.id}`;
  const links = async (count: number, extra: Record<string, unknown> = {}): Promise<Link[]> => {
    const res = await api.post(`${base}/rating-links`, { count, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const ratings = async () =>
    (await api.get(`${base}/ratings`)).json<
      {
        source: string;
        score: number;
        comment: string;
        viaLink: boolean;
      }[]
    >();
  const customerRating = async () => (await api.get(base)).json().current.customerRating;
  return { db, ws, tp, api, anonymous, base, links, ratings, customerRating };
}

const submitForm = (anonymous: ApiClient, token: string, body: string) =>
  anonymous.post(`/r/${token}`, body, form);

describe('rating links', () => {
  it('creates single-use links with public URLs', async () => {
    const { links } = await setup();
    const created = await links(3, { label: 'Messe Hannover', expiresInDays: 30 });
    expect(created).toHaveLength(3);
    expect(new Set(created.map((l) => l.token)).size).toBe(3);
    for (const l of created) {
      expect(l.url).toBe(`https://touchpoint.example.com/r/${l.token}`);
      expect(l).toMatchObject({
        label: 'Messe Hannover',
        usedAt: null,
        revokedAt: null,
        expiresAt: expect.any(String),
      });
    }
  });

  it('shows a page that escapes what the workspace typed', async () => {
    const { links, anonymous, api, ws } = await setup(XSS);
    await api.patch(`/workspaces/${ws.workspace.id}`, { name: `<script>alert("ws")</script>` });
    const [link] = await links(1);
    const page = await anonymous.get(`/r/${link?.token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).not.toContain(XSS);
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.body).toContain('&lt;script&gt;');
    expect(page.body).toContain(`<form method="post" action="/r/${link?.token}">`);
  });

  it('takes a form submission once: 201 and a thank-you, then 410 and no second rating', async () => {
    const { links, anonymous, ratings, customerRating } = await setup();
    const [first, second] = await links(2, { label: 'Kunde A' });
    const done = await submitForm(
      anonymous,
      first?.token as string,
      'score=4&comment=Schnelle+Antwort&lang=en',
    );
    expect(done.statusCode).toBe(201);
    expect(done.headers['content-type']).toMatch(/^text\/html/);
    expect(done.body).toContain('Thank you!');
    expect(await ratings()).toEqual([
      expect.objectContaining({ source: 'customer', score: 4, comment: 'Schnelle Antwort', viaLink: true }),
    ]);
    expect(await customerRating()).toEqual({ average: 4, count: 1 });

    const again = await submitForm(anonymous, first?.token as string, 'score=1&lang=en');
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('This link has been used already');
    expect(await ratings()).toHaveLength(1);
    expect((await anonymous.get(`/r/${first?.token}?lang=en`)).body).toContain('used already');

    await submitForm(anonymous, second?.token as string, 'score=2');
    expect(await customerRating()).toEqual({ average: 3, count: 2 });
  });

  it('stores exactly one rating when one link is submitted twice at once', async () => {
    const { links, anonymous, ratings } = await setup();
    const [form1, json1] = await links(2);
    const viaForm = await Promise.all([
      submitForm(anonymous, form1?.token as string, 'score=5'),
      submitForm(anonymous, form1?.token as string, 'score=1'),
    ]);
    expect(viaForm.map((r) => r.statusCode).sort()).toEqual([201, 410]);
    const viaJson = await Promise.all(
      [1, 2, 3, 4].map((score) => anonymous.post(`/api/v1/public/ratings/${json1?.token}`, { score })),
    );
    expect(viaJson.map((r) => r.statusCode).sort()).toEqual([201, 410, 410, 410]);
    expect(await ratings()).toHaveLength(2);
  });

  it('refuses a bad score, keeping the link open', async () => {
    const { links, anonymous, ratings } = await setup();
    const [link] = await links(1);
    const token = link?.token as string;
    for (const body of ['score=0', 'score=6', 'score=2.5', 'score=abc', 'comment=no+score'])
      expect((await submitForm(anonymous, token, `${body}&lang=en`)).body).toContain(
        'Please choose a rating from 1 to 5',
      );
    for (const score of [0, 6, 2.5, '4']) {
      const res = await anonymous.post(`/api/v1/public/ratings/${token}`, { score });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'validation_failed',
        details: { issues: [{ field: 'body.score' }] },
      });
    }
    expect(await ratings()).toEqual([]);
    expect((await anonymous.get(`/api/v1/public/ratings/${token}`)).json().state).toBe('open');
  });

  it('does not accept revoked or expired links', async () => {
    const { db, links, anonymous, ratings, base, api } = await setup();
    const [revoked, expired] = await links(2);
    const gone = await api.delete(`${base}/rating-links/${revoked?.id}`);
    expect(gone.json().revokedAt).toEqual(expect.any(String));
    await db
      .updateTable('rating_links')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', expired?.id as string)
      .execute();

    for (const [link, state, text] of [
      [revoked, 'revoked', 'no longer valid'],
      [expired, 'expired', 'has expired'],
    ] as const) {
      const token = link?.token as string;
      expect((await anonymous.get(`/api/v1/public/ratings/${token}`)).json().state).toBe(state);
      const page = await anonymous.get(`/r/${token}?lang=en`);
      expect(page.body).toContain(text);
      expect(page.body).not.toContain('<form');
      expect((await submitForm(anonymous, token, 'score=5')).statusCode).toBe(410);
      const json = await anonymous.post(`/api/v1/public/ratings/${token}`, { score: 5 });
      expect(json.statusCode).toBe(410);
      expect(json.json().error.code).toBe('gone');
    }
    expect(await ratings()).toEqual([]);
  });

  it('works the same through the JSON endpoint', async () => {
    const { links, anonymous, ratings, customerRating } = await setup(XSS);
    const [link] = await links(1);
    const url = `/api/v1/public/ratings/${link?.token}`;
    const opened = await anonymous.get(url);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ touchpointName: XSS, state: 'open' });
    const done = await anonymous.post(url, { score: 5, comment: 'Top' });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toEqual({ thanks: true });
    expect((await anonymous.get(url)).json().state).toBe('used');
    const again = await anonymous.post(url, { score: 1 });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: 'gone', message: expect.any(String) });
    expect(await ratings()).toEqual([
      expect.objectContaining({ source: 'customer', score: 5, comment: 'Top' }),
    ]);
    expect(await customerRating()).toEqual({ average: 5, count: 1 });
  });

  it('answers 404 for an unknown token, in HTML and in JSON', async () => {
    const { anonymous } = await setup();
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAAAA';
    const page = await anonymous.get(`/r/${unknown}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Diesen Bewertungslink gibt es nicht');
    const odd = await anonymous.get('/r/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(odd.statusCode).toBe(404);
    expect(odd.body).not.toContain('<script>');
    expect((await submitForm(anonymous, unknown, 'score=5')).statusCode).toBe(404);
    const json = await anonymous.get(`/api/v1/public/ratings/${unknown}`);
    expect(json.statusCode).toBe(404);
    expect(json.json().error.code).toBe('not_found');
    expect((await anonymous.post(`/api/v1/public/ratings/${unknown}`, { score: 5 })).statusCode).toBe(404);
  });
});
