import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import hyphenDe from 'hyphen/de';
import { aTouchpoint, aWorkspace, TEST_PASSWORD } from '../support/builders';
import { SOFT_HYPHEN, MIN_HYPHENATED_WORD_LENGTH } from '../../web/src/components/useHyphenate';
import {
  logIn,
  openAppAs,
  openPage,
  screenshot,
  startServer,
  theSchmidtDemo,
  type E2eServer,
} from './support';

const PROJECTOR = { width: 1366, height: 768 };
const LONG_PHASE = 'Loyalty – Aufrechterhaltungsphase';

/** Every phase column and the card at the end of the last one, measured against the viewport. */
async function outsideViewport(page: Page): Promise<string[]> {
  const columns = page.getByTestId('phase-column');
  await columns.first().waitFor();
  const outside: string[] = [];
  for (let i = 0; i < (await columns.count()); i++) {
    const column = columns.nth(i);
    const box = await column.boundingBox();
    const name = (await column.getByRole('heading', { level: 2 }).getAttribute('aria-label')) ?? `#${i}`;
    if (!box || box.x < 0 || box.x + box.width > PROJECTOR.width)
      outside.push(`${name}: ${JSON.stringify(box)}`);
  }
  const lastCard = columns.last().getByTestId('map-card').last();
  if ((await lastCard.count()) > 0) {
    await lastCard.scrollIntoViewIfNeeded();
    const box = await lastCard.boundingBox();
    if (!box || box.x + box.width > PROJECTOR.width) outside.push(`last card: ${JSON.stringify(box)}`);
  }
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (pageWidth > PROJECTOR.width) outside.push(`page: ${pageWidth} px`);
  const board = await page.getByTestId('journey-board').evaluate((el) => el.scrollWidth - el.clientWidth);
  if (board > 0) outside.push(`board scrolls by ${board} px`);
  return outside;
}

describe('the journey map on a projector (1366 × 768)', () => {
  let server: E2eServer;

  beforeAll(async () => {
    server = await startServer();
  });

  it('shows all six phases of the demo with the end of the last one, hyphenated in German', async () => {
    const demo = await theSchmidtDemo(server.db);
    const { page, errors } = await openAppAs(server, demo.owner.email, PROJECTOR);
    await page.evaluate(() => document.fonts.ready);
    const heading = page.getByRole('heading', { level: 2, name: LONG_PHASE });
    await expect.poll(() => heading.textContent()).toContain(SOFT_HYPHEN);
    await screenshot(page, 'map-projector-demo');

    expect(await page.getByTestId('phase-column').count()).toBe(6);
    expect(await outsideViewport(page)).toEqual([]);

    // The soft hyphens sit where the German patterns put them, so a line breaks only between syllables.
    const expected = hyphenDe.hyphenateSync(LONG_PHASE, {
      hyphenChar: SOFT_HYPHEN,
      minWordLength: MIN_HYPHENATED_WORD_LENGTH,
    });
    expect(await heading.textContent()).toBe(expected);
    expect(expected).toContain(`Auf${SOFT_HYPHEN}recht`);
    // Every rendered line of the heading ends at a space, a soft hyphen or the end of the text.
    const lineEnds = await heading.evaluate((el) => {
      const text = el.firstChild;
      if (!(text instanceof Text)) return [];
      const ends: string[] = [];
      const range = document.createRange();
      let lastTop: number | undefined;
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rects = range.getClientRects();
        const rect = rects[rects.length - 1];
        if (!rect || rect.width === 0) continue;
        if (lastTop !== undefined && rect.top > lastTop + 2) ends.push(text.data.slice(0, i));
        lastTop = rect.top;
      }
      return ends;
    });
    for (const before of lineEnds) expect(before).toMatch(/[\s\u00ad–-]$/);
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows all seven stages of the seven-stage model', async () => {
    const ws = await aWorkspace(server.db, { journeyModel: { kind: 'seven_stage' } });
    const phases = ws.workspace.journeyModel.phases;
    for (const [i, phase] of phases.entries())
      await aTouchpoint(ws.ctx, { name: `Kundenzufriedenheitsbefragung ${i + 1}`, phaseIds: [phase.id] });
    const { page, errors } = await openPage(PROJECTOR);
    await logIn(page, server.baseUrl, ws.owner.email, TEST_PASSWORD);
    await page.getByTestId('map-card').first().waitFor();
    await screenshot(page, 'map-projector-seven-stage');

    expect(await page.getByTestId('phase-column').count()).toBe(7);
    expect(await outsideViewport(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
