import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getContentMap, listContentAssets } from '../../src/services/content';
import type { WorkspaceContext } from '../../src/services/context';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('the content map on the Schmidt demo workspace', () => {
  let server: E2eServer;
  let ctx: WorkspaceContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    ctx = demo.ctx;
    ({ page, errors } = await openAppAs(server, demo.owner.email));
    await page.getByRole('link', { name: 'Content Map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Content Map' }).waitFor();
  });

  it('shows the persona × phase matrix with coverage and gaps, and fills a gap', async () => {
    const before = await getContentMap(ctx);
    expect(before.gaps.length).toBeGreaterThan(0);
    await page.getByTestId('content-matrix').waitFor();
    expect(await page.getByTestId('content-gap').count()).toBe(before.gaps.length);
    const coverage = page.getByTestId('coverage');
    expect(await coverage.textContent()).toContain(`${before.coverage.toFixed(1).replace('.', ',')} %`);
    await screenshot(page, 'content-map', true);

    // The first gap: a new asset placed right there. Its title is text, never HTML.
    const gap = before.gaps[0]!;
    const persona = before.personas.find((p) => p.id === gap.personaId)!;
    const phase = before.phases.find((p) => p.id === gap.phaseId)!;
    await page.getByRole('button', { name: `Inhalt für ${persona.name} in ${phase.nameDe} anlegen` }).click();
    const form = page.getByTestId('content-form');
    await form.getByLabel('Titel').fill('<b>Checkliste</b> Erstmusterprüfung');
    await form.getByLabel('Art').fill('Checkliste');
    await form.getByLabel('Adresse (URL)').fill('keine-adresse');
    expect(await form.getByRole('checkbox', { name: `${persona.name} – ${phase.nameDe}` }).isChecked()).toBe(
      true,
    );
    await form.getByRole('button', { name: 'Speichern' }).click();
    // The server refuses the address next to its field; everything typed stays.
    await form.getByText('Bitte eine gültige Adresse (https://…).').waitFor();
    expect(await form.getByLabel('Titel').inputValue()).toBe('<b>Checkliste</b> Erstmusterprüfung');
    await form.getByLabel('Adresse (URL)').fill('https://schmidt-fraestechnik.example/checkliste.pdf');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Inhalt „<b>Checkliste</b> Erstmusterprüfung“ angelegt.').waitFor();

    await page
      .getByRole('button', { name: '„<b>Checkliste</b> Erstmusterprüfung“ bearbeiten' })
      .first()
      .waitFor();
    expect(await page.getByTestId('content-gap').count()).toBe(before.gaps.length - 1);
    const after = await getContentMap(ctx);
    expect(after.coverage).toBeGreaterThan(before.coverage);
    expect(await coverage.textContent()).toContain(`${after.coverage.toFixed(1).replace('.', ',')} %`);
    expect(await page.locator('.cm-matrix b').count()).toBe(0);
    const saved = (await listContentAssets(ctx)).find((a) => a.kind === 'Checkliste')!;
    expect(saved.mappings).toEqual([{ personaId: persona.id, phaseId: phase.id }]);
    await screenshot(page, 'content-map-filled');
    expect(errors).toEqual([]);
  });
});
