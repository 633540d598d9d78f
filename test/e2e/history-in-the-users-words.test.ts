import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordHistory } from '../../src/services/audit';
import { addRating } from '../../src/services/ratings';
import { aTouchpoint, type TestWorkspace } from '../support/builders';
import { collectConsole, type E2eServer, openAppOnNewWorkspace, screenshot } from './support';

/** Issue 12, item 8: the history spoke developer ("Felder: name, type, effort, …", unchanged fields listed). */
describe('the history of a touchpoint', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];
  let touchpointId: string;

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt' }, async (ws) => {
      const attention = ws.workspace.journeyModel.phases[0]?.id ?? '';
      const tp = await aTouchpoint(ws.ctx, { name: 'Website', effort: 3, phaseIds: [attention] });
      touchpointId = tp.id;
      // An entry written before the history kept old values: it names its fields, in words.
      await recordHistory(ws.ctx, {
        entityType: 'touchpoint',
        entityId: tp.id,
        action: 'updated',
        changes: { name: 'Website', checklistKind: null },
      });
      const rated = await addRating(ws.ctx, tp.id, { source: 'customer', score: 4 });
      if (!rated.ok) throw new Error(rated.error.message);
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  it('shows who changed what from what to what, only what changed, in German and English', async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${server.baseUrl}/touchpoints/${touchpointId}`);
    const classification = page.getByRole('region', { name: 'Einordnung' });
    await classification.getByLabel('Aufwand (1–5)').selectOption('2');
    await classification.getByRole('checkbox', { name: /^Interest/ }).check();
    await classification.getByRole('button', { name: 'Speichern' }).click();

    const history = page.getByTestId('history');
    const latest = history.getByTestId('history-entry').first();
    await latest.getByText('Aufwand: 3 → 2').waitFor();
    expect(await latest.textContent()).toContain('geändert');
    expect(await latest.textContent()).toContain(ws.owner.name);
    expect(await latest.getByRole('listitem').allTextContents()).toEqual([
      'Phasen: Attention – Informationsphase → Attention – Informationsphase, Interest – Spezifizierungsphase',
      'Aufwand: 3 → 2',
    ]);
    const all = (await history.textContent()) ?? '';
    expect(all).toContain('Bewertung durch Kundschaft: 4 Sterne');
    expect(all).toContain('Geänderte Felder: Name, Reife-Checkliste');
    expect(all).not.toMatch(/checklistKind|Felder: name|phaseIds|\brated\b/);
    await history.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await screenshot(page, 'history-de');

    await page.getByRole('button', { name: 'English' }).click();
    await latest.getByText('Effort: 3 → 2').waitFor();
    const allEn = (await history.textContent()) ?? '';
    expect(allEn).toContain('Customer rating: 4 stars');
    expect(allEn).toContain(
      'Phases: Attention – information → Attention – information, Interest – specification',
    );
    await page.getByRole('button', { name: 'Deutsch' }).click();

    // A phone shows it without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await history.getByText('Aufwand: 3 → 2').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'history-phone');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
