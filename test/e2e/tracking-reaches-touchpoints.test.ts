import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aTouchpoint } from '../support/builders';
import { processAll } from '../support/eventRows';
import { type E2eServer, openAppOnNewWorkspace, screenshot } from './support';

const HOST = 'www.schmidt-drehteile.example';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('tracking reaches the touchpoints', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let websiteId: string;

  beforeAll(async () => {
    ({ server, page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (ws, server) => {
        const website = await aTouchpoint(ws.ctx, { name: 'Website' });
        websiteId = website.id;
        await aTouchpoint(ws.ctx, { name: 'Messestand' });
        // A tracked visit before any rule existed: two pages and a contact request, as the tracker stores them.
        const visit = [
          { type: 'page_view', path: '/', h: 30 },
          { type: 'page_view', path: '/leistungen/drehen', h: 29.9 },
          { type: 'conversion', path: '/kontakt', h: 29.8 },
        ];
        for (const e of visit)
          await server.db
            .insertInto('events')
            .values({
              workspace_id: ws.workspace.id,
              event_id: randomUUID(),
              type: e.type,
              occurred_at: hoursAgo(e.h),
              anonymous_id: 'anna',
              session_id: 's-anna',
              url: `https://${HOST}${e.path}`,
              channel: 'search',
              channel_class: 'earned',
              source: 'tracker',
            })
            .execute();
        await processAll(server.db, ws.workspace.id);
      },
    ));
  });

  it('accepts the suggested Website rule, applies it to the past visit and shows the activity', async () => {
    await page.goto(`${server.baseUrl}/touchpoints/${websiteId}`);
    const activity = page.getByTestId('touchpoint-activity');
    await activity.getByText('Noch keine getrackten Ereignisse.').waitFor();
    await activity.getByRole('link', { name: 'Zum Tracking' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tracking einrichten' }).waitFor();
    const suggestion = page.getByTestId('mapping-suggestion').filter({ hasText: `${HOST}/*` });
    expect(await suggestion.textContent()).toContain('3 Ereignisse von 1 Personen');
    expect(await suggestion.getByRole('combobox').locator('option:checked').textContent()).toBe('Website');
    await suggestion.getByRole('button', { name: /^Regel anlegen/ }).click();
    await page.getByText('Regel für „Website“ hinzugefügt.').waitFor();
    await page.getByTestId('mapping-rule').first().waitFor();
    expect(await page.getByTestId('mapping-rule').allTextContents()).toEqual([
      expect.stringContaining(`URL-Muster ~ ${HOST}/*`),
    ]);

    const created = page.getByTestId('created-rule');
    await created.getByRole('button', { name: 'Auf vergangene Ereignisse anwenden' }).click();
    await created.getByText('Fertig: 3 vergangene Ereignisse zugeordnet.').waitFor();
    expect(await created.locator('progress').getAttribute('value')).toBe('3');
    await page.getByTestId('unmapped-events').waitFor({ state: 'detached' });
    await screenshot(page, 'tracking-suggestions', true);

    await page.goto(`${server.baseUrl}/touchpoints/${websiteId}`);
    await page.getByTestId('activity-sparkline').waitFor();
    expect(await page.getByTestId('activity-interactions').textContent()).toBe('3');
    expect(await page.getByTestId('activity-people').textContent()).toBe('1');
    expect(await page.getByTestId('activity-conversions').textContent()).toBe('1');
    await screenshot(page, 'touchpoint-activity');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('activity-sparkline').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
