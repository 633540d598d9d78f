import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWriteKey } from '../../src/services/events/writeKeys';
import type { TestWorkspace } from '../support/builders';
import { type E2eServer, openAppOnNewWorkspace, screenshot } from './support';

/** Issue 16: a track event name seen through the Segment API is mapped to a type in the tracking screen. */
describe('event name mapping', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let writeKey = '';

  const sendTrack = async (event: string) => {
    const r = await fetch(`${server.baseUrl}/api/segment/v1/track`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
      },
      body: JSON.stringify({ userId: 'crm-4711', event }),
    });
    expect(r.status).toBe(200);
  };

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (w) => {
        const key = await createWriteKey(w.ctx, { name: 'CRM' });
        if (!key.ok) throw new Error(key.error.message);
        writeKey = key.value.key;
      },
    ));
    await sendTrack('Demo Booked');
    await sendTrack('Demo Booked');
    await sendTrack('Order Completed');
  });

  it('maps a seen name in the UI; the next event of that name has the new type', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Tracking' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ereignisnamen zuordnen' }).waitFor();
    const rows = page.getByTestId('seen-event-name');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/^Demo Booked2Ereignis \(ohne Zuordnung\)/),
      expect.stringMatching(/^Order Completed1Bestellung \(eingebaut\)/),
    ]);
    expect(await page.getByTestId('own-event-name-mappings').count()).toBe(0);

    await page.getByLabel('Typ für „Demo Booked“').selectOption({ label: 'Termin' });
    await page.getByRole('button', { name: '„Demo Booked“ zuordnen' }).click();
    await page.getByText('„Demo Booked“ ist jetzt Termin.').waitFor();
    await page.getByText('Termin (eigene Zuordnung)').waitFor();
    expect(await page.getByTestId('own-event-name-mapping').allTextContents()).toEqual([
      expect.stringMatching(/^Demo BookedTermin/),
    ]);
    await screenshot(page, 'event-name-mapping', true);

    await sendTrack('Demo Booked');
    const last = await server.db
      .selectFrom('events')
      .select(['type', 'name'])
      .where('workspace_id', '=', ws.workspace.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ type: 'meeting', name: 'Demo Booked' });

    // A glob line through the form, then gone again.
    const form = page.getByTestId('event-name-mapping-form');
    await form.getByLabel('Name oder Muster').fill('Order *');
    await form.getByRole('button', { name: 'Zuordnung hinzufügen' }).click();
    expect(await form.getByTestId('field-error').textContent()).toBeTruthy();
    await form.getByLabel('Ereignistyp').selectOption({ label: 'Angebotsanfrage' });
    await form.getByRole('button', { name: 'Zuordnung hinzufügen' }).click();
    await page.getByText('Zuordnung für „Order *“ hinzugefügt.').waitFor();
    await page.getByText('Angebotsanfrage (eigene Zuordnung)').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Zuordnung „Order *“ löschen' }).click();
    await page.getByText('Zuordnung gelöscht.').waitFor();
    await page.getByText('Bestellung (eingebaut)').waitFor();
    expect(errors).toEqual([]);
  });

  it('fits a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('seen-event-name').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await screenshot(page, 'phone-event-name-mapping', true);
    expect(width).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
