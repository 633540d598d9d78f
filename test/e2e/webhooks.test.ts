import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookDispatcher } from '../../src/services/webhooks/dispatchWebhooks';
import type { TestWorkspace } from '../support/builders';
import { openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/** The owner connects the CRM on the team screen: adds an endpoint, keeps its secret, tests it, reads the log. */
describe('webhooks on the team screen', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  const received: string[] = [];
  let receiverUrl = '';

  beforeAll(async () => {
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push(body);
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crm`;
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt Dreh- und Frästechnik' }));
    const dispatcher = startWebhookDispatcher(server.db, {
      workspaceIds: [ws.workspace.id],
      intervalMs: 300,
    });
    afterAll(() => dispatcher.stop());
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();
  });

  it('adds an endpoint, shows its secret once, and logs a delivered test message', async () => {
    const form = page.getByTestId('webhook-form');
    await form.getByLabel('Adresse (URL)').fill('ftp://crm');
    await form.getByRole('button', { name: 'Webhook anlegen' }).click();
    await form.locator('.field-error').first().waitFor();

    await form.getByLabel('Adresse (URL)').fill(receiverUrl);
    await form.getByLabel('Beschreibung').fill('CRM');
    await form.getByRole('button', { name: 'Webhook anlegen' }).click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    expect(await secret.getByLabel('Signatur-Schlüssel').inputValue()).toMatch(/^whsec_/);
    await secret.getByRole('button', { name: 'Erledigt' }).click();

    const item = page.getByTestId('webhook-list').locator('li').filter({ hasText: receiverUrl });
    await item.getByText('KPI-Alarm ausgelöst').waitFor();
    await item.getByRole('button', { name: 'Test senden' }).click();
    await item.getByRole('button', { name: 'Protokoll' }).click();
    await item.getByTestId('webhook-delivery').filter({ hasText: 'Zugestellt' }).waitFor({ timeout: 15_000 });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0] ?? '{}')).toMatchObject({
      type: 'webhook.test',
      workspaceId: ws.workspace.id,
    });
    await screenshot(page, 'team-webhooks');

    await item.getByRole('button', { name: 'Ausschalten' }).click();
    await item.getByText('Ausgeschaltet').waitFor();
    expect(await item.getByRole('button', { name: 'Test senden' }).isDisabled()).toBe(true);
  });

  it('speaks English and fits a phone', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Add webhook' }).waitFor();
    await page.getByTestId('webhook-delivery').filter({ hasText: 'Delivered' }).waitFor();
    // A phone opens the screen at its own width; the log's table scrolls in its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await page.getByTestId('webhook-delivery').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'team-webhooks-phone');
    expect(errors).toEqual([]);
  });
});
