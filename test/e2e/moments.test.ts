import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { getMapLive } from '../../src/services/analytics/mapLive';
import { getMoments } from '../../src/services/analytics/moments';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('moments that matter and the live map on the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let moments: Awaited<ReturnType<typeof getMoments>>;
  let live: Awaited<ReturnType<typeof getMapLive>>;

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    moments = await getMoments(demo.ctx, { minJourneys: 30, ratingBelow: 3 });
    live = await getMapLive(demo.ctx, {});
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
  });

  it('ranks the candidates, opens the journeys behind a figure and adopts a candidate', async () => {
    expect(moments.journeys).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Momente der Wahrheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Momente der Wahrheit' }).waitFor();
    await page.getByTestId('moments-table').waitFor();
    expect(await page.getByTestId('moments-totals').textContent()).toContain(
      moments.journeys.toLocaleString('de-DE'),
    );
    const candidate = moments.candidates.find((c) => !c.momentThatMatters && c.journeysWith > 0);
    if (!candidate) throw new Error('the demo has no unflagged touchpoint with journeys');
    const row = page.getByTestId(`moment-row-${candidate.touchpointId}`);
    expect(await row.locator('td').first().textContent()).toBe(
      candidate.journeysWith.toLocaleString('de-DE'),
    );
    await screenshot(page, 'moments');

    await row.locator('td').first().getByRole('button').click();
    const people = page.getByTestId('moment-profiles');
    await people.getByRole('link').first().waitFor();
    expect(await people.getByRole('link').count()).toBe(Math.min(50, candidate.journeysWith));

    const adopt = row.getByRole('button', { name: `„${candidate.name}“ als Moment der Wahrheit markieren` });
    expect(await adopt.textContent()).toBe('Übernehmen');
    await adopt.click();
    await row.getByText('Moment der Wahrheit').waitFor();
    await adopt.waitFor({ state: 'detached' });

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/moments`);
    await page.getByRole('heading', { level: 1, name: 'Moments that matter' }).waitFor();
    await page.getByRole('heading', { name: 'Low ratings on busy paths' }).waitFor();
    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'de'));
    expect(errors).toEqual([]);
  });

  it('shows live figures on the map cards and the people per phase once switched on', async () => {
    await page.goto(`${server.baseUrl}/map`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByTestId('map-card').first().waitFor();
    expect(await page.getByTestId('card-live').count()).toBe(0);
    await page.getByRole('button', { name: 'Live-Daten' }).click();
    await page.getByTestId('card-live').first().waitFor();
    const busiest = [...live.touchpoints].sort((a, b) => b.interactions - a.interactions)[0];
    if (!busiest || busiest.interactions === 0) throw new Error('the demo has no live data');
    const card = page
      .locator(`[data-testid="map-card"][data-touchpoint-id="${busiest.touchpointId}"]`)
      .first();
    const text = (await card.getByTestId('card-live').textContent()) ?? '';
    expect(text).toContain(`${busiest.interactions.toLocaleString('de-DE')} Interaktionen`);
    expect(text).toContain(`${busiest.people.toLocaleString('de-DE')} Personen`);
    expect(await card.getByTestId('card-kpi-status').getAttribute('data-status')).toBe(busiest.kpiStatus);
    const reached = live.phases.find((p) => p.profiles > 0);
    if (reached) {
      const column = page.locator(`[data-testid="phase-column"][data-phase-id="${reached.phaseId}"]`);
      expect(await column.getByTestId('phase-reached').textContent()).toContain(
        reached.profiles.toLocaleString('de-DE'),
      );
    }
    await screenshot(page, 'journey-map-live');
    expect(errors).toEqual([]);
  });
});
