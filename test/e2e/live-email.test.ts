import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { collectPageErrors, launchBrowser, logIn, screenshot, startServer, type E2eServer } from './support';

describe('e-mail', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Schmidt Dreh- und Frästechnik' });
    const context = await launchBrowser();
    page = await context.newPage();
    errors = collectPageErrors(page);
    await logIn(page, server.baseUrl, ws.owner.email, TEST_PASSWORD);
  });

  it('creates a mailing (an unknown merge field is named at the subject, input kept) and shows its KPIs', async () => {
    await page.getByRole('link', { name: 'E-Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-Mail' }).waitFor();
    await page.getByRole('link', { name: 'Neues Mailing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Mailing' }).waitFor();

    await page.getByLabel('Name').fill('Newsletter März');
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
    await screenshot(page, 'live-email-kpis', true);

    await page.goto(`${server.baseUrl}/email`);
    await page.getByTestId('subject-length').waitFor();
    expect(await page.getByTestId('mailing-row').textContent()).toContain('versendet');
    await page.getByTestId('email-kpi-chart').locator('canvas').waitFor();
    await screenshot(page, 'live-email-overview', true);
    expect(errors).toEqual([]);
  });
});
