import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKpi } from '../../src/services/kpis';
import { raiseAlertIfOutOfBand } from '../../src/services/kpis/alerts';
import { aTouchpoint } from '../support/builders';
import { insertEvents, processAll } from '../support/eventRows';
import { openAppOnNewWorkspace, screenshot } from './support';

/** Two days ago (UTC), inside the dashboard's default range of the last 30 days. */
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const at = (time: string) => `${DAY}T${time}:00Z`;
const from = (channel: string, channelClass: 'owned' | 'earned' | 'paid') => ({ channel, channelClass });

describe('web analytics and alerts', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (ws, server) => {
        const website = await aTouchpoint(ws.ctx, { name: 'Website' });
        await insertEvents(server.db, ws.workspace.id, [
          {
            type: 'page_view',
            at: at('09:00'),
            anon: 'anna',
            touchpoint: website.id,
            ...from('search', 'earned'),
          },
          { type: 'conversion', at: at('09:10'), anon: 'anna', name: 'Kontaktformular' },
          {
            type: 'page_view',
            at: at('10:00'),
            anon: 'bernd',
            touchpoint: website.id,
            ...from('social', 'earned'),
          },
          {
            type: 'page_view',
            at: at('10:02'),
            anon: 'bernd',
            touchpoint: website.id,
            ...from('internal', 'owned'),
          },
          {
            type: 'page_view',
            at: at('11:00'),
            anon: 'carla',
            touchpoint: website.id,
            ...from('paid_search', 'paid'),
          },
          { type: 'conversion', at: at('11:05'), anon: 'carla', name: 'Katalog-Download' },
        ]);
        await processAll(server.db, ws.workspace.id);

        const kpi = await createKpi(ws.ctx, website.id, { name: 'Anfragen pro Monat', targetValue: 40 });
        if (!kpi.ok) throw new Error(kpi.error.message);
        await raiseAlertIfOutOfBand(server.db, ws.workspace.id, kpi.value.id, '2026-02-28', 31);
        const linkedin = await aTouchpoint(ws.ctx, { name: 'LinkedIn' });
        const replies = await createKpi(ws.ctx, linkedin.id, {
          name: 'Reaktionszeit auf Kommentare und Nachrichten',
          unit: 'Stunden',
          direction: 'lower_is_better',
          bandHigh: 24,
        });
        if (!replies.ok) throw new Error(replies.error.message);
        await raiseAlertIfOutOfBand(server.db, ws.workspace.id, replies.value.id, '2026-11-23', 51.714);
      },
    ));
  });

  it('shows the seeded aggregates as cards, per conversion point and per touchpoint', async () => {
    await page.getByRole('link', { name: 'Web-Analyse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Web-Analyse' }).waitFor();
    const card = (key: string) => page.getByTestId(`web-card-${key}`).locator('.an-card-value').textContent();
    await page.getByTestId('web-cards').waitFor();
    expect(await card('visits')).toBe('3');
    expect(await card('uniqueVisitors')).toBe('3');
    expect(await card('newVisitors')).toBe('3');
    expect(await card('returningVisitors')).toBe('0');
    expect(await card('pageViews')).toBe('4');
    expect(await card('bounceRate')).toBe('66,7 %');
    expect(await card('conversions')).toBe('2');
    expect(await card('conversionRate')).toBe('66,7 %');
    const points = await page.getByTestId('conversion-points').textContent();
    expect(points).toContain('Kontaktformular');
    expect(points).toContain('Katalog-Download');
    expect(await page.getByTestId('touchpoint-activity').textContent()).toContain('Website4');
    // Entries by channel: bernd's second page view is internal, so three entries of a third each.
    const share = (cls: string) =>
      page.getByTestId(`traffic-class-${cls}`).locator('.an-class-value').textContent();
    expect([await share('owned'), await share('earned'), await share('paid')]).toEqual([
      '0,0 %',
      '66,7 %',
      '33,3 %',
    ]);
    const sources = await page.getByTestId('traffic-sources').locator('tbody tr').allTextContents();
    // Most entries first, then by channel key: paid_search, search, social.
    expect(sources).toEqual([
      'SuchmaschinenwerbungPaid133,3 %',
      'SuchmaschinenEarned133,3 %',
      'Soziale NetzwerkeEarned133,3 %',
    ]);
    await page.getByTestId('web-chart').locator('canvas').waitFor();
    await screenshot(page, 'live-analytics', true);
  });

  // Issue 12: conversion points showed their raw keys ("rueckrufbitte"); the team names them here.
  it('names a conversion point in place and shows the key beneath', async () => {
    const points = page.getByTestId('conversion-points');
    await points.getByRole('button', { name: 'Conversion-Punkt Katalog-Download benennen' }).click();
    await points.getByLabel('Name für Katalog-Download').fill('Katalog als PDF');
    await points.getByRole('button', { name: '✓' }).click();
    await page
      .getByTestId('status-region')
      .getByText('Conversion-Punkt „Katalog-Download“ heißt jetzt „Katalog als PDF“.')
      .waitFor();
    const row = points.getByRole('row').filter({ hasText: 'Katalog als PDF' });
    await row.getByText('Schlüssel: Katalog-Download').waitFor();
    expect(errors).toEqual([]);
  });

  it('counts open alerts in the navigation and acknowledges one', async () => {
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await nav.getByTestId('alerts-badge').textContent()).toBe('2');
    await nav.getByRole('link', { name: /Alarme.*2 offene Alarme/ }).click();
    await page.getByRole('heading', { level: 1, name: 'KPI-Alarme' }).waitFor();
    await page.getByTestId('open-alerts').getByTestId('alert-row').nth(1).waitFor();
    expect(await page.getByTestId('open-alerts').getByTestId('alert-row').count()).toBe(2);
    await page.getByRole('button', { name: 'Alarm zu „Anfragen pro Monat“ bestätigen' }).click();
    await page.getByText('Alarm zu „Anfragen pro Monat“ bestätigt.').waitFor();
    await page.getByTestId('acknowledged-alerts').waitFor();
    expect(await nav.getByTestId('alerts-badge').textContent()).toBe('1');
    await screenshot(page, 'live-alerts');
    expect(errors).toEqual([]);
  });

  it('words the alerts in German, with German numbers, dates and units', async () => {
    const open = page.getByTestId('open-alerts').getByTestId('alert-row');
    await open.waitFor();
    expect(await open.locator('td').allTextContents()).toEqual([
      '23.11.2026',
      '51,71 Stunden',
      'KPI „Reaktionszeit auf Kommentare und Nachrichten“ (LinkedIn) lag am 23.11.2026 bei 51,71 Stunden, über der Bandgrenze 24 Stunden.',
      'Bestätigen',
    ]);
    const done = page.getByTestId('acknowledged-alerts').getByTestId('alert-message');
    expect(await done.textContent()).toBe(
      'KPI „Anfragen pro Monat“ (Website) lag am 28.02.2026 bei 31, unter dem Zielwert 40.',
    );
    const sentences = await page.getByTestId('alert-message').allTextContents();
    expect(sentences.join(' ')).not.toMatch(
      /\b(was|on|below|above|the|band|limit|target)\b|51\.71|\d{4}-\d\d-\d\d/,
    );
    expect(errors).toEqual([]);
  });
});
