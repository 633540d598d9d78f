import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Ownership } from '../../src/core/model';
import { aTouchpoint, aWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { logIn, openPage, screenshot, startServer, type E2eServer, pickUpByKeyboard } from './support';

const COUNT = 300;
const ownerships: Ownership[] = ['owned', 'earned', 'paid'];

/** A map of a real inventory size stays quick: all cards render and a move answers promptly. */
describe('a journey map with 300 touchpoints', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db);
    const phases = ws.workspace.journeyModel.phases;
    for (let start = 0; start < COUNT; start += 5)
      await Promise.all(
        Array.from({ length: 5 }, (_, k) => {
          const i = start + k;
          return aTouchpoint(ws.ctx, {
            name: `Touchpoint ${String(i + 1).padStart(3, '0')}`,
            ownership: ownerships[i % 3],
            momentThatMatters: i % 17 === 0,
            relevance: (i % 5) + 1,
            phaseIds: [phases[i % phases.length]!.id],
          });
        }),
      );
    ({ page, errors } = await openPage());
  }, 60_000);

  it('renders every card and moves one without delay', async () => {
    await logIn(page, server.baseUrl, ws.owner.email, TEST_PASSWORD);
    const started = Date.now();
    await page.getByRole('link', { name: 'Details zu Touchpoint 300' }).waitFor({ state: 'attached' });
    expect(await page.getByTestId('map-card').count()).toBe(COUNT);
    const renderMs = Date.now() - started;
    expect(renderMs).toBeLessThan(8_000);

    const card = page.getByTestId('map-card').filter({ hasText: 'Touchpoint 001' });
    const before = Date.now();
    await pickUpByKeyboard(
      page,
      card.getByTestId('drag-handle'),
      page.getByText('„Touchpoint 001“ aufgenommen.', { exact: false }),
    );
    await page.keyboard.press('ArrowRight');
    await page.getByText('Über Phase Interest', { exact: false }).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page
      .getByTestId('status-region')
      .getByText('„Touchpoint 001“ liegt jetzt in', { exact: false })
      .waitFor();
    const moveMs = Date.now() - before;
    console.log(`300 cards: rendered in ${renderMs} ms, moved by keyboard in ${moveMs} ms`);
    // Generous bounds: CI shares two cores between PostgreSQL, the server and Chromium.
    expect(moveMs).toBeLessThan(4_000);
    await screenshot(page, 'large-map');
    expect(errors).toEqual([]);
  });
});
