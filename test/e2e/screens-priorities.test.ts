import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkspaceContext } from '../../src/services/context';
import { listPersonas } from '../../src/services/personas';
import { getPriorities } from '../../src/services/priorities';
import type { TestUser } from '../support/builders';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('the priorities screen on the Schmidt demo workspace', () => {
  let server: E2eServer;
  let owner: TestUser;
  let ctx: WorkspaceContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    ({ owner, ctx } = await theSchmidtDemo(server.db));
    ({ page, errors } = await openAppAs(server, owner.email));
  });

  it('shows quick wins first, the matrix with its quadrants, the gap list and the Pareto view', async () => {
    const expected = await getPriorities(ctx);
    expect(expected.quickWins.length).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Prioritäten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prioritäten' }).waitFor();
    const quickWins = page.getByTestId('quick-win');
    await quickWins.first().waitFor();
    expect(await quickWins.count()).toBe(expected.quickWins.length);
    expect(await quickWins.first().getByRole('link').textContent()).toBe(expected.quickWins[0]!.name);

    await page.getByTestId('priority-matrix').locator('canvas').first().waitFor();
    const legend = await page.getByTestId('quadrant-quick_win').textContent();
    const inQuickWinQuadrant = expected.touchpoints.filter((tp) => tp.quadrant === 'quick_win').length;
    expect(legend).toContain('Quick Wins');
    expect(legend).toContain(`${inQuickWinQuadrant} Touchpoint`);
    for (const quadrant of ['Großprojekte', 'Lückenfüller', 'Undankbare Aufgaben'])
      expect(await page.getByTestId('priority-matrix').textContent()).toContain(quadrant);

    const rows = page.getByTestId('gap-row');
    expect(await rows.count()).toBe(expected.touchpoints.length);
    await page.getByRole('button', { name: 'Sortieren nach Priorität' }).click();
    const best = [...expected.touchpoints].sort((a, b) => b.priorityScore - a.priorityScore)[0]!;
    expect(await rows.first().textContent()).toContain(best.name);

    const keys = page.getByTestId('pareto-keys').getByRole('listitem');
    expect(await keys.count()).toBe(expected.pareto.filter((r) => r.key).length);
    await page.getByTestId('pareto-chart').locator('canvas').first().waitFor();
    await screenshot(page, 'priorities', true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'priorities-top');
  });

  it('filters by persona and opens a touchpoint from the quick wins', async () => {
    const persona = (await listPersonas(ctx))[0]!;
    const expected = await getPriorities(ctx, { personaId: persona.id });
    await page.getByLabel('Persona').selectOption({ label: persona.name });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="gap-row"]').length === n,
      expected.touchpoints.length,
    );
    expect(await page.getByTestId('quick-win').count()).toBe(expected.quickWins.length);
    await screenshot(page, 'priorities-persona');

    const first = page.getByTestId('gap-row').first().getByRole('link');
    const name = await first.textContent();
    await first.click();
    await page.getByRole('heading', { level: 1, name: name ?? '' }).waitFor();
    expect(errors).toEqual([]);
  });
});
