import { beforeAll, describe, expect, it } from 'vitest';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import {
  collectConsole,
  openAppAs,
  screenshot,
  startServer,
  theSchmidtDemo,
  type E2eServer,
} from './support';

const PROJECTOR = { width: 1366, height: 768 };

/** Issue 12: the demo map tells the journeys of Schmidt's customers with "leads to" arrows. */
describe('the journeys of the Schmidt demo on the map', () => {
  let server: E2eServer;

  beforeAll(async () => {
    server = await startServer();
  });

  it('draws the trade-fair and the website journey as arrows', async () => {
    const demo = await theSchmidtDemo(server.db);
    const rows = await server.db
      .selectFrom('touchpoints')
      .select(['id', 'name'])
      .where('workspace_id', '=', demo.ctx.workspaceId)
      .execute();
    const id = (name: string) => rows.find((r) => r.name === name)?.id ?? name;
    const { page, errors } = await openAppAs(server, demo.owner.email, PROJECTOR);
    const consoleErrors = collectConsole(page, 'error');
    const arrow = (from: string, to: string) =>
      page.locator(`[data-testid="link-arrow"][data-from="${id(from)}"][data-to="${id(to)}"]`);

    await arrow('Fachmessen (Zulieferer- und Medizintechnik-Messen)', 'Angebot').waitFor({
      state: 'attached',
    });
    await arrow('Website (Unternehmensauftritt)', 'Telefon (Vertriebsinnendienst)').waitFor({
      state: 'attached',
    });
    const drawn = await page.getByTestId('link-arrow').count();
    expect(drawn).toBeGreaterThanOrEqual(schmidtDemoDocument.touchpointLinks?.length ?? 0);
    await screenshot(page, 'map-demo-journeys');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
