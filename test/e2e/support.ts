import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { buildApp } from '../../src/server/app';
import type { WorkspaceContext } from '../../src/services/context';
import { importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { aWorkspace, aUser, TEST_PASSWORD, type TestUser, type TestWorkspace } from '../support/builders';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';
import { testDb } from '../support/db';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = path.join(repo, 'dist', 'web');
export const screenshotDir = path.join(repo, 'test-results', 'screenshots');

export interface E2eServer {
  baseUrl: string;
  db: ReturnType<typeof testDb>;
}

/**
 * The whole server in-process on the test database, serving the built web app from dist/web, on
 * 127.0.0.1 and a free port. Closed when the test file ends.
 */
export async function startServer(): Promise<E2eServer> {
  const db = testDb();
  const app = await buildApp({
    db,
    config: loadConfig({ TOUCHPOINT_NO_DEMO: '1', LOG_LEVEL: 'silent' }),
    webDir,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  afterAll(async () => {
    await app.close();
  });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no TCP address');
  return { baseUrl: `http://127.0.0.1:${address.port}`, db };
}

/** A fresh Chromium profile per test file, closed (and deleted) when the file ends. */
export async function launchBrowser(
  options: { width?: number; height?: number } = {},
): Promise<BrowserContext> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'de-DE',
  });
  context.setDefaultTimeout(10_000);
  afterAll(async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
  return context;
}

/**
 * A browser page of a fresh profile, not logged in yet, with the page's uncaught errors collected.
 * @example ({ page, errors } = await openPage());
 */
export async function openPage(
  viewport: { width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await launchBrowser(viewport);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return { page, errors };
}

/**
 * A browser page of a fresh profile, logged in as `email`, with the page's uncaught errors collected.
 * @example ({ page, errors } = await openAppAs(server, ws.owner.email));
 */
export async function openAppAs(
  server: E2eServer,
  email: string,
  viewport: { width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(viewport);
  await logIn(opened.page, server.baseUrl, email, TEST_PASSWORD);
  return opened;
}

/**
 * How most e2e files start: the server, a fresh workspace, and the app opened as its owner. `fill`
 * adds to the workspace before the app opens, so the first screen already shows it.
 * @example
 * ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt' }, async (ws) => {
 *   await aTouchpoint(ws.ctx, { name: 'Website' });
 * }));
 */
export async function openAppOnNewWorkspace(
  options: Parameters<typeof aWorkspace>[1] = {},
  fill: (ws: TestWorkspace, server: E2eServer) => Promise<void> = async () => {},
): Promise<{ server: E2eServer; ws: TestWorkspace; page: Page; errors: string[] }> {
  const server = await startServer();
  const ws = await aWorkspace(server.db, options);
  await fill(ws, server);
  return { server, ws, ...(await openAppAs(server, ws.owner.email)) };
}

/**
 * The Schmidt demo workspace (src/demo/schmidtDemo.ts) imported for a new owner, Sabine Schmidt, and
 * the context to act in it as her.
 * @example const demo = await theSchmidtDemo(server.db);
 */
export async function theSchmidtDemo(
  db: E2eServer['db'],
): Promise<{ owner: TestUser; ctx: WorkspaceContext }> {
  const owner = await aUser(db, 'Sabine Schmidt');
  const imported = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId: owner.id });
  if (!imported.ok) throw new Error(imported.error.message);
  const actor = { userId: owner.id, label: owner.name, role: 'owner' } as const;
  return { owner, ctx: { db, workspaceId: imported.value.workspaceId, actor } };
}

/**
 * Logs in through the login screen, which opens on the CTM cycle (the workspace's home), and goes on
 * to the journey map, where most tests start.
 */
export async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
  await page.goto(`${baseUrl}/map`);
  await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** Fails the test on any uncaught error in the page, which a passing UI check could otherwise hide. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Collects what the page logs to the console as `type`. Chromium logs a failed request (a 404, say)
 * as an error too, so an empty list of errors also means no request failed.
 * @example const consoleErrors = collectConsole(page, 'error');
 */
export function collectConsole(page: Page, type: 'error' | 'warning'): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === type) messages.push(`${message.text()} (${message.location().url})`);
  });
  return messages;
}

/**
 * Picks a card up by keyboard (focus its handle, Space) and waits until `pickedUp` shows and the
 * drag listens to arrow keys. dnd-kit's keyboard sensor adds its key listener in a timer set at the
 * pick-up, after the screen already announced it; an arrow pressed in between is lost (seen on a
 * loaded CI machine). Timers of the same delay run in order, so one set now fires after the sensor's.
 */
export async function pickUpByKeyboard(page: Page, handle: Locator, pickedUp: Locator): Promise<void> {
  await handle.focus();
  await page.keyboard.press('Space');
  await pickedUp.waitFor({ state: 'attached' });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}
