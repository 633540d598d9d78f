/**
 * The journey map with 300 touchpoints in Chromium: `npm run bench -- journey-map`.
 *
 * Needs the built web app (`npm run build:web`); builds nothing itself. Starts an embedded PostgreSQL in
 * a temporary folder, fills one workspace (300 touchpoints, 50 in each AIDA(LA) phase, personas and
 * ratings), serves a copy of dist/web with the whole server on 127.0.0.1, and drives Debian's Chromium
 * at 1920 × 1080 (a projector in a workshop): after logging in through the login form, each of
 * RUNS runs loads /map and measures the time to interactive, then drags a card into the next column
 * with the mouse and measures the update on screen and the server's answer. Reports min / median /
 * p95 and writes the section "Journey map" of docs/benchmarks.md (BENCH_NO_DOCS=1 leaves it alone).
 *
 * BENCH_RUNS (default 10) changes the number of measured runs; one unmeasured warm-up run comes first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import prettier from 'prettier';
import { loadConfig } from '../src/config';
import type { Maturity, Ownership } from '../src/core/model';
import { createDb } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrateToLatest } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import { createUser } from '../src/services/accounts';
import type { WorkspaceContext } from '../src/services/context';
import { createPersona } from '../src/services/personas';
import { addRating } from '../src/services/ratings';
import { createTouchpoint } from '../src/services/touchpoints';
import { createWorkspace } from '../src/services/workspaces';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distWeb = path.join(repo, 'dist', 'web');
const docsFile = path.join(repo, 'docs', 'benchmarks.md');
const DOCS_INTRO =
  'Benchmarks: run with `npm run bench` (all) or `npm run bench -- <name>`; figures below with machine and date.';
const SECTION = 'Journey map';

const TOUCHPOINTS = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const VIEWPORT = { width: 1920, height: 1080 };
const PASSWORD = 'bench-password-1';
const EMAIL = 'bench@example.com';

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

/** What the page records about itself, on the clock of performance.now() (0 = navigation start). */
interface LoadProbe {
  /** The 300th card is in the DOM and the first card's drag handle is enabled and focusable. */
  readyAt?: number;
  /** The first frame after that has been produced (rAF, then a task after it). */
  paintedAt?: number;
  longTasks: { start: number; duration: number }[];
}
interface DragProbe {
  id: string;
  from: string;
  to: string;
  downAt?: number;
  upAt?: number;
  shownAt?: number;
}
declare global {
  interface Window {
    __benchLoad?: LoadProbe;
    __benchDrag?: DragProbe;
  }
}

interface Run {
  tti: number;
  ready: number;
  listReceived: number;
  domContentLoaded: number;
  loadEvent: number;
  longTaskTotal: number;
  longTaskCount: number;
  ttiWall: number;
  downToShown: number;
  downToConfirmed: number;
  upToShown: number;
  upToConfirmed: number;
}

// ---------------------------------------------------------------------------------------------------
// Statistics and machine

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}
/** Nearest rank; with 10 runs p95 is the slowest run. */
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

function machine() {
  const cpuinfo = execFileSync('cat', ['/proc/cpuinfo'], { encoding: 'utf8' });
  const meminfo = execFileSync('cat', ['/proc/meminfo'], { encoding: 'utf8' });
  const memKb = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0);
  return {
    nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU',
    memGiB: (memKb / 2 ** 20).toFixed(1),
  };
}
const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

// ---------------------------------------------------------------------------------------------------
// Cleanup: everything started is stopped again, in reverse order, also on failure and on Ctrl+C.

