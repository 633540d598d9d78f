import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aTouchpoint } from '../support/builders';
import { insertEvents, processAll } from '../support/eventRows';
import { createMappingRule } from '../../src/services/events/mappingRules';
import { retireTouchpoint } from '../../src/services/touchpoints';
import { type E2eServer, openAppOnNewWorkspace, screenshot } from './support';

describe('tracking set-up', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ server, page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (ws, server) => {
        await aTouchpoint(ws.ctx, { name: 'Website' });
        // A retired touchpoint: its old rule still names it, new rules cannot choose it.
        const catalogue = await aTouchpoint(ws.ctx, { name: 'Gedruckter Leistungskatalog' });
        const oldRule = await createMappingRule(ws.ctx, { touchpointId: catalogue.id, utmSource: 'katalog' });
        if (!oldRule.ok) throw new Error(oldRule.error.message);
        await retireTouchpoint(ws.ctx, catalogue.id, 'nicht mehr gedruckt');
        await insertEvents(server.db, ws.workspace.id, [
          { type: 'custom', name: 'datasheet_download', at: '2026-04-06T09:00:00Z', anon: 'anna' },
        ]);
        await processAll(server.db, ws.workspace.id);
      },
    ));
  });

  it('creates a write key with its snippet, adds and deletes a mapping rule, lists unmapped events', async () => {
    await page.getByRole('link', { name: 'Tracking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tracking einrichten' }).waitFor();
    expect(await page.getByTestId('unmapped-events').textContent()).toContain('Ereignis: datasheet_download');

    await page.getByLabel('Name', { exact: true }).fill('Website');
    await page.getByRole('button', { name: 'Schlüssel anlegen' }).click();
    await page.getByText('Schreibschlüssel „Website“ angelegt.').waitFor();
    const snippet = await page.getByTestId('tracker-snippet').getByLabel('Tracking-Code').inputValue();
    expect(snippet).toContain(`<script async src="${server.baseUrl}/t.js" data-write-key="`);
    expect(snippet).toContain('window.touchpoint=window.touchpoint||function()');
    expect(await page.getByTestId('write-keys').textContent()).toContain('aktiv');

    const rules = page.getByTestId('mapping-rule');
    expect(await rules.allTextContents()).toEqual([expect.stringMatching(/^1Gedruckter Leistungskatalog/)]);

    const form = page.getByTestId('rule-form');
    const touchpointOptions = await form.getByLabel('Touchpoint').locator('option').allTextContents();
    expect(touchpointOptions).toEqual(['Bitte wählen', 'Website']);
    const eventTypeOptions = await form.getByLabel('Ereignistyp').locator('option').allTextContents();
    expect(eventTypeOptions).toContain('Messekontakt');
    expect(eventTypeOptions).not.toContain('trade_fair_contact');

    await form.getByLabel('Touchpoint').selectOption({ label: 'Website' });
    await form.getByRole('button', { name: 'Regel hinzufügen' }).click();
    expect(await form.getByTestId('field-error').textContent()).toContain('at least one condition');
    await form.getByLabel('URL-Muster').fill('*schmidt.example/*');
    await form.getByLabel('Ereignistyp').selectOption({ label: 'Messekontakt' });
    await form.getByRole('button', { name: 'Regel hinzufügen' }).click();
    await page.getByText('Regel für „Website“ hinzugefügt.').waitFor();
    await rules.nth(1).waitFor();
    const added = rules.nth(1);
    expect(await added.locator('td').first().textContent()).toBe('2');
    expect(await added.textContent()).toContain('Ereignistyp = Messekontakt');
    expect(await added.getByText('Ereignistyp = Messekontakt').getAttribute('title')).toBe(
      'trade_fair_contact',
    );
    expect(await added.textContent()).toContain('URL-Muster ~ *schmidt.example/*');
    await screenshot(page, 'live-tracking', true);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Regel 2 für „Website“ löschen' }).click();
    await page.getByText('Regel gelöscht.').waitFor();
    await rules.nth(1).waitFor({ state: 'detached' });
    expect(await rules.count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
