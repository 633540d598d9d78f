import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createKpi, deleteKpi, listKpiValues, recordKpiValue } from '../../src/services/kpis';
import type { Kpi } from '../../src/contract/kpis';
import { aTouchpoint, type TestWorkspace } from '../support/builders';
import { openAppOnNewWorkspace, screenshot } from './support';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('monitoring', () => {
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let enquiries: Kpi;
  let openRate: Kpi;
  let clicks: Kpi;

  beforeAll(async () => {
    ({ ws, page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (ws) => {
        const website = await aTouchpoint(ws.ctx, { name: 'Website' });
        const newsletter = await aTouchpoint(ws.ctx, { name: 'Newsletter' });
        enquiries = must(
          await createKpi(ws.ctx, website.id, { name: 'Anfragen pro Monat', targetValue: 40 }),
        );
        must(
          await createKpi(ws.ctx, website.id, {
            name: 'Absprungrate',
            unit: '%',
            direction: 'lower_is_better',
            targetValue: 50,
            bandHigh: 60,
          }),
        );
        openRate = must(
          await createKpi(ws.ctx, newsletter.id, { name: 'Öffnungsrate', unit: '%', targetValue: 25 }),
        );
        clicks = must(
          await createKpi(ws.ctx, newsletter.id, { name: 'Klickrate', unit: '%', targetValue: 3 }),
        );
        must(await recordKpiValue(ws.ctx, enquiries.id, { measuredOn: '2026-01-31', value: 45 }));
        must(await recordKpiValue(ws.ctx, enquiries.id, { measuredOn: '2026-02-28', value: 31 }));
        must(await recordKpiValue(ws.ctx, openRate.id, { measuredOn: '2026-02-28', value: 28.4 }));
      },
    ));
    await page.getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
  });

  it('highlights off-target KPIs and shows a value entered by hand in the chart and the list', async () => {
    const offRow = page.getByTestId('kpi-row').first();
    expect(await offRow.textContent()).toContain('Anfragen pro Monat');
    expect(await offRow.getByTestId('kpi-status').textContent()).toContain('nicht im Ziel');
    expect(await page.getByTestId('kpi-count-off_target').textContent()).toBe('1 nicht im Ziel');
    // The alert band stands under the target it belongs to.
    const bounceRate = page.getByTestId('kpi-row').filter({ hasText: 'Absprungrate' });
    expect(await bounceRate.textContent()).toContain('≤ 50 %Alarm über 60 %');

    const card = page.getByTestId('kpi-card').filter({ hasText: 'Anfragen pro Monat' });
    await card.getByTestId('kpi-chart').locator('canvas').waitFor();
    await card.getByLabel('Datum').fill('2026-03-31');
    await card.getByLabel('Wert', { exact: true }).fill('41,5');
    await card.getByRole('button', { name: 'Wert speichern' }).click();
    await page.getByText('Anfragen pro Monat: 41,5 am 31.03.2026 gespeichert.').waitFor();

    await card.getByText('Werte als Tabelle').click();
    const latest = card.getByTestId('kpi-values').locator('tbody tr').first();
    expect(await latest.textContent()).toContain('31.03.26');
    expect(await latest.textContent()).toContain('41,5');
    await page.getByTestId('kpi-row').filter({ hasText: 'Anfragen pro Monat' }).getByText('41,5').waitFor();
    expect(await page.getByTestId('kpi-count-off_target').textContent()).toBe('0 nicht im Ziel');
    await screenshot(page, 'monitoring', true);
  });

  it('checks a CSV in the browser, names the bad line and imports nothing until it is fixed', async () => {
    await page.getByRole('button', { name: /Werte aus CSV importieren/ }).click();
    const bad = [
      'date;touchpoint;kpi;value;note',
      '2026-03-31;Newsletter;Öffnungsrate;"24,1";März',
      '2026-03-31;Newsletter;Abmelderate;0.4;',
      '31.03.2026;Website;Absprungrate;55;',
    ].join('\n');
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'kpis.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Prüfen und importieren' }).click();
    const problems = page.getByTestId('kpi-import-errors');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('2 Zeilen sind fehlerhaft');
    expect(text).toContain('Zeile 3: Der Touchpoint „Newsletter“ hat keinen KPI „Abmelderate“.');
    expect(text).toContain('Zeile 4: „31.03.2026“ ist kein Datum im Format JJJJ-MM-TT.');
    await screenshot(page, 'monitoring-import-error');
    expect(must(await listKpiValues(ws.ctx, openRate.id))).toHaveLength(1);

    // The next file is fine in the browser, but a KPI vanished on the server: the import stops there
    // and says which rows are in.
    must(await deleteKpi(ws.ctx, clicks.id));
    const stale = [
      'date,touchpoint,kpi,value',
      '2026-03-31,Newsletter,Öffnungsrate,24.1',
      '2026-03-31,Newsletter,Klickrate,2.5',
      '2026-04-30,Newsletter,Öffnungsrate,26',
    ].join('\n');
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'kpis.csv', mimeType: 'text/csv', buffer: Buffer.from(stale) });
    await page.getByRole('button', { name: 'Prüfen und importieren' }).click();
    const stopped = page.getByTestId('kpi-import-stopped');
    await stopped.waitFor();
    expect(await stopped.textContent()).toContain('bei Zeile 3 abgebrochen');
    expect(await stopped.textContent()).toContain('Gespeichert ist 1 von 3 Werten (Zeile 2)');
    await screenshot(page, 'monitoring-import-stopped');
    const values = must(await listKpiValues(ws.ctx, openRate.id));
    expect(values.map((v) => [v.measuredOn, v.value])).toEqual([
      ['2026-02-28', 28.4],
      ['2026-03-31', 24.1],
    ]);
    expect(errors).toEqual([]);
  });
});
