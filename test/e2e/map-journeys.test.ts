import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Touchpoint } from '../../src/contract/touchpoints';
import { SOFT_HYPHEN } from '../../web/src/components/useHyphenate';
import { aTouchpoint, type TestWorkspace } from '../support/builders';
import { collectConsole, openAppAs, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

const PROJECTOR = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/**
 * Issue 12, seed 001 steps 3 and 4: the map shows journeys (touchpoints connected across phases) and
 * the Owned / Earned / Paid balance of each phase with a hint where a phase relies on one kind only.
 */
describe('journeys and the POE balance on the map', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];
  const tp: Record<string, Touchpoint> = {};

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Journey GmbH' }, async (w) => {
      const [attention, interest, desire, action] = w.workspace.journeyModel.phases;
      if (!attention || !interest || !desire || !action) throw new Error('AIDA(LA) phases missing');
      tp.fair = await aTouchpoint(w.ctx, { name: 'Messe', ownership: 'owned', phaseIds: [attention.id] });
      tp.ad = await aTouchpoint(w.ctx, { name: 'Anzeige', ownership: 'paid', phaseIds: [attention.id] });
      tp.reviews = await aTouchpoint(w.ctx, {
        name: 'Google-Bewertungen',
        ownership: 'earned',
        phaseIds: [interest.id],
      });
      tp.quote = await aTouchpoint(w.ctx, { name: 'Angebot', ownership: 'owned', phaseIds: [desire.id] });
      tp.order = await aTouchpoint(w.ctx, {
        name: 'Bestellprozess',
        ownership: 'owned',
        phaseIds: [action.id],
      });
    }));
    consoleErrors = collectConsole(page, 'error');
    await page.setViewportSize(PROJECTOR);
  });

  const ids: Record<string, keyof typeof tp> = {
    Messe: 'fair',
    Anzeige: 'ad',
    Angebot: 'quote',
    Bestellprozess: 'order',
  };
  /** The card of a touchpoint, found by its id: a title may carry soft hyphens. */
  const card = (name: string) =>
    page.locator(`[data-testid="map-card"][data-touchpoint-id="${tp[ids[name] ?? '']?.id ?? ''}"]`);
  const column = (index: number) => page.getByTestId('phase-column').nth(index);
  /** A hint's text without the soft hyphens that break it in a narrow column. */
  const hint = async (i: number) =>
    ((await column(i).getByTestId('phase-balance-hint').textContent()) ?? '').replaceAll(SOFT_HYPHEN, '');
  const arrow = (from: string, to: string) =>
    page.locator(`[data-testid="link-arrow"][data-from="${from}"][data-to="${to}"]`);

  async function openMap() {
    await page.goto(`${server.baseUrl}/map`);
    await card('Messe').waitFor();
  }

  it('counts Owned / Earned / Paid per phase and hints where a phase relies on one kind', async () => {
    await openMap();
    const balance = (i: number) => column(i).getByTestId('phase-balance');
    expect(await balance(0).textContent()).toBe('O 1 · E 0 · P 1');
    expect(await balance(0).getAttribute('aria-label')).toBe('Owned 1, Earned 0, Paid 1');
    expect(await balance(1).textContent()).toBe('O 0 · E 1 · P 0');
    expect(await balance(2).textContent()).toBe('O 1 · E 0 · P 0');
    expect(await balance(4).textContent()).toBe('O 0 · E 0 · P 0');
    // Attention mixes kinds, an empty phase lacks touchpoints rather than balance: no hint there.
    expect(await column(0).getByTestId('phase-balance-hint').count()).toBe(0);
    expect(await column(4).getByTestId('phase-balance-hint').count()).toBe(0);
    expect(await hint(1)).toMatch(/^Nur Earned – /);
    expect(await hint(3)).toBe(
      'Nur Owned – keine Empfehlungen/Bewertungen (Earned) und keine bezahlte Reichweite (Paid) in dieser Phase',
    );
  });

  it('connects two touchpoints in different phases: an arrow between the cards and the link as text', async () => {
    await openMap();
    await page.getByRole('button', { name: 'Verbinden' }).click();
    const status = page.getByTestId('connect-status');
    await status.getByText('Wähle den Touchpoint, von dem die Journey ausgeht').waitFor();
    await card('Messe').click();
    await status.getByText('Wähle den Touchpoint, zu dem „Messe“ führt').waitFor();
    // The card was picked, not opened.
    expect(new URL(page.url()).pathname).toBe('/map');
    await card('Angebot').click();
    await page.getByText('„Messe“ führt jetzt zu „Angebot“.').waitFor();
    await arrow(tp.fair?.id ?? '', tp.quote?.id ?? '').waitFor();
    expect(await card('Messe').getByTestId('card-leads-to').textContent()).toBe('→ führt zu: Angebot');
    await page.keyboard.press('Escape');
    await status.waitFor({ state: 'detached' });

    // The arrow runs from the right edge of the fair's card to the left edge of the quote's card
    // (measured again once the page settled: the status line above the board has gone).
    const gaps = async () => {
      const from = await card('Messe').boundingBox();
      const to = await card('Angebot').boundingBox();
      const svg = await page.getByTestId('link-arrows').boundingBox();
      const d = (await arrow(tp.fair?.id ?? '', tp.quote?.id ?? '').getAttribute('d')) ?? '';
      const xs = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
      if (!from || !to || !svg || xs.length < 2) return 'not laid out';
      const [start, end] = [svg.x + (xs[0] ?? 0), svg.x + (xs[xs.length - 1] ?? 0)];
      return [Math.round(start - (from.x + from.width)), Math.round(to.x - end)];
    };
    await expect.poll(gaps).toEqual([0, 0]);

    // Still fits the projector.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PROJECTOR.width,
    );
    expect(await page.getByTestId('journey-board').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await screenshot(page, 'map-journey-connected');
  });

  it('highlights the path of a touchpoint on hover and on keyboard focus', async () => {
    await openMap();
    const link = arrow(tp.fair?.id ?? '', tp.quote?.id ?? '');
    await link.waitFor();
    await card('Angebot').hover();
    await expect.poll(() => card('Messe').getAttribute('data-on-path')).toBe('');
    expect(await link.getAttribute('class')).toContain('is-on-path');
    expect(await card('Anzeige').getAttribute('data-on-path')).toBeNull();
    await page.mouse.move(5, 5);
    await expect.poll(() => link.getAttribute('class')).not.toContain('is-on-path');

    await page.getByRole('link', { name: /Messe/ }).first().focus();
    await expect.poll(() => link.getAttribute('class')).toContain('is-on-path');
    await screenshot(page, 'map-journey-path');
  });

  it("lists the links in the touchpoint's detail and links on from there with 'führt zu'", async () => {
    await page.goto(`${server.baseUrl}/touchpoints/${tp.quote?.id}`);
    const section = page.getByTestId('journey-section');
    await section.getByRole('heading', { name: 'Journey' }).waitFor();
    await section.getByRole('heading', { name: 'kommt von' }).waitFor();
    await section.getByRole('link', { name: 'Messe' }).waitFor();
    await section.getByLabel('führt zu').selectOption({ label: 'Bestellprozess' });
    await section.getByLabel('Wie? (optional)').fill('Angebot angenommen');
    await section.getByRole('button', { name: 'Verbinden' }).click();
    await page.getByText('„Angebot“ führt jetzt zu „Bestellprozess“.').waitFor();
    await section.getByRole('link', { name: 'Bestellprozess' }).waitFor();
    await section.getByText('(Angebot angenommen)').waitFor();

    await openMap();
    await arrow(tp.quote?.id ?? '', tp.order?.id ?? '').waitFor();
    expect(await page.getByTestId('link-arrow').count()).toBe(2);
    // The fair's path now reaches the order.
    await card('Messe').hover();
    await expect.poll(() => card('Bestellprozess').getAttribute('data-on-path')).toBe('');
  });

  it('speaks English', async () => {
    await openMap();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => hint(3)).toMatch(/^Owned only – no recommendations\/reviews \(Earned\)/);
    expect(await card('Messe').getByTestId('card-leads-to').textContent()).toBe('→ leads to: Angebot');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page
      .getByText('Connect: choose the touchpoint the journey starts from.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Stop connecting' }).click();
    await page.goto(`${server.baseUrl}/touchpoints/${tp.fair?.id}`);
    const section = page.getByTestId('journey-section');
    await section.getByRole('heading', { name: 'leads to' }).waitFor();
    await section.getByRole('button', { name: 'Remove the connection “Messe” → “Angebot”' }).click();
    await section.getByText('No connection yet.').waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('works on a phone: the links as text, the detail section fits the width', async () => {
    const phone = await openAppAs(server, ws.owner.email, PHONE);
    await phone.page.getByTestId('card-leads-to').first().waitFor();
    expect(await phone.page.getByTestId('card-leads-to').allTextContents()).toEqual([
      '→ führt zu: Bestellprozess',
    ]);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(phone.page, 'phone-map-journeys');
    await phone.page.goto(`${server.baseUrl}/touchpoints/${tp.order?.id}`);
    await phone.page.getByTestId('journey-section').getByRole('link', { name: 'Angebot' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(phone.page, 'phone-touchpoint-journey');
    expect(phone.errors).toEqual([]);
  });

  it('connects by keyboard: Enter on one card, then on the next', async () => {
    await openMap();
    await page.getByRole('button', { name: 'Verbinden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Details zu Anzeige', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Wähle den Touchpoint, zu dem „Anzeige“ führt', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Details zu Google-Bewertungen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('„Anzeige“ führt jetzt zu „Google-Bewertungen“.').waitFor();
    await arrow(tp.ad?.id ?? '', tp.reviews?.id ?? '').waitFor();
    expect(new URL(page.url()).pathname).toBe('/map');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
