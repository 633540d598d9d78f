import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMailing } from '../../src/services/email/mailings';
import { testApp } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * The e-mail preference page (`/e/p/:token`, also shown for the footer's `/e/u/:token`) is public like
 * the rating page and the Quickcheck print page, and shows what others typed: the workspace's name and
 * the recipient's address. Neither may become markup, in any of its states, nor may the token in the
 * address.
 */

const WORKSPACE = '<script>alert("ws")</script> & Söhne';
const EMAIL = '"<img src=x onerror=alert(1)>"@example.org';
let token = '';

beforeAll(async () => {
  const db = testDb();
  const ws = await aWorkspace(db, { name: WORKSPACE });
  const mailing = await createMailing(ws.ctx, {
    name: 'News',
    subject: 'Hallo',
    bodyText: 'Hallo',
    segment: { kind: 'all' },
  });
  if (!mailing.ok) throw new Error(mailing.error.message);
  token = randomBytes(16).toString('hex');
  await db
    .insertInto('mailing_recipients')
    .values({
      workspace_id: ws.workspace.id,
      mailing_id: mailing.value.id,
      email: EMAIL,
      token,
      status: 'sent',
    })
    .execute();
});

const hit = async (method: 'GET' | 'POST', url: string, payload?: string) =>
  (await testApp()).inject({
    method,
    url,
    ...(payload !== undefined && {
      payload,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  });

function expectEscaped(body: string) {
  expect(body).not.toContain('<script>');
  expect(body).not.toContain('<img');
  expect(body).not.toContain('onerror=alert(1)>');
}

describe('the e-mail preference page escapes what others typed', () => {
  it.each([
    ['the preference link', () => `/e/p/${token}`],
    ['the preference link in English', () => `/e/p/${token}?lang=en`],
    ['the footer unsubscribe link', () => `/e/u/${token}`],
  ])('when opened from %s', async (_what, url) => {
    const page = await hit('GET', url());
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectEscaped(page.body);
    expect(page.body).toContain('&lt;script&gt;alert(&quot;ws&quot;)&lt;/script&gt; &amp; Söhne');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each([
    ['unsubscribed', 'action=unsubscribe'],
    ['resubscribed', 'action=resubscribe&lang=en'],
  ])('after the form is posted (%s)', async (_state, form) => {
    const page = await hit('POST', `/e/p/${token}`, form);
    expect(page.statusCode).toBe(200);
    expectEscaped(page.body);
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('for a token that is markup itself', async () => {
    const page = await hit('GET', '/e/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(page.statusCode).toBe(404);
    expectEscaped(page.body);
  });
});
