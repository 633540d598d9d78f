import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EditorialChannel } from '../../src/contract/editorialPlan';
import { listEditorialChannels } from '../../src/services/editorialPlan/editorialChannels';
import { createEditorialItem, listEditorialItems } from '../../src/services/editorialPlan/editorialItems';
import { addDays, dayKey, startOfWeek } from '../../web/src/features/editorial-plan/calendarDates';
import { aPersona, type TestWorkspace } from '../support/builders';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 17, the editorial plan: posts in a week and a month view, created in the dialog, moved by drag
 * and drop (and the move saved), the frequency check and "no data yet" for best times beside them, the
 * calendar feed address, German and English.
 */
describe('the editorial plan screen', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];
  let channels: EditorialChannel[];
  // Wednesday of this week, 10:30 in the browser's (and this process's) time zone.
  const wednesday = addDays(startOfWeek(new Date()), 2);
  wednesday.setHours(10, 30, 0, 0);
  const friday = addDays(wednesday, 2);

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Redaktion GmbH' }, async (w) => {
      await aPersona(w.ctx, { name: 'Einkauf' });
      channels = await listEditorialChannels(w.ctx);
      const linkedIn = channels.find((c) => c.name === 'LinkedIn');
      await createEditorialItem(w.ctx, {
        channelId: linkedIn?.id as string,
        title: 'Fräsen im Detail',
        plannedAt: wednesday.toISOString(),
        status: 'planned',
        format: 'video',
      });
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  const day = (date: Date) => page.locator(`[data-testid="editorial-day"][data-day="${dayKey(date)}"]`);
  // The grid only: the phone's list by day is in the page too, hidden on a wide screen.
  const item = (title: string) =>
    page.locator('.ep-grid').getByTestId('editorial-item').filter({ hasText: title });

  it('shows the week with the planned post on its day, and the checks beside it', async () => {
    await page.goto(`${server.baseUrl}/editorial-plan`);
    await page.getByRole('heading', { level: 1, name: 'Redaktionsplan' }).waitFor();
    await page.getByTestId('editorial-week').waitFor();
    expect(await page.getByTestId('editorial-day').count()).toBe(7);
    await day(wednesday).getByTestId('editorial-item').filter({ hasText: 'Fräsen im Detail' }).waitFor();
    expect(await item('Fräsen im Detail').textContent()).toContain('10:30');

    const frequency = page.getByTestId('frequency-row');
    await frequency.first().waitFor();
    expect(await frequency.count()).toBe(5);
    expect(
      await frequency.filter({ hasText: 'LinkedIn' }).getByTestId('frequency-status').textContent(),
    ).toBe('kein Ziel');
    const best = page.locator('[data-testid="best-times-row"][data-channel="LinkedIn"]');
    expect(await best.getByTestId('best-times-none').textContent()).toBe('noch keine Daten');
    expect(
      await page
        .locator('[data-testid="best-times-row"][data-channel="Fachpresse"]')
        .getByTestId('best-times-none')
        .textContent(),
    ).toBe('nicht gemessen');
    await screenshot(page, 'editorial-plan-week');
  });

  it('creates a post in the dialog', async () => {
    await page.getByRole('button', { name: '+ Neuer Beitrag' }).click();
    const form = page.getByTestId('editorial-form');
    await form.getByLabel('Thema / Titel').fill('Messe-Rückblick');
    await form.getByLabel('Kanal').selectOption({ label: 'Xing' });
    await form.getByLabel('Geplant für').fill(`${dayKey(wednesday)}T14:00`);
    await form.getByLabel('Status').selectOption({ label: 'Geplant' });
    await form.getByLabel('Persona').selectOption({ label: 'Einkauf' });
    await form.getByLabel('Phase').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Speichern' }).click();
    await day(wednesday).getByTestId('editorial-item').filter({ hasText: 'Messe-Rückblick' }).waitFor();
    const saved = await listEditorialItems(ws.ctx, {});
    expect(saved.ok && saved.value.map((i) => i.title)).toEqual(['Fräsen im Detail', 'Messe-Rückblick']);
  });

  it('shows a post with a persona and a phase on the content map', async () => {
    await page.goto(`${server.baseUrl}/content-map`);
    await page.getByTestId('content-planned-item').filter({ hasText: 'Messe-Rückblick' }).waitFor();
    await page.goto(`${server.baseUrl}/editorial-plan`);
    await page.getByTestId('editorial-week').waitFor();
  });

  it('moves a post to another day by drag and drop, keeping its time, and saves it', async () => {
    await item('Fräsen im Detail').dragTo(day(friday));
    await day(friday).getByTestId('editorial-item').filter({ hasText: 'Fräsen im Detail' }).waitFor();
    await expect
      .poll(async () => {
        const items = await listEditorialItems(ws.ctx, {});
        return items.ok ? items.value.find((i) => i.title === 'Fräsen im Detail')?.plannedAt : undefined;
      })
      .toBe(friday.toISOString());
    await page.reload();
    await day(friday).getByTestId('editorial-item').filter({ hasText: 'Fräsen im Detail' }).waitFor();
  });

  it('switches to the month view', async () => {
    await page.getByRole('button', { name: 'Monat' }).click();
    await page.getByTestId('editorial-month').waitFor();
    expect(await page.getByTestId('editorial-day').count()).toBeGreaterThanOrEqual(28);
    await day(friday).getByTestId('editorial-item').filter({ hasText: 'Fräsen im Detail' }).waitFor();
    await screenshot(page, 'editorial-plan-month');
    await page.getByRole('button', { name: 'Woche' }).click();
    await page.getByTestId('editorial-week').waitFor();
  });

  it('shows the calendar feed address, which serves the plan', async () => {
    await page.getByRole('button', { name: 'Kalender abonnieren' }).click();
    await page.getByRole('button', { name: 'Adresse erzeugen' }).click();
    const url = await page.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/v1\/public\/editorial-plan\.ics\?token=/);
    const ics = await (await fetch(url)).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:LinkedIn: Fräsen im Detail');
    await page.keyboard.press('Escape');
  });

  it('renames a channel, gives it a target and deletes channels, asking when posts go with them', async () => {
    await page.getByRole('button', { name: 'Kanäle und Ziele' }).click();
    const row = (name: string) => page.locator(`[data-testid="channel-row"][data-channel="${name}"]`);
    await row('Fachpresse').getByLabel('Name').fill('Fachmagazine');
    await row('Fachpresse').getByLabel('Ziel (Anzahl)').fill('1');
    await row('Fachpresse').getByLabel('pro').selectOption({ label: 'Monat' });
    await row('Fachpresse').getByRole('button', { name: 'Speichern' }).click();
    await row('Fachmagazine').waitFor();

    const questions: string[] = [];
    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.dismiss();
    });
    await row('Xing').getByRole('button', { name: 'Kanal „Xing“ löschen' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('Anzahl: 1');
    expect(await row('Xing').count()).toBe(1);

    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.accept();
    });
    await row('Blog').getByRole('button', { name: 'Kanal „Blog“ löschen' }).click();
    await row('Blog').waitFor({ state: 'detached' });
    expect(questions[1]).toBe('Kanal „Blog“ löschen?');
    await page.keyboard.press('Escape');

    const saved = await listEditorialChannels(ws.ctx);
    expect(saved.map((c) => [c.name, c.targetCount, c.targetPeriod])).toEqual([
      ['LinkedIn', null, 'week'],
      ['Xing', null, 'week'],
      ['Newsletter', null, 'week'],
      ['Fachmagazine', 1, 'month'],
    ]);
  });

  it('tells a phone to tap a post, not to drag it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('Tippen Sie einen Beitrag an, um ihn zu ändern.').waitFor();
    expect(await page.getByText('Ziehen Sie einen Beitrag').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByText('Ziehen Sie einen Beitrag').waitFor();
  });

  it('speaks English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Editorial plan' }).waitFor();
    await page.getByRole('button', { name: 'Month' }).waitFor();
    const best = page.locator('[data-testid="best-times-row"][data-channel="LinkedIn"]');
    expect(await best.getByTestId('best-times-none').textContent()).toBe('no data yet');
    expect(await page.getByRole('button', { name: 'Subscribe in calendar' }).count()).toBe(1);
    await screenshot(page, 'editorial-plan-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redaktionsplan' }).waitFor();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
