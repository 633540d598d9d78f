import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../support/eventRows';
import type { TestWorkspace } from '../support/builders';
import { collectConsole, type E2eServer, openAppOnNewWorkspace, screenshot } from './support';

describe('e-mail', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];
  let consoleWarnings: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt Dreh- und Frästechnik' }));
    consoleErrors = collectConsole(page, 'error');
    consoleWarnings = collectConsole(page, 'warning');
  });

  it('creates a mailing (an unknown merge field is named at the subject, input kept) and shows its KPIs', async () => {
    await page.getByRole('link', { name: 'E-Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-Mail' }).waitFor();
    // A workspace without an SMTP server is a normal state: no failed request, nothing logged.
    await page.getByTestId('smtp-form').waitFor();
    expect(consoleErrors).toEqual([]);
    await page.getByRole('link', { name: 'Neues Mailing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Mailing' }).waitFor();

    await page.getByLabel('Name').fill('Newsletter März');
    // No subject yet, so no length band to praise.
    expect(await page.getByTestId('subject-band').count()).toBe(0);
    await page.getByLabel('Betreff').fill('Hallo {{vorname}}, neu: 5-Achs-Fräsen');
    const html = '<p>Hallo {{firstName|Kundin/Kunde}},</p><script>parent.document.title="pwned"</script>';
    await page.getByLabel('HTML-Inhalt').fill(html);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const subjectError = page.getByTestId('field-error').first();
    await subjectError.waitFor();
    expect(await subjectError.textContent()).toContain(
      'Unbekannter Platzhalter {{vorname}}. Möglich sind: firstName, name, company, email.',
    );
    expect(await page.getByLabel('HTML-Inhalt').inputValue()).toBe(html);
    await screenshot(page, 'live-email-error');

    await page.getByLabel('Betreff').fill('Neu: 5-Achs-Fräsen');
    expect(await page.getByTestId('subject-band').textContent()).toContain(
      '18 Zeichen – Band bis 25 Zeichen',
    );
    const preview = page.getByTestId('mailing-preview');
    expect(await preview.getAttribute('sandbox')).toBe('');
    expect(await page.title()).not.toBe('pwned');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Mailing „Newsletter März“ angelegt.').waitFor();
    await page.waitForURL(/\/email\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.getByRole('button', { name: 'Jetzt versenden …' }).waitFor();
    await screenshot(page, 'live-email-editor', true);

    // Sent and tracked: counters as the tracking would have left them.
    await sql`update mailings set status = 'sent', sent_at = now() where id = ${id}`.execute(server.db);
    await sql`update mailing_stats set sent = 200, hard_bounces = 4, soft_bounces = 6, opens = 120,
        unique_opens = 80, clicks = 30, unique_clicks = 20, unsubscribes = 3
      where workspace_id = ${ws.workspace.id} and mailing_id = ${id}`.execute(server.db);
    // Three opens on a Tuesday at 12 (UTC, the browser's zone here), one on Wednesday at 21.
    const tuesday = new Date(Date.now() - 7 * 86_400_000);
    tuesday.setUTCDate(tuesday.getUTCDate() - ((tuesday.getUTCDay() + 5) % 7));
    const day = (offset: number, hour: number) =>
      new Date(
        Date.UTC(tuesday.getUTCFullYear(), tuesday.getUTCMonth(), tuesday.getUTCDate() + offset, hour, 5),
      ).toISOString();
    await insertEvents(
      server.db,
      ws.workspace.id,
      [day(0, 12), day(0, 12), day(0, 12), day(1, 21)].map((at, i) => ({
        type: 'email_open',
        at,
        anon: `reader-${i}`,
        properties: { mailingId: id },
      })),
    );

    await page.goto(`${server.baseUrl}/email`);
    await page.getByRole('link', { name: 'Kennzahlen von „Newsletter März“' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennzahlen: Newsletter März' }).waitFor();
    const row = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
    expect(await row('count-sent')).toBe('Versendet200');
    expect(await row('count-uniqueOpens')).toBe('Öffnungen (unique)80');
    expect(await row('rate-delivered')).toBe('zugestellte Mails190');
    expect(await row('rate-openRate')).toBe('Öffnungsrate absolut63,2 %');
    expect(await row('rate-uniqueOpenRate')).toBe('Öffnungsrate unique42,1 %');
    expect(await row('rate-clickToOpenRate')).toBe('Absolute Klickrate (click-to-open)25,0 %');
    expect(await row('rate-openFactor')).toBe('Öffnungsfaktor1,50');
    expect(await row('rate-hardBounceRate')).toBe('Hard-Bouncerate2,0 %');
    expect(await row('rate-unsubscribeRate')).toContain('Abmelderate⚠ 1,6 %');
    expect(await page.getByTestId('unsubscribe-warning').textContent()).toContain('über 1 %');
    const heatmap = page.getByTestId('send-time-heatmap');
    await heatmap.waitFor();
    const cell = (weekday: number, hour: number) =>
      heatmap
        .locator('tbody tr')
        .nth(weekday - 1)
        .locator('td')
        .nth(hour)
        .textContent();
    // The heatmap reads weekday and hour in the browser's time zone.
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const local = (iso: string) => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'short',
        hour: 'numeric',
        hourCycle: 'h23',
      }).formatToParts(new Date(iso));
      const weekday =
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
          parts.find((p) => p.type === 'weekday')!.value,
        ) + 1;
      return [weekday, Number(parts.find((p) => p.type === 'hour')!.value)] as const;
    };
    expect(await cell(...local(day(0, 12)))).toBe('3');
    expect(await cell(...local(day(1, 21)))).toBe('1');
    expect(await cell(...local(day(0, 15)))).toBe('');
    await screenshot(page, 'live-email-kpis', true);

    // A visit that starts on a lazily loaded page shows the loading state, without a router warning.
    await page.goto(`${server.baseUrl}/email`);
    await page.getByTestId('subject-length').waitFor();
    expect(consoleWarnings.filter((w) => w.includes('HydrateFallback'))).toEqual([]);
    expect(await page.getByTestId('mailing-row').textContent()).toContain('versendet');
    await page.getByTestId('email-kpi-chart').locator('canvas').waitFor();
    await screenshot(page, 'live-email-overview', true);

    const smtp = page.getByTestId('smtp-form');
    await smtp.getByLabel('Server').fill('smtp.example.com');
    await smtp.getByLabel('Passwort').fill('geheim');
    await smtp.getByLabel('Absenderadresse').fill('news-at-example.com');
    await smtp.getByRole('button', { name: 'SMTP-Einstellungen speichern' }).click();
    expect(await smtp.getByTestId('field-error').textContent()).toBe('Bitte eine gültige E-Mail-Adresse.');
    expect(await smtp.getByLabel('Server').inputValue()).toBe('smtp.example.com');
    await smtp.getByLabel('Absenderadresse').fill('news@example.com');
    await smtp.getByRole('button', { name: 'SMTP-Einstellungen speichern' }).click();
    await page.getByText('SMTP-Einstellungen gespeichert.').waitFor();
    await smtp.getByText('Ein Passwort ist gespeichert; leer lassen, um es zu behalten.').waitFor();
    expect(await smtp.getByLabel('Passwort').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
