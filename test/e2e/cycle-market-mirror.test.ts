import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { submitMarketMirrorAssessment } from '../../src/services/marketMirror';
import { aPersona, aTouchpoint, type TestWorkspace } from '../support/builders';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 12: the self-assessment against the market study is part of the as-is analysis, so the cycle
 * view counts it there and links to it; the customers' ratings keep the as-is step next while missing.
 */
describe('the market mirror in the cycle view', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Spiegel GmbH' }, async (w) => {
      const persona = await aPersona(w.ctx, { name: 'Einkauf' });
      await aTouchpoint(w.ctx, {
        name: 'Website',
        impact: 4,
        effort: 2,
        currentMaturity: 'minimal',
        personaIds: [persona.id],
      });
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  const documentStep = () => page.locator('[data-testid="cycle-step"][data-step="document"]');

  it('says the self-assessment is not done yet and leads to it', async () => {
    await page.goto(`${server.baseUrl}/cycle`);
    const hint = documentStep().getByTestId('cycle-market-mirror');
    await hint.getByText('Selbsteinschätzung zur Marktstudie: noch nicht gemacht').waitFor();
    // The team's own view is complete, the customers' ratings are missing: the as-is step stays next.
    expect(await page.getByTestId('cycle-next').textContent()).toContain(
      'Dokumentieren der Ist-Situation aus Kundensicht',
    );
    await hint.click();
    await page.waitForURL(/\/market-mirror$/);
  });

  it('tells how long ago the latest self-assessment was and how many gaps it left', async () => {
    const saved = await submitMarketMirrorAssessment(ws.ctx, {
      answers: { lead_handover: 'hand_picked', new_vs_returning: 'no', pipeline: 'end_to_end' },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const gaps = saved.value.score.gaps.length;
    await page.goto(`${server.baseUrl}/cycle`);
    const hint = documentStep().getByTestId('cycle-market-mirror');
    await hint
      .getByText(`Selbsteinschätzung zur Marktstudie: zuletzt heute, ${gaps} Lücke${gaps === 1 ? '' : 'n'}`)
      .waitFor();
    expect(await hint.getAttribute('href')).toBe('/market-mirror');
    await screenshot(page, 'cycle-market-mirror');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
