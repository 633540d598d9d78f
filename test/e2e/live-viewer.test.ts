import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMailing } from '../../src/services/email/mailings';
import { createMappingRule } from '../../src/services/events/mappingRules';
import { createKpi } from '../../src/services/kpis';
import { aTouchpoint, aWorkspace, type TestUser, type TestWorkspace } from '../support/builders';
import { insertEvents, processAll } from '../support/eventRows';
import { type E2eServer, openAppAs, screenshot, startServer } from './support';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('a viewer on the live-data screens', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let viewer: TestUser;
  let page: Page;
  let errors: string[];
  let profileId: string;
  let mailingId: string;

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Schmidt Dreh- und Frästechnik (Leseansicht)' });
    const website = await aTouchpoint(ws.ctx, { name: 'Website' });
    await insertEvents(server.db, ws.workspace.id, [
      {
        type: 'identify',
        at: '2026-04-06T09:00:00Z',
        anon: 'anna',
        user: 'u-anna',
        properties: { email: 'anna@example.com', name: 'Anna Schmidt' },
      },
      { type: 'page_view', at: '2026-04-06T09:05:00Z', anon: 'anna', touchpoint: website.id },
    ]);
    await processAll(server.db, ws.workspace.id);
    const row = await sql<{
      id: string;
    }>`select id from profiles where workspace_id = ${ws.workspace.id} and merged_into is null limit 1`.execute(
      server.db,
    );
    profileId = row.rows[0]!.id;
    mailingId = must(
      await createMailing(ws.ctx, {
        name: 'Newsletter April',
        subject: 'Neu im April',
        bodyHtml: '<p>Hallo</p>',
        segment: { kind: 'all' },
      }),
    ).id;
    must(await createMappingRule(ws.ctx, { touchpointId: website.id, urlPattern: '*schmidt.example/*' }));
    const kpi = must(await createKpi(ws.ctx, website.id, { name: 'Anfragen pro Monat', targetValue: 40 }));
    await sql`insert into kpi_alerts (workspace_id, kpi_id, measured_on, value, message)
      values (${ws.workspace.id}, ${kpi.id}, '2026-03-31', 28, 'Anfragen pro Monat: 28 liegt unter 40')`.execute(
      server.db,
    );
    viewer = await ws.member('viewer', 'Vera Viewer');
    ({ page, errors } = await openAppAs(server, viewer.email));
  });

  it('sees profiles, mailings, imports, alerts and tracking rules without any control to change them', async () => {
    const go = async (path: string, heading: string | RegExp) => {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };
    const buttons = (name: string | RegExp) => page.getByRole('button', { name }).count();

    await go(`/customers/${profileId}`, 'Anna Schmidt');
    await page.getByTestId('timeline-item').first().waitFor();
    await page.getByText('Export und Löschung sind Inhaber/innen vorbehalten.').waitFor();
    expect(await buttons(/Zusammenführen|löschen|exportieren/)).toBe(0);
    await screenshot(page, 'live-viewer-profile');

    await go('/email', 'E-Mail');
    await page.getByTestId('mailing-row').waitFor();
    expect(await page.getByRole('link', { name: 'Neues Mailing' }).count()).toBe(0);
    await page.getByText('Den SMTP-Server stellen Inhaber/innen ein.').waitFor();
    expect(await page.getByTestId('smtp-form').count()).toBe(0);

    await go(`/email/${mailingId}`, 'Mailing „Newsletter April“');
    expect(await page.getByLabel('Betreff').isDisabled()).toBe(true);
    expect(await buttons(/Speichern|versenden|Löschen/)).toBe(0);
    await page.getByText('Als Leser/in sehen Sie das Mailing').waitFor();

    await go('/imports', 'Verlauf importieren');
    expect(await page.getByTestId('import-form').count()).toBe(0);
    await page.getByText('Als Leser/in sehen Sie die Importe').waitFor();

    await go('/alerts', 'KPI-Alarme');
    await page.getByTestId('alert-row').waitFor();
    expect(await buttons(/bestätigen/)).toBe(0);

    await go('/tracking', 'Tracking einrichten');
    await page.getByTestId('mapping-rule').waitFor();
    expect(await page.getByTestId('rule-form').count()).toBe(0);
    expect(await buttons(/Löschen|anlegen|Widerrufen/)).toBe(0);
    await page.getByText('Schreibschlüssel verwalten nur Inhaber/innen.').waitFor();
    await screenshot(page, 'live-viewer-tracking');
    expect(errors).toEqual([]);
  });
});