const cleanups: { name: string; run: () => Promise<unknown> }[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`cleanup: ${step.name} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });

// ---------------------------------------------------------------------------------------------------
// Data

async function seed(connectionString: string) {
  const db = createDb(connectionString);
  cleanups.push({ name: 'database pool', run: () => db.destroy() });
  await migrateToLatest(db);
  const user = await createUser(db, { email: EMAIL, name: 'Bench', password: PASSWORD });
  if (!user.ok) throw new Error(user.error.message);
  const ws = await createWorkspace(db, { name: 'Bench: journey map', ownerUserId: user.value.id });
  if (!ws.ok) throw new Error(ws.error.message);
  const ctx: WorkspaceContext = {
    db,
    workspaceId: ws.value.id,
    actor: { userId: user.value.id, label: 'Bench', role: 'owner' },
  };
  const phases = ws.value.journeyModel.phases;
  if (phases.length !== 6) throw new Error(`expected the six AIDA(LA) phases, got ${phases.length}`);

  const personaIds: string[] = [];
  for (const [name, role] of [
    ['Einkaufsleiterin Maschinenbau', 'Strategischer Einkauf'],
    ['Konstrukteur', 'Entwicklung'],
    ['Geschäftsführer', 'Inhaber'],
    ['Qualitätsmanagerin', 'Qualitätssicherung'],
  ] as const) {
    const persona = await createPersona(ctx, { name, role });
    if (!persona.ok) throw new Error(persona.error.message);
    personaIds.push(persona.value.id);
  }

  const ownerships: Ownership[] = ['owned', 'earned', 'paid'];
  const maturities: Maturity[] = ['none', 'minimal', 'good', 'excellent'];
  let ratings = 0;
  const BATCH = 10;
  for (let start = 0; start < TOUCHPOINTS; start += BATCH)
    await Promise.all(
      Array.from({ length: Math.min(BATCH, TOUCHPOINTS - start) }, async (_, k) => {
        const i = start + k;
        const tp = await createTouchpoint(ctx, {
          name: `Touchpoint ${String(i + 1).padStart(3, '0')}`,
          phaseIds: [phases[i % phases.length]!.id],
          personaIds: i % 3 === 0 ? [personaIds[i % 4]!, personaIds[(i + 1) % 4]!] : [personaIds[i % 4]!],
          ownership: ownerships[i % 3],
          medium: i % 4 === 0 ? 'analog' : 'digital',
          momentThatMatters: i % 17 === 0,
          relevance: (i % 5) + 1,
          impact: ((i * 3) % 5) + 1,
          effort: ((i * 7) % 5) + 1,
          currentMaturity: maturities[i % 4],
          targetMaturity: maturities[Math.min(3, (i % 4) + 1)],
          targetRating: i % 2 === 0 ? 4.5 : null,
          department: ['Vertrieb', 'Marketing', 'Service'][i % 3],
        });
        if (!tp.ok) throw new Error(tp.error.message);
        // Two in three touchpoints have a customer rating, one in three an employee rating as well.
        if (i % 3 !== 2) {
          const r = await addRating(ctx, tp.value.id, { source: 'customer', score: (i % 5) + 1 });
          if (!r.ok) throw new Error(r.error.message);
          ratings++;
        }
        if (i % 3 === 0) {
          const r = await addRating(ctx, tp.value.id, { source: 'employee', score: ((i + 2) % 5) + 1 });
          if (!r.ok) throw new Error(r.error.message);
          ratings++;
        }
      }),
    );
  return { db, personas: personaIds.length, ratings, phases };
}

// ---------------------------------------------------------------------------------------------------
// In the page

/** Installed before every navigation: records when the map is usable and the long tasks until then. */
function loadProbeScript(count: number) {
  const probe: LoadProbe = { longTasks: [] };
  window.__benchLoad = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  const articles = document.getElementsByTagName('article');
  const check = () => {
    if (probe.readyAt !== undefined || articles.length < count) return;
    const cards = document.querySelectorAll('[data-testid="map-card"]');
    if (cards.length < count) return;
    const handle = cards[0]?.querySelector<HTMLButtonElement>('[data-testid="drag-handle"]');
    if (
      !handle ||
      handle.disabled ||
      handle.getAttribute('aria-disabled') === 'true' ||
      handle.tabIndex < 0 ||
      handle.getClientRects().length === 0
    )
      return;
    probe.readyAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe.paintedAt = performance.now();
      }, 0),
    );
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled', 'tabindex'],
  });
}

/** Before a drag: records pointer down and up and when the card shows in its new column. */
function dragProbeScript(args: { id: string; from: string; to: string }) {
  const probe: DragProbe = { ...args };
  window.__benchDrag = probe;
  const selector = `[data-testid="map-card"][data-touchpoint-id="${args.id}"]`;
  const column = (id: string) => document.querySelector(`section[data-phase-id="${id}"]`);
  document.addEventListener('pointerdown', (e) => (probe.downAt ??= e.timeStamp), {
    capture: true,
    once: true,
  });
  document.addEventListener('pointerup', (e) => (probe.upAt ??= e.timeStamp), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (column(args.to)?.querySelector(selector) && !column(args.from)?.querySelector(selector)) {
      probe.shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

// ---------------------------------------------------------------------------------------------------
// One run

async function measureRun(page: Page, baseUrl: string, phaseIds: string[], run: number): Promise<Run> {
  const started = Date.now();
  await page.goto(`${baseUrl}/map`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__benchLoad?.paintedAt !== undefined, null, { timeout: 60_000 });
  const ttiWall = Date.now() - started;
  const load = await page.evaluate(() => {
    const probe = window.__benchLoad!;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const list = performance
      .getEntriesByType('resource')
      .find((e) => /\/touchpoints(\?|$)/.test(new URL(e.name).pathname + new URL(e.name).search));
    const before = probe.longTasks.filter((t) => t.start < (probe.paintedAt ?? Infinity));
    return {
      tti: probe.paintedAt!,
      ready: probe.readyAt!,
      listReceived: (list as PerformanceResourceTiming | undefined)?.responseEnd ?? NaN,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
      loadEvent: nav?.loadEventEnd ?? NaN,
      longTaskTotal: before.reduce((sum, t) => sum + t.duration, 0),
      longTaskCount: before.length,
    };
  });
  // Let the rest of the page (personas, fonts) settle so the drag measures the update alone.
  await page.waitForLoadState('networkidle');

  // The first card of one column into the next column (the last into the first), in turn.
  const from = phaseIds[run % phaseIds.length]!;
  const to = phaseIds[(run + 1) % phaseIds.length]!;
  const card = page.locator(`section[data-phase-id="${from}"] [data-testid="map-card"]`).first();
  const id = await card.getAttribute('data-touchpoint-id');
  if (!id) throw new Error('no card to drag');
  const handle = await card.getByTestId('drag-handle').boundingBox();
  const target = await page.locator(`section[data-phase-id="${to}"]`).boundingBox();
  if (!handle || !target) throw new Error('no layout for the drag');
  await page.evaluate(dragProbeScript, { id, from, to });
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(`/touchpoints/${id}/move`),
    { timeout: 30_000 },
  );
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 20, handle.y + 10, { steps: 4 });
  await page.mouse.move(
    target.x + target.width / 2,
    Math.min(target.y + 200, VIEWPORT.height - 40, target.y + target.height - 10),
    { steps: 12 },
  );
  await page.mouse.up();
  const response = await answered;
  if (!response.ok()) throw new Error(`the move answered ${response.status()}`);
  await page.waitForFunction(
    (moveId) =>
      window.__benchDrag?.shownAt !== undefined &&
      performance.getEntriesByType('resource').some((e) => e.name.includes(`/touchpoints/${moveId}/move`)),
    id,
  );
  const drag = await page.evaluate((moveId) => {
    const probe = window.__benchDrag!;
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes(`/touchpoints/${moveId}/move`)) as PerformanceResourceTiming;
    return { down: probe.downAt!, up: probe.upAt!, shown: probe.shownAt!, confirmed: entry.responseEnd };
  }, id);
  return {
    ...load,
    ttiWall,
    downToShown: drag.shown - drag.down,
    downToConfirmed: drag.confirmed - drag.down,
    upToShown: drag.shown - drag.up,
    upToConfirmed: drag.confirmed - drag.up,
  };
}

// ---------------------------------------------------------------------------------------------------
// Report

const ROWS: { key: keyof Run; label: string }[] = [
  {
    key: 'tti',
    label: 'Time to interactive: navigation start → 300 cards, first drag handle enabled, next frame',
  },
  { key: 'ready', label: '… of which 300 cards attached (before that frame)' },
  { key: 'ttiWall', label: 'Time to interactive, wall clock (Playwright goto → probe seen)' },
  { key: 'listReceived', label: 'Touchpoint list (API) received' },
  { key: 'domContentLoaded', label: 'DOMContentLoaded end' },
  { key: 'loadEvent', label: 'load event end' },
  { key: 'longTaskTotal', label: 'Long tasks until interactive, total' },
  { key: 'downToShown', label: 'Drag: pointer down → card shown in new column (optimistic)' },
  { key: 'downToConfirmed', label: 'Drag: pointer down → server answered POST …/move' },
  { key: 'upToShown', label: 'Drop: pointer up → card shown in new column' },
  { key: 'upToConfirmed', label: 'Drop: pointer up → server answered POST …/move' },
];

function table(runs: Run[]): string {
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
  return [
    `| Measure (${runs.length} runs, ms) | min | median | p95 |`,
    '| --- | --: | --: | --: |',
    ...ROWS.map(({ key, label }) => {
      const values = runs.map((r) => r[key]);
      return `| ${label} | ${ms(Math.min(...values))} | ${ms(median(values))} | ${ms(percentile(values, 95))} |`;
    }),
  ].join('\n');
}

async function writeSection(body: string): Promise<void> {
  const options = (await prettier.resolveConfig(docsFile)) ?? {};
  const section = (
    await prettier.format(`## ${SECTION}\n\n${body}\n`, { ...options, parser: 'markdown' })
  ).trimEnd();
  const current = existsSync(docsFile) ? await readFile(docsFile, 'utf8') : `${DOCS_INTRO}\n`;
  const heading = new RegExp(`^## ${SECTION}[ \\t]*$`, 'm');
  const found = heading.exec(current);
  let next: string;
  if (found) {
    const rest = current.slice(found.index + found[0].length);
    const end = /^## /m.exec(rest);
    const after = end ? `\n\n${rest.slice(end.index)}` : '\n';
    next = current.slice(0, found.index) + section + after;
  } else next = `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(docsFile, next);
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(distWeb, 'index.html'))) {
    console.error(`${path.relative(repo, distWeb)} is missing: run npm run build:web first`);
    process.exit(1);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-bench-journey-map-'));
  cleanups.push({ name: 'temporary folder', run: () => rm(dir, { recursive: true, force: true }) });
  // As root, PostgreSQL runs as the user 'postgres', which must be able to enter the folder.
  await chmod(dir, 0o755);
  // A copy, so a `npm run build:web` elsewhere during the run does not pull the files away.
  const webDir = path.join(dir, 'web');
  await cp(distWeb, webDir, { recursive: true });

  log('starting PostgreSQL');
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_bench' });
  cleanups.push({ name: 'PostgreSQL', run: () => pg.stop() });
  const seeded = await seed(pg.connectionString);
  log(`seeded ${TOUCHPOINTS} touchpoints, ${seeded.personas} personas, ${seeded.ratings} ratings`);

  const app = await buildApp({
    db: seeded.db,
    config: loadConfig({ TOUCHPOINT_NO_DEMO: '1', LOG_LEVEL: 'silent' }),
    webDir,
  });
  cleanups.push({ name: 'server', run: () => app.close() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const profile = path.join(dir, 'chromium-profile');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'de-DE',
  });
  cleanups.push({ name: 'Chromium', run: () => context.close() });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const browserVersion =
    context.browser()?.version() ??
    ((await (await context.newCDPSession(page)).send('Browser.getVersion')) as { product: string }).product;
  log(`Chromium ${browserVersion}, server on ${baseUrl}`);

  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
  // tsx compiles with esbuild's keepNames, which wraps inner functions in __name(); the page has none.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(loadProbeScript, TOUCHPOINTS);

  const phaseIds = seeded.phases.map((p) => p.id);
  await measureRun(page, baseUrl, phaseIds, 0);
  log('warm-up run done');
  const loadBefore = loadAvg();
  const startedAt = new Date();
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const run = await measureRun(page, baseUrl, phaseIds, i);
    runs.push(run);
    log(
      `run ${i}: interactive ${run.tti.toFixed(0)} ms, drag → shown ${run.downToShown.toFixed(0)} ms, → confirmed ${run.downToConfirmed.toFixed(0)} ms (drop → shown ${run.upToShown.toFixed(0)} ms)`,
    );
  }
  const loadAfter = loadAvg();
  const cards = await page.getByTestId('map-card').count();
  if (cards !== TOUCHPOINTS) throw new Error(`expected ${TOUCHPOINTS} cards after the runs, found ${cards}`);
  if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);

  const m = machine();
  const figures = table(runs);
  const longTasks = median(runs.map((r) => r.longTaskCount));
  const serverFirst = runs.filter((r) => r.upToConfirmed < r.upToShown).length;
  const body = [
    `\`bench/journey-map.ts\` (\`npm run bench -- journey-map\`, needs \`npm run build:web\`): the journey map with ${TOUCHPOINTS} touchpoints in headless Chromium at ${VIEWPORT.width} × ${VIEWPORT.height} (projector).`,
    '',
    `- Machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memGiB} GiB RAM; shared with other engineers' tests — load average (1 / 5 / 15 min) ${loadBefore} before the measured runs, ${loadAfter} after.`,
    `- Date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; Chromium ${browserVersion}; Node ${process.version}; embedded PostgreSQL with its defaults, server and browser on the same machine.`,
    `- Data: one workspace with ${TOUCHPOINTS} touchpoints, 50 in each of the six AIDA(LA) phases (one card each), ${seeded.personas} personas, ${seeded.ratings} ratings; the map unfiltered, as-is view.`,
    '',
    `Method: after logging in through the login form, each of ${RUNS} runs (after one unmeasured warm-up) loads \`/map\` afresh (assets from the browser cache, as on a second visit) and times in the page, from navigation start, the moment the ${TOUCHPOINTS}th card is attached and the first card's drag handle is enabled and focusable, plus the next frame (time to interactive; long tasks counted by a PerformanceObserver, median ${longTasks} per load). Once the network is idle, the first card of one column is dragged with the mouse (down, 16 moves, up, as in the end-to-end tests) into the next column. The drag is timed from the pointerdown event to the card appearing in the new column (the optimistic update) and to the end of the response of \`POST …/touchpoints/:id/move\` (Resource Timing), and from the drop (pointerup) alike; the pointer-down figures include the synthetic mouse moves. p95 is the nearest rank, so with ${RUNS} runs it is the slowest run.`,
    '',
    figures,
    '',
    serverFirst > 0
      ? `In ${serverFirst} of ${RUNS} runs the server's answer to the move arrived before the card showed in its new column: with the server on the same machine, re-rendering the board rather than the round trip sets the pace of a move.`
      : `In every run the card showed in its new column before the server's answer to the move arrived.`,
  ].join('\n');

  console.log(`\n${figures}\n`);
  console.log(`load average before ${loadBefore}, after ${loadAfter}; Chromium ${browserVersion}`);
  if (process.env.BENCH_NO_DOCS) log('BENCH_NO_DOCS set: docs/benchmarks.md left alone');
  else {
    await writeSection(body);
    log(`wrote section "${SECTION}" of ${path.relative(repo, docsFile)}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
