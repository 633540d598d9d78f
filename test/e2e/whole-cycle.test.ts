import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aUser, TEST_PASSWORD, type TestUser } from '../support/builders';
import { answerQuickcheck } from './quickcheckWizard';
import {
  collectConsole,
  collectPageErrors,
  openPage,
  screenshot,
  startServer,
  type E2eServer,
} from './support';

/**
 * Issue 12, "Done means": a new user creates an empty workspace in the browser and walks the whole CTM
 * cycle there, led by the cycle view (its "next" link, and a step's own link where "next" does not go),
 * and the cycle view counts every step. Each screen on the way must fit a 1366 × 768 laptop and a
 * 390 × 844 phone, and nothing may be logged as an error.
 */
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** A day `days` from today as the date field takes it (YYYY-MM-DD). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PERSONA = 'Einkaufsleiterin Maschinenbau';
const INTEREST = 'Interest – Spezifizierungsphase';
const DESIRE = 'Desire – Anbieterselektionsphase';
const ACTION = 'Action – Kaufphase';

describe('the whole CTM cycle for a new company', { timeout: 60_000 }, () => {
  let server: E2eServer;
  let user: TestUser;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];
  /** The interface adopted from the Quickcheck (whichever it recommends first). */
  let adopted = '';

  beforeAll(async () => {
    server = await startServer();
    user = await aUser(server.db, 'Nina Neu');
    ({ page, errors } = await openPage(LAPTOP));
  });

  const step = (key: string) => page.locator(`[data-testid="cycle-step"][data-step="${key}"]`);
  const figure = (key: string) => step(key).getByTestId('cycle-figure');
  const toast = (text: string | RegExp) => page.getByTestId('status-region').getByText(text).first();
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  /** The cards of one touchpoint in the column of one phase of the journey map. */
  const cardIn = (phase: string, touchpoint: string) =>
    page
      .getByRole('region', { name: phase, exact: true })
      .getByTestId('map-card')
      .filter({ has: page.getByRole('link', { name: `Details zu ${touchpoint}`, exact: true }) });

  /**
   * The page never scrolls sideways, on a phone nor on a laptop (the one it ends on); wide parts scroll
   * in their own box.
   */
  async function fitsLaptopAndPhone(name: string, end = LAPTOP): Promise<void> {
    for (const viewport of [end === LAPTOP ? PHONE : LAPTOP, end]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => document.fonts.ready);
      // Charts follow a new width on their resize observer, a moment after the page: polled.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
          message: `${name} at ${viewport.width} px`,
        })
        .toBeLessThanOrEqual(viewport.width);
      if (viewport === PHONE) await screenshot(page, `whole-cycle-phone-${name}`);
    }
  }

  /** Back home through the navigation, where every figure is read afresh. */
  async function backToCycle(): Promise<void> {
    await page.getByRole('link', { name: 'CTM-Zyklus', exact: true }).click();
    await h1('CTM-Zyklus').waitFor();
    await page.locator('.cycle-page[aria-busy="false"]').waitFor();
  }

  /** Follows the cycle view's one "next" link, which must name `stepName`, to the screen `heading`. */
  async function followNext(stepName: string, heading: string): Promise<void> {
    const next = page.getByTestId('cycle-next').getByRole('link');
    await next.getByText(`Als Nächstes: ${stepName}`).waitFor();
    await next.click();
    await h1(heading).waitFor();
    await page.waitForFunction(() => !document.querySelector('main .loading'));
  }

  it('starts with an empty workspace made in the browser, on the cycle view', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    await page.getByLabel('Passwort').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await h1('Willkommen bei Touchpoint').waitFor();
    // From here on (the login screen's 401 for "who am I?" is expected) nothing may fail.
    consoleErrors = collectConsole(page, 'error');
    await page.getByRole('button', { name: 'Neuen Workspace anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuen Workspace anlegen' });
    await dialog.getByLabel('Name', { exact: true }).fill('Neu Maschinenbau GmbH');
    await dialog.getByLabel('Leer').check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await h1('CTM-Zyklus').waitFor();
    expect(new URL(page.url()).pathname).toBe('/cycle');
    expect(await figure('capture').textContent()).toBe('0 Touchpoints erfasst');
    await step('capture').getByText('Noch keine Personas: mit ihnen beginnen').waitFor();
    await fitsLaptopAndPhone('cycle-empty');
  });

  it('creates a persona', async () => {
    await followNext('Erfassen der kundenrelevanten Kontaktpunkte', 'Personas');
    await fitsLaptopAndPhone('personas');
    await page.getByRole('button', { name: '+ Neue Persona' }).click();
    await page.getByLabel('Name', { exact: true }).fill(PERSONA);
    await page.getByLabel('Rolle').fill('Strategischer Einkauf');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await toast('Persona „Einkaufsleiterin Maschinenbau“ angelegt.').waitFor();
    await backToCycle();
    await step('capture').getByText('1 Persona ohne Touchpoint').waitFor();
  });

  it('puts touchpoints on the journey map in chosen phases', async () => {
    await followNext('Erfassen der kundenrelevanten Kontaktpunkte', 'Journey Map');
    await fitsLaptopAndPhone('journey-map');
    // An own touchpoint for the persona, in the two phases where it happens.
    await page.getByRole('button', { name: '+ Eigener Touchpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eigenen Touchpoint anlegen' });
    await dialog.getByLabel('Name', { exact: true }).fill('Werksführung');
    await dialog.getByRole('radio', { name: 'Owned' }).check();
    await dialog.getByRole('radio', { name: 'Analog' }).check();
    await dialog.getByRole('checkbox', { name: DESIRE }).check();
    await dialog.getByRole('checkbox', { name: ACTION }).check();
    await dialog.getByRole('checkbox', { name: PERSONA }).check();
    await dialog.getByRole('checkbox', { name: 'Moment that Matters' }).check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await toast('„Werksführung“ wurde angelegt.').waitFor();
    await cardIn(DESIRE, 'Werksführung').waitFor();
    await cardIn(ACTION, 'Werksführung').waitFor();
    // One from the catalogue, where it starts in the phase the guide gives it.
    await page.getByRole('button', { name: '+ Aus dem Katalog' }).click();
    const catalogue = page.getByRole('dialog', { name: 'Touchpoints aus dem Katalog hinzufügen' });
    await catalogue.getByLabel('Zuordnen zur Persona').selectOption({ label: PERSONA });
    await catalogue.getByRole('button', { name: 'Website hinzufügen' }).click();
    await toast('„Website“ wurde hinzugefügt.').waitFor();
    await catalogue.getByRole('button', { name: 'Schließen' }).click();
    await cardIn(INTEREST, 'Website').waitFor();
    await screenshot(page, 'whole-cycle-map');
    await backToCycle();
    await figure('capture').getByText('2 Touchpoints erfasst').waitFor();
    expect(await step('capture').getByText('Erledigt').count()).toBe(1);
    expect(await figure('document').textContent()).toBe('0 von 2 Touchpoints bewertet');
  });

  /** Opens a touchpoint from the touchpoints list. */
  async function openTouchpoint(name: string): Promise<void> {
    await page.getByRole('link', { name, exact: true }).click();
    await h1(name).waitFor();
  }

  /** Impact, effort and the as-is maturity, as a workshop judges them. */
  async function assess(name: string, impact: string, effort: string, maturity: string): Promise<void> {
    await openTouchpoint(name);
    const classification = page.getByRole('region', { name: 'Einordnung' });
    await classification.getByLabel('Wirkung (1–5)').selectOption(impact);
    await classification.getByLabel('Aufwand (1–5)').selectOption(effort);
    await classification.getByRole('button', { name: 'Speichern' }).click();
    await toast('Gespeichert.').waitFor();
    const asIs = page.getByRole('region', { name: 'Ist-Zustand' });
    await asIs.getByLabel('Reife (Ist)').selectOption(maturity);
    await asIs.getByRole('button', { name: 'Speichern' }).click();
    await asIs.getByText(/^Zuletzt bewertet von Nina Neu/).waitFor();
  }

  it('assesses the touchpoints: impact, effort and as-is maturity', async () => {
    await followNext('Dokumentieren der Ist-Situation aus Kundensicht', 'Touchpoints');
    await fitsLaptopAndPhone('touchpoints');
    await assess('Werksführung', '5', '2', 'minimal');
    await fitsLaptopAndPhone('touchpoint-detail');
    await backToCycle();
    expect(await figure('document').textContent()).toBe('1 von 2 Touchpoints bewertet');
    await followNext('Dokumentieren der Ist-Situation aus Kundensicht', 'Touchpoints');
    await assess('Website', '4', '3', 'good');
    await backToCycle();
    expect(await figure('document').textContent()).toBe('2 von 2 Touchpoints bewertet');
    await step('document').getByText('Noch keine Kundenbewertungen').waitFor();
  });

  it('collects a customer rating through a rating link', async () => {
    await step('document')
      .getByText('Noch keine Kundenbewertungen (Bewertungslinks gibt es auf der Seite eines Touchpoints)')
      .waitFor();
    await step('document')
      .getByRole('link', { name: /Zu den Touchpoints/ })
      .click();
    await openTouchpoint('Werksführung');
    const links = page.getByRole('region', { name: 'Bewertungslinks für Kunden' });
    await links.getByLabel('Bezeichnung').fill('Kundentag');
    await links.getByRole('button', { name: 'Links erzeugen' }).click();
    await toast('1 Link erzeugt.').waitFor();
    const address = await links.getByTestId('new-rating-links').locator('code').textContent();
    if (!address) throw new Error('no rating link shown');
    // The customer opens the link in their own browser, on a phone, without an account.
    const browser = page.context().browser();
    if (!browser) throw new Error('the persistent context has a browser');
    const customer = await browser.newContext({ locale: 'de-DE', viewport: PHONE });
    const customerPage = await customer.newPage();
    const customerErrors = collectPageErrors(customerPage);
    const customerConsole = collectConsole(customerPage, 'error');
    await customerPage.goto(address);
    expect(await customerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await customerPage
      .getByRole('radio', { name: /zufrieden$/ })
      .nth(3)
      .check();
    await customerPage.getByRole('button', { name: 'Bewertung senden' }).click();
    await customerPage.getByText('Vielen Dank! Ihre Bewertung ist angekommen.').waitFor();
    await customer.close();
    expect(customerErrors).toEqual([]);
    expect(customerConsole).toEqual([]);
    await backToCycle();
    expect(await step('document').getByText('Noch keine Kundenbewertungen').count()).toBe(0);
  });

  it('runs the Quickcheck and adopts one recommended interface, which the cycle then asks to assess', async () => {
    // The Quickcheck helps with capturing: the digital interfaces worth adding.
    await step('capture')
      .getByRole('link', { name: /Digitale Schnittstellen finden: zum Quickcheck/ })
      .click();
    await page.getByRole('button', { name: /Neuen Quickcheck starten/ }).click();
    await answerQuickcheck(page);
    await page.getByRole('button', { name: 'Auswerten' }).click();
    await page.getByTestId('qc-row').first().waitFor();
    await fitsLaptopAndPhone('quickcheck');
    const ticked = page.getByRole('checkbox', { checked: true });
    while ((await ticked.count()) > 1) await ticked.nth(1).uncheck();
    adopted = (await page.getByTestId('qc-row').filter({ has: ticked }).locator('h3').textContent()) ?? '';
    await page.getByLabel('Name des Durchlaufs').fill('Erster Workshop');
    await page.getByRole('button', { name: 'Speichern und 1 Schnittstelle übernehmen' }).click();
    await page.getByTestId('qc-adopt-outcome').getByRole('link', { name: adopted }).waitFor();
    await backToCycle();
    await figure('capture').getByText('3 Touchpoints erfasst').waitFor();
    expect(await figure('document').textContent()).toBe('2 von 3 Touchpoints bewertet');
    await followNext('Dokumentieren der Ist-Situation aus Kundensicht', 'Touchpoints');
    await assess(adopted, '3', '2', 'none');
    await backToCycle();
    expect(await figure('document').textContent()).toBe('3 von 3 Touchpoints bewertet');
    expect(await step('document').getByText('Erledigt').count()).toBe(1);
  });

  it('sets the target of the moment that matters', async () => {
    // The adopted interface came with the Quickcheck's target ("Gut"); the moment that matters has none.
    expect(await figure('target').textContent()).toBe('1 von 3 Touchpoints mit Soll');
    await step('target').getByText('1 Schlüssel-Touchpoint ohne Soll').waitFor();
    await followNext('Definieren der optimalen Soll-Situation aus Kundensicht', 'Touchpoints');
    await openTouchpoint('Werksführung');
    const target = page.getByRole('region', { name: 'Soll-Zustand' });
    await target.getByLabel('Reife (Soll)').selectOption('excellent');
    await target.getByLabel('Angestrebte Kundenbewertung (1–5)').fill('4,5');
    await target.getByRole('button', { name: 'Speichern' }).click();
    await toast('Gespeichert.').waitFor();
    await backToCycle();
    expect(await figure('target').textContent()).toBe('2 von 3 Touchpoints mit Soll');
    expect(await figure('approach').textContent()).toBe('2 Touchpoints mit Lücke zum Soll in der Rangfolge');
  });

  it('plans a measure from the priority row of the key touchpoint', async () => {
    await followNext('Planung erforderlicher Maßnahmen, die zur Soll-Situation führen', 'Prioritäten');
    await fitsLaptopAndPhone('priorities');
    expect(await page.getByTestId('pareto-keys').getByRole('listitem').allTextContents()).toContainEqual(
      expect.stringContaining('Werksführung'),
    );
    await page
      .getByTestId('gap-row')
      .filter({ hasText: 'Werksführung' })
      .getByRole('button', { name: 'Neue Maßnahme für Werksführung' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
    expect(await dialog.getByRole('checkbox', { name: 'Werksführung' }).isChecked()).toBe(true);
    // The guided tour doubles as the adopted interface's first step: one measure for both gaps.
    await dialog.getByRole('checkbox', { name: adopted, exact: true }).check();
    await dialog.getByLabel('Verantwortlich').fill('Vertrieb');
    await dialog.getByLabel('Fällig am').fill(inDays(30));
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await toast('Maßnahme „Werksführung: Lücke zum Soll schließen“ angelegt.').waitFor();
    await backToCycle();
    expect(await figure('plan').textContent()).toBe('2 von 2 Prioritäten mit Maßnahme');
    expect(await figure('implement').textContent()).toBe('0 von 1 Maßnahmen erledigt');
  });

  it('carries the measure out on the action plan', async () => {
    await followNext('Umsetzung eines passenden Maßnahmen-Mixes', 'Maßnahmenplan');
    await fitsLaptopAndPhone('action-plan');
    const title = 'Werksführung: Lücke zum Soll schließen';
    await page.getByRole('button', { name: `„${title}“ nach „in Arbeit“ verschieben` }).click();
    await toast(`„${title}“ ist jetzt „in Arbeit“.`).waitFor();
    await page.getByRole('button', { name: `„${title}“ nach „erledigt“ verschieben` }).click();
    await toast(`„${title}“ ist jetzt „erledigt“.`).waitFor();
    await backToCycle();
    expect(await figure('implement').textContent()).toBe('1 von 1 Maßnahmen erledigt');
  });

  it('sets up tracking: a write key, and a page view sent with it arrives', async () => {
    await step('measure').getByText('Noch kein Write-Key für Live-Daten').waitFor();
    await followNext('Touchpointspezifisches Messen der Ergebnisse', 'Tracking einrichten');
    await fitsLaptopAndPhone('tracking');
    await page.getByLabel('Name', { exact: true }).fill('Website');
    await page.getByRole('button', { name: 'Schlüssel anlegen' }).click();
    await toast('Schreibschlüssel „Website“ angelegt.').waitFor();
    const snippet = await page.getByTestId('tracker-snippet').getByLabel('Tracking-Code').inputValue();
    const writeKey = /data-write-key="([^"]+)"/.exec(snippet)?.[1];
    if (!writeKey) throw new Error(`no write key in the snippet: ${snippet}`);
    // The website sends a page view, as the tracker of the snippet would.
    const sent = await fetch(`${server.baseUrl}/api/v1/collect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-write-key': writeKey },
      body: JSON.stringify({
        eventId: 'werksfuehrung-besuch-1',
        type: 'page_view',
        url: 'https://neu-maschinenbau.example/werksfuehrung',
        anonymousId: 'besucher-1',
      }),
    });
    expect(sent.status).toBe(200);
    await backToCycle();
    expect(await step('measure').getByText('Keine Ereignisse in den letzten 30 Tagen').count()).toBe(0);
    expect(await step('measure').getByText('Noch kein Write-Key für Live-Daten').count()).toBe(0);
    await page.getByRole('link', { name: 'Tracking', exact: true }).click();
    await page
      .getByTestId('unmapped-events')
      .getByText('https://neu-maschinenbau.example/werksfuehrung')
      .waitFor();
  });

  it('measures a KPI against its target, and the round is complete', async () => {
    await backToCycle();
    await followNext('Touchpointspezifisches Messen der Ergebnisse', 'Monitoring');
    await fitsLaptopAndPhone('monitoring');
    // No KPI yet: the empty monitoring screen leads to the touchpoints, where KPIs are made.
    await page.getByRole('main').getByRole('link', { name: 'Zu den Touchpoints' }).click();
    await h1('Touchpoints').waitFor();
    await openTouchpoint('Werksführung');
    const kpis = page.getByRole('region', { name: 'KPIs' });
    await kpis.getByLabel('Name').fill('Teilnehmende je Werksführung');
    await kpis.getByLabel('Einheit').fill('Personen');
    await kpis.getByLabel('Zielwert').fill('8');
    await kpis.getByRole('button', { name: 'KPI anlegen' }).click();
    await toast('KPI „Teilnehmende je Werksführung“ angelegt.').waitFor();
    const kpi = kpis.getByTestId('kpi').filter({ hasText: 'Teilnehmende je Werksführung' });
    await kpi.getByLabel('Wert (Personen)').fill('10');
    await kpi.getByRole('button', { name: 'Wert erfassen' }).click();
    await toast('Wert gespeichert.').waitFor();
    await kpi.getByText('im Ziel', { exact: true }).waitFor();
    await backToCycle();
    expect(await figure('measure').textContent()).toBe('1 von 1 KPIs mit Werten');
    expect(await figure('optimise').textContent()).toBe('1 von 1 bewerteten KPIs im Ziel');
    await page
      .getByTestId('cycle-next')
      .getByText('Alle Schritte sind erledigt. Der Zyklus beginnt mit der Ist-Analyse von vorn.')
      .waitFor();
    expect(await page.getByTestId('cycle-stage').getByText('Erledigt', { exact: true }).count()).toBe(12);
    await screenshot(page, 'whole-cycle-done', true);
    await fitsLaptopAndPhone('cycle-done');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('starts the next round in English on a phone: a second empty workspace, led the same way', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await h1('CTM cycle').waitFor();
    await page.getByText('Every step is done. The cycle starts again with the as-is analysis.').waitFor();
    expect(await figure('document').textContent()).toBe('3 of 3 touchpoints assessed');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'New workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a new workspace' });
    await dialog.getByLabel('Name', { exact: true }).fill('New Engineering Ltd');
    await dialog.getByLabel('Empty').check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await toast('Workspace "New Engineering Ltd" created. You are working in it now.').waitFor();
    // The cycle view was open already: wait for the new workspace's figures, not the old ones.
    await figure('capture').getByText('0 touchpoints captured', { exact: true }).waitFor();
    await fitsLaptopAndPhone('cycle-en', PHONE);

    const nextEn = async (stepName: string, heading: string) => {
      const next = page.getByTestId('cycle-next').getByRole('link');
      await next.getByText(`Next: ${stepName}`).waitFor();
      await next.click();
      await h1(heading).waitFor();
      await page.waitForFunction(() => !document.querySelector('main .loading'));
    };
    const home = async () => {
      await page.getByRole('link', { name: 'CTM cycle', exact: true }).click();
      await page.locator('.cycle-page[aria-busy="false"]').waitFor();
    };
    await nextEn('Capturing the touchpoints that matter to customers', 'Personas');
    await fitsLaptopAndPhone('personas-en', PHONE);
    await page.getByRole('button', { name: '+ New persona' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Head of purchasing');
    await page.getByRole('button', { name: 'Create' }).click();
    await toast('Persona “Head of purchasing” created.').waitFor();
    await home();
    await step('capture').getByText('1 persona without a touchpoint').waitFor();

    await nextEn('Capturing the touchpoints that matter to customers', 'Journey map');
    await fitsLaptopAndPhone('journey-map-en', PHONE);
    // On a phone the toasts lie over the dialog's lower part and move as they go: let them go first.
    await page.getByTestId('status-region').getByRole('button').first().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '+ Own touchpoint' }).click();
    const own = page.getByRole('dialog', { name: 'Create your own touchpoint' });
    await own.getByLabel('Name', { exact: true }).fill('Factory tour');
    await own.getByRole('radio', { name: 'Owned' }).check();
    await own.getByRole('radio', { name: 'Analog' }).check();
    await own.getByRole('checkbox', { name: /^Desire/ }).check();
    await own.getByRole('checkbox', { name: 'Head of purchasing' }).check();
    await own.getByRole('button', { name: 'Create' }).click();
    await toast('“Factory tour” was created.').waitFor();
    await home();
    expect(await figure('capture').textContent()).toBe('1 touchpoint captured');
    expect(await step('capture').getByText('Done', { exact: true }).count()).toBe(1);

    await nextEn('Documenting the as-is situation from the customer’s view', 'Touchpoints');
    await fitsLaptopAndPhone('touchpoints-en', PHONE);
    await openTouchpoint('Factory tour');
    const classification = page.getByRole('region', { name: 'Classification' });
    await classification.getByLabel('Impact (1–5)').selectOption('4');
    await classification.getByLabel('Effort (1–5)').selectOption('2');
    await classification.getByRole('button', { name: 'Save' }).click();
    await toast('Saved.').waitFor();
    await fitsLaptopAndPhone('touchpoint-detail-en', PHONE);
    await home();
    expect(await figure('document').textContent()).toBe('1 of 1 touchpoints assessed');
    await step('document').getByText('1 touchpoint without an as-is maturity').waitFor();

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await h1('CTM-Zyklus').waitFor();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
