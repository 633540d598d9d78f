import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { insertEvents, processAll } from '../support/eventRows';
import { type E2eServer, openAppAs, screenshot, startServer } from './support';

describe('tracking set-up', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Schmidt Dreh- und Frästechnik' });
    await aTouchpoint(ws.ctx, { name: 'Website' });
    await insertEvents(server.db, ws.workspace.id, [
      { type: 'custom', name: 'datasheet_download', at: '2026-04-06T09:00:00Z', anon: 'anna' },
    ]);
    await processAll(server.db, ws.workspace.id);
    ({ page, errors } = await openAppAs(server, ws.owner.email));
  });

  it('creates a write key with its snippet, adds and deletes a mapping rule, lists unmapped events', async () => {
    await page.getByRole('link', { name: 'Tracking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tracking einrichten' }).waitFor();
    expect(await page.getByTestId('unmapped-events').textContent()).toContain('custom: datasheet_download');

    await page.getByLabel('Name', { exact: true }).fill('Website');
    await page.getByRole('button', { name: 'Schlüssel anlegen' }).click();
    await page.getByText('Schreibschlüssel „Website“ angelegt.').waitFor();
    const snippet = await page.getByTestId('tracker-snippet').getByLabel('Tracking-Code').inputValue();
    expect(snippet).toContain(`<script async src="${server.baseUrl}/t.js" data-write-key="`);
    expect(snippet).toContain('window.touchpoint=window.touchpoint||function()');
    expect(await page.getByTestId('write-keys').textContent()).toContain('aktiv');

    const form = page.getByTestId('rule-form');
    await form.getByLabel('Touchpoint').selectOption({ label: 'Website' });
    await form.getByRole('button', { name: 'Regel hinzufügen' }).click();
    expect(await form.getByTestId('field-error').textContent()).toContain('at least one condition');
    await form.getByLabel('URL-Muster').fill('*schmidt.example/*');
    await form.getByRole('button', { name: 'Regel hinzufügen' }).click();
    await page.getByText('Regel für „Website“ hinzugefügt.').waitFor();
    expect(await page.getByTestId('mapping-rule').textContent()).toContain('URL-Muster ~ *schmidt.example/*');
    await screenshot(page, 'live-tracking', true);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: /Regel \d+ für „Website“ löschen/ }).click();
    await page.getByText('Regel gelöscht.').waitFor();
    await page.getByText('Noch keine Regeln.').waitFor();
    expect(errors).toEqual([]);
  });
});
