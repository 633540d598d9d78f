import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

const PHONE = { width: 390, height: 844 };

/** Each main screen; a touchpoint and a profile are opened from their lists. */
const SCREENS: readonly { name: string; path: string }[] = [
  { name: 'cycle', path: '/cycle' },
  { name: 'journey-map', path: '/map' },
  { name: 'touchpoints', path: '/touchpoints' },
  { name: 'personas', path: '/personas' },
  { name: 'catalogue', path: '/catalogue' },
  { name: 'quickcheck', path: '/quickcheck' },
  { name: 'market-mirror', path: '/market-mirror' },
  { name: 'priorities', path: '/priorities' },
  { name: 'action-plan', path: '/action-plan' },
  { name: 'content-map', path: '/content-map' },
  { name: 'editorial-plan', path: '/editorial-plan' },
  { name: 'monitoring', path: '/monitoring' },
  { name: 'strategy', path: '/strategy' },
  { name: 'web-analytics', path: '/web-analytics' },
  { name: 'phase-funnel', path: '/phase-funnel' },
  { name: 'paths', path: '/paths' },
  { name: 'adhoc-funnels', path: '/adhoc-funnels' },
  { name: 'attribution', path: '/attribution' },
  { name: 'campaigns', path: '/campaigns' },
  { name: 'moments', path: '/moments' },
  { name: 'journey-map-live', path: '/map?live=1' },
  { name: 'segments', path: '/segments' },
  { name: 'visitors', path: '/visitors' },
  { name: 'customer-value', path: '/customer-value' },
  { name: 'leads', path: '/leads' },
  { name: 'lead-scoring', path: '/leads/settings' },
  { name: 'customers', path: '/customers' },
  { name: 'pipeline', path: '/pipeline' },
  { name: 'pipeline-report', path: '/pipeline/report' },
  { name: 'existing-customers', path: '/pipeline/customers' },
  { name: 'email', path: '/email' },
  { name: 'tracking', path: '/tracking' },
  { name: 'imports', path: '/imports' },
  { name: 'alerts', path: '/alerts' },
  { name: 'team', path: '/team' },
];

describe('every main screen on a phone (390 × 844) of the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    ({ page, errors } = await openAppAs(server, demo.owner.email, PHONE));
  });

  /** The page's own width beyond the viewport; wide tables and the board scroll in their own box. */
  async function overflow(name: string): Promise<string | undefined> {
    await page.evaluate(() => document.fonts.ready);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await screenshot(page, `phone-${name}`);
    return width > PHONE.width ? `${name}: ${width} px` : undefined;
  }

  async function visit(path: string): Promise<void> {
    await page.goto(`${server.baseUrl}${path}`);
    await page.locator('main h1').first().waitFor();
    // Every part of the screen has loaded: its tables and figures, which set its width.
    await page.waitForFunction(() => !document.querySelector('main .loading'));
  }

  async function firstLink(prefix: string): Promise<string> {
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
    if (!href) throw new Error(`no link to ${prefix}… on ${page.url()}`);
    return href;
  }

  it('never scrolls sideways as a page', async () => {
    const failures: string[] = [];
    const check = async (name: string) => {
      const failure = await overflow(name);
      if (failure) failures.push(failure);
    };

    for (const screen of SCREENS) {
      await visit(screen.path);
      await check(screen.name);
      if (screen.name === 'touchpoints') {
        await visit(await firstLink('/touchpoints/'));
        // The activity panel (tracked events, sparkline) has loaded too.
        await page.getByTestId('touchpoint-activity').getByRole('heading').waitFor();
        await page.waitForFunction(
          () => !document.querySelector('[data-testid="touchpoint-activity"] .loading'),
        );
        await check('touchpoint-detail');
      }
      if (screen.name === 'imports') {
        await page.getByLabel('Newsletter-Tool').check();
        await page.getByTestId('newsletter-fields').waitFor();
        await check('imports-newsletter');
      }
      if (screen.name === 'customers') {
        await visit(await firstLink('/customers/'));
        await check('profile');
      }
    }

    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
