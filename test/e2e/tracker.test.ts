import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { buildApp } from '../../src/server/app';
import type { App } from '../../src/server/types';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { aWorkspace } from '../support/builders';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { testDb } from '../support/db';
import { processAll } from '../support/eventRows';

const db = testDb();
let touchpoint: App;
let touchpointUrl: string;
let browser: BrowserContext;
let profileDir: string;
const sites: Server[] = [];

beforeAll(async () => {
  touchpoint = await buildApp({ db, config: loadConfig({}) });
  touchpointUrl = await touchpoint.listen({ port: 0, host: '127.0.0.1' });
  profileDir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-chromium-'));
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  for (const site of sites) site.close();
  await touchpoint?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

/**
 * A customer's website on its own origin (another port) that embeds the tracker from the Touchpoint
 * server, with a contact form marked as a conversion point.
 */
async function aSite(scriptAttributes: string) {
  const ws = await aWorkspace(db);
  const key = await createWriteKey(ws.ctx, { name: 'Website' });
  if (!key.ok) throw new Error(key.error.message);
  const html = (title: string) => `<!doctype html><html><head><title>${title}</title>
    <script>window.touchpoint=window.touchpoint||function(){(touchpoint.q=touchpoint.q||[]).push(arguments)}</script>
    <script async src="${touchpointUrl}/t.js" data-write-key="${key.value.key}" ${scriptAttributes}></script>
    </head><body><h1>${title}</h1>
    <form data-touchpoint-conversion="kontakt" id="contact" action="/danke" method="get">
      <input type="email" name="email"><input name="firma" data-touchpoint-trait="company">
      <button type="submit">Senden</button>
    </form></body></html>`;
  const site = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://site').pathname;
    if (pathname === '/favicon.ico') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(pathname === '/danke' ? 'Danke' : 'Produkte'));
  });
  sites.push(site);
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

  const events = () =>
    db.selectFrom('events').selectAll().where('workspace_id', '=', ws.workspace.id).orderBy('seq').execute();
  /** Waits until the stored events satisfy `enough`. */
  const eventsUntil = async (enough: (rows: Awaited<ReturnType<typeof events>>) => boolean) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const rows = await events();
      if (enough(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`events did not arrive: ${JSON.stringify(rows)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { siteUrl, workspaceId: ws.workspace.id, events, eventsUntil };
}

async function storageOf(page: Page) {
  return {
    cookies: await browser.cookies(),
    documentCookie: await page.evaluate(() => document.cookie),
    localStorage: await page.evaluate(() => localStorage.length),
    sessionStorage: await page.evaluate(() => sessionStorage.length),
  };
}

const noStorage = { cookies: [], documentCookie: '', localStorage: 0, sessionStorage: 0 };

describe('the browser tracker', () => {
  it('before consent: counts page views and conversions, stores nothing, sends nothing personal', async () => {
    const site = await aSite('data-consent="required"');
    const page = await browser.newPage();
    try {
      await page.goto(`${site.siteUrl}/produkte?utm_source=linkedin&utm_medium=cpc&email=max%40example.com`);
      const [view] = await site.eventsUntil((rows) => rows.length >= 1);
      expect(view).toMatchObject({
        type: 'page_view',
        url: `${site.siteUrl}/produkte?utm_source=linkedin&utm_medium=cpc`,
        utm_source: 'linkedin',
        utm_medium: 'cpc',
        channel: 'paid_social',
        channel_class: 'paid',
        user_id: null,
        source: 'tracker',
        session_id: null,
        properties: { ip_network: '127.0.0.0/24', before_consent: true },
      });
      // Counted by the server's daily visitor id, not by the page's random id.
      expect(view?.anonymous_id).toMatch(/^daily:[0-9a-f]{32}$/);
      expect(await storageOf(page)).toEqual(noStorage);

      await page.fill('input[type=email]', 'max@example.com');
      await page.fill('input[name=firma]', 'Muster GmbH');
      await page.click('button[type=submit]');
      await page.waitForURL(/\/danke/);
      const rows = await site.eventsUntil((r) => r.filter((e) => e.type === 'page_view').length >= 2);
      const conversion = rows.find((e) => e.type === 'conversion');
      expect(conversion).toMatchObject({ name: 'kontakt', properties: { form: 'contact' } });
      expect(rows.filter((e) => e.type === 'identify')).toEqual([]);
      const thanks = rows.filter((e) => e.type === 'page_view')[1];
      expect(thanks?.url).toBe(`${site.siteUrl}/danke`);
      // A new page load before consent is the same daily visitor: one visit of two pages, no bounce.
      expect(thanks?.anonymous_id).toBe(view?.anonymous_id);
      expect(conversion?.anonymous_id).toBe(view?.anonymous_id);
      await processAll(db, site.workspaceId);
      const stats = await db
        .selectFrom('daily_web_stats')
        .select(['visits', 'bounced_visits', 'page_views', 'unique_visitors'])
        .where('workspace_id', '=', site.workspaceId)
        .execute();
      expect(stats).toEqual([{ visits: 1, bounced_visits: 0, page_views: 2, unique_visitors: 1 }]);
      expect(JSON.stringify(rows)).not.toMatch(/max@example\.com|Muster GmbH/);
      expect(await storageOf(page)).toEqual(noStorage);

      // Consent on this page: from now on a first-party id, and identify calls go out.
      await page.evaluate(() => {
        const tp = (window as unknown as { touchpoint: (...args: unknown[]) => void }).touchpoint;
        tp('consent', true);
        tp('identify', 'crm-4711', { email: 'max@example.com' });
      });
      const identified = await site.eventsUntil((r) => r.some((e) => e.type === 'identify'));
      const identify = identified.find((e) => e.type === 'identify');
      // After consent the tracker's own id takes over; the daily visitor is never joined to the person.
      expect(identify).toMatchObject({
        user_id: 'crm-4711',
        properties: { email: 'max@example.com', returning: false },
      });
      expect(identify?.anonymous_id).toMatch(/^[0-9a-f]{32}$/);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('touchpoint') ?? 'null'));
      expect(stored).toMatchObject({ a: identify?.anonymous_id, u: 'crm-4711' });
      expect((await storageOf(page)).cookies).toEqual([]);

      // Withdrawing consent forgets the stored id.
      await page.evaluate(() =>
        (window as unknown as { touchpoint: (...args: unknown[]) => void }).touchpoint('consent', false),
      );
      expect(await storageOf(page)).toEqual(noStorage);
    } finally {
      await page.close();
    }
  });

  it('with consent: identifies the visitor on form submit, keeps the session and tells returning visitors', async () => {
    const site = await aSite('data-consent="granted"');
    const page = await browser.newPage();
    try {
      await page.goto(`${site.siteUrl}/produkte`);
      const [view] = await site.eventsUntil((rows) => rows.length >= 1);
      expect(view?.properties).toMatchObject({ returning: false });
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('touchpoint') ?? 'null'));
      expect(stored).toMatchObject({ a: view?.anonymous_id, s: view?.session_id, r: false });
      expect(await browser.cookies()).toEqual([]);

      await page.evaluate(() =>
        (window as unknown as { touchpoint: (...args: unknown[]) => void }).touchpoint(
          'track',
          'datenblatt',
          {
            file: 'dt-200.pdf',
          },
        ),
      );
      await page.fill('input[type=email]', 'erika@example.com');
      await page.click('button[type=submit]');
      await page.waitForURL(/\/danke/);
      const rows = await site.eventsUntil((r) => r.filter((e) => e.type === 'page_view').length >= 2);
      const byType = (type: string) => rows.filter((e) => e.type === type);
      expect(byType('custom')[0]).toMatchObject({ name: 'datenblatt', properties: { file: 'dt-200.pdf' } });
      expect(byType('identify')[0]).toMatchObject({
        anonymous_id: view?.anonymous_id,
        properties: { email: 'erika@example.com' },
      });
      expect(byType('conversion')[0]).toMatchObject({ name: 'kontakt', anonymous_id: view?.anonymous_id });
      // Same visitor and session on the next page, referred internally.
      expect(byType('page_view')[1]).toMatchObject({
        anonymous_id: view?.anonymous_id,
        session_id: view?.session_id,
        referrer: `${site.siteUrl}/produkte`,
        channel: 'internal',
      });

      // 31 minutes later: a new session of a returning visitor.
      await page.evaluate(() => {
        const state = JSON.parse(localStorage.getItem('touchpoint') ?? '{}');
        localStorage.setItem('touchpoint', JSON.stringify({ ...state, t: Date.now() - 31 * 60_000 }));
      });
      await page.goto(`${site.siteUrl}/produkte`);
      const later = await site.eventsUntil((r) => r.filter((e) => e.type === 'page_view').length >= 3);
      const third = later.filter((e) => e.type === 'page_view')[2];
      expect(third?.anonymous_id).toBe(view?.anonymous_id);
      expect(third?.session_id).not.toBe(view?.session_id);
      expect(third?.properties).toMatchObject({ returning: true });
    } finally {
      await page.close();
    }
  });

  it('in cookieless mode stores nothing even with consent; two page loads are one daily visitor', async () => {
    const site = await aSite('data-consent="granted" data-cookieless');
    const page = await browser.newPage();
    try {
      await page.goto(`${site.siteUrl}/produkte`);
      await site.eventsUntil((r) => r.length === 1);
      await page.goto(`${site.siteUrl}/danke`);
      await page.evaluate(() =>
        (window as unknown as { touchpoint: (...args: unknown[]) => void }).touchpoint('identify', 'crm-1'),
      );
      const rows = await site.eventsUntil((r) => r.some((e) => e.type === 'identify'));
      const identify = rows.find((e) => e.type === 'identify');
      expect(identify?.user_id).toBe('crm-1');
      expect(identify?.anonymous_id).not.toMatch(/^daily:/);
      const views = rows.filter((e) => e.type === 'page_view');
      expect(views).toHaveLength(2);
      // The page's id would make each load a visitor and a visit; the server counts the daily id.
      expect(new Set(views.map((e) => e.anonymous_id)).size).toBe(1);
      expect(views[0]?.anonymous_id).toMatch(/^daily:[0-9a-f]{32}$/);
      expect(views.every((e) => e.session_id === null && e.user_id === null)).toBe(true);
      expect(views[0]?.properties).toMatchObject({ cookieless: true });
      expect(views[0]?.properties).not.toHaveProperty('returning');
      expect(await storageOf(page)).toEqual(noStorage);
    } finally {
      await page.close();
    }
  });

  it('in cookieless mode a form that identifies keeps its conversion with the person', async () => {
    const site = await aSite('data-consent="granted" data-cookieless');
    const page = await browser.newPage();
    try {
      await page.goto(`${site.siteUrl}/produkte`);
      await page.fill('input[type=email]', 'erika@example.com');
      await page.click('button[type=submit]');
      await page.waitForURL(/\/danke/);
      const rows = await site.eventsUntil((r) => r.filter((e) => e.type === 'page_view').length >= 2);
      const byType = (type: string) => rows.filter((e) => e.type === type);
      const identify = byType('identify')[0];
      expect(identify?.anonymous_id).not.toMatch(/^daily:/);
      expect(byType('conversion')[0]).toMatchObject({
        name: 'kontakt',
        anonymous_id: identify?.anonymous_id,
      });
      expect(byType('conversion')[0]?.properties).not.toHaveProperty('cookieless');
      // Both page loads count as one daily visitor; neither joins the profile.
      const views = byType('page_view');
      expect(new Set(views.map((e) => e.anonymous_id)).size).toBe(1);
      expect(views[0]?.anonymous_id).toMatch(/^daily:/);
      await processAll(db, site.workspaceId);
      const processed = await site.events();
      const profileIds = new Set(processed.filter((e) => e.type !== 'page_view').map((e) => e.profile_id));
      expect(profileIds.size).toBe(1);
      expect([...profileIds][0]).not.toBeNull();
      expect(processed.filter((e) => e.type === 'page_view').every((e) => e.profile_id === null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('respects Do Not Track when the site asks for it', async () => {
    const site = await aSite('data-consent="granted" data-dnt');
    const page = await browser.newPage();
    try {
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true }),
      );
      await page.goto(`${site.siteUrl}/produkte`);
      // goto waits for the load event, which waits for the async tracker to run.
      await page.evaluate(() =>
        (window as unknown as { touchpoint: (...args: unknown[]) => void }).touchpoint('track', 'x'),
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(await site.events()).toEqual([]);
      expect(await storageOf(page)).toEqual(noStorage);
    } finally {
      await page.close();
    }
  });
});
