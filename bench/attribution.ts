/**
 * Attribution models on a large journeys file: `npm run bench -- attribution`.
 *
 * 1. Writes a journeys file like one exported from an analytics tool: 200,000 distinct paths over 40
 *    channels, 1-15 touches (short ones common), channels popular by a Zipf law, a third of the steps
 *    repeating the channel, with total_conversions, total_conversion_value and total_null. Times the
 *    reading of the file and each model (median of RUNS runs, wall clock and CPU time of this process).
 * 2. In-app scale: 10,000,000 touches as one journey per person (conversion 0 or 1), as the in-app
 *    analysis will pass them, through `attributeAll` (every model together); the target is
 *    under 5 s on 10 million events.
 *
 * Writes the section "Attribution models" of docs/benchmarks.md (BENCH_NO_DOCS=1 leaves it alone).
 * BENCH_RUNS (default 3), BENCH_PATHS (200000) and BENCH_TOUCHES (10000000) change the sizes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import {
  attribute,
  attributeAll,
  indexJourneys,
  readJourneysFile,
  type AttributionModel,
  type Journey,
} from '../src/core/attribution';
import { seededRandom } from '../src/demo/live/dice';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsFile = path.join(repo, 'docs', 'benchmarks.md');
const SECTION = 'Attribution models';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PATHS = Number(process.env.BENCH_PATHS ?? 200_000);
const TOUCHES = Number(process.env.BENCH_TOUCHES ?? 10_000_000);
const CHANNELS = 40;

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

const channelNames = Array.from({ length: CHANNELS }, (_, i) =>
  i < 12
    ? [
        'google_cpc',
        'direct',
        'organic_search',
        'newsletter',
        'facebook_paid',
        'linkedin_paid',
        'referral',
        'display',
        'trade_fair',
        'webinar',
        'youtube',
        'partner',
      ][i]!
    : `campaign_${String(i).padStart(2, '0')}`,
);

/** A path generator: Zipf-popular channels, repeats and "neighbour" channels, lengths 1-15. */
function pathGenerator(next: () => number): () => number[] {
  const weights = channelNames.map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const sum = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => (cumulative.push((acc + w) / sum), acc + w), 0);
  const popular = () => {
    const u = next();
    const i = cumulative.findIndex((c) => c >= u);
    return i < 0 ? CHANNELS - 1 : i;
  };
  return () => {
    // P(length = k) falls by 0.8 per touch: half of the paths have 1-3 touches.
    let length = 1;
    while (length < 15 && next() < 0.8) length++;
    const path = [popular()];
    while (path.length < length) {
      const last = path[path.length - 1]!;
      const u = next();
      path.push(u < 0.3 ? last : u < 0.6 ? (last + 1 + Math.floor(next() * 3)) % CHANNELS : popular());
    }
    return path;
  };
}

/** Conversion probability of a path: some channels help, long paths help a little. */
function conversionRate(path: readonly number[]): number {
  let rate = 0.02 + 0.004 * path.length;
  if (path.includes(3)) rate += 0.02; // newsletter
  if (path.includes(8)) rate += 0.05; // trade fair
  if (path[path.length - 1] === 0) rate += 0.01;
  return Math.min(rate, 0.5);
}

function journeysFile(): { text: string; touches: number; people: number } {
  const next = seededRandom(13);
  const makePath = pathGenerator(next);
  const seen = new Set<string>();
  const lines = ['path;total_conversions;total_conversion_value;total_null'];
  let touches = 0;
  let people = 0;
  while (seen.size < PATHS) {
    const path = makePath();
    const key = path.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    touches += path.length;
    // Heavy-tailed traffic per path: most paths are rare, a few very common.
    const walkers = 1 + Math.floor(Math.exp(next() * 6) * Math.pow(0.7, path.length));
    let conversions = 0;
    const rate = conversionRate(path);
    for (let i = 0; i < walkers; i++) if (next() < rate) conversions++;
    const value = conversions === 0 ? 0 : Math.round(conversions * (80 + next() * 400) * 100) / 100;
    people += walkers;
    lines.push(
      `${path.map((c) => channelNames[c]).join(' > ')};${conversions};${value};${walkers - conversions}`,
    );
  }
  return { text: lines.join('\n') + '\n', touches, people };
}

function personJourneys(): Journey[] {
  const next = seededRandom(29);
  const makePath = pathGenerator(next);
  const journeys: Journey[] = [];
  let touches = 0;
  while (touches < TOUCHES) {
    const path = makePath().slice(0, TOUCHES - touches);
    touches += path.length;
    const converted = next() < conversionRate(path);
    journeys.push({
      touches: path.map((c) => ({ channel: channelNames[c]! })),
      conversions: converted ? 1 : 0,
      value: converted ? Math.round((80 + next() * 400) * 100) / 100 : 0,
      nulls: converted ? 0 : 1,
    });
  }
  return journeys;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Median wall-clock and CPU milliseconds of `runs` calls. */
function time(runs: number, work: () => unknown): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    work();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { wall: median(walls), cpu: median(cpus) };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const row = (label: string, t: Timing) => `| ${label} | ${fmt(t.wall)} | ${fmt(t.cpu)} |`;

async function writeSection(body: string): Promise<void> {
  const options = (await prettier.resolveConfig(docsFile)) ?? {};
  const section = (
    await prettier.format(`## ${SECTION}\n\n${body}\n`, { ...options, parser: 'markdown' })
  ).trimEnd();
  const current = existsSync(docsFile) ? await readFile(docsFile, 'utf8') : '# Benchmarks\n';
  const heading = new RegExp(`^## ${SECTION}[ \\t]*$`, 'm');
  const found = heading.exec(current);
  let next: string;
  if (found) {
    const rest = current.slice(found.index + found[0].length);
    const end = /^## /m.exec(rest);
    next = current.slice(0, found.index) + section + (end ? `\n\n${rest.slice(end.index)}` : '\n');
  } else next = `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(docsFile, next);
}

async function main(): Promise<void> {
  const loadBefore = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
  const started = new Date();
  log(`generating ${PATHS} distinct paths`);
  const file = journeysFile();
  log(`${(file.text.length / 1e6).toFixed(1)} MB, ${file.touches} touches, ${file.people} people`);
  // One unmeasured warm-up of everything, so the JIT has compiled the loops.
  const parsedOnce = readJourneysFile(file.text);
  if (!parsedOnce.ok) throw new Error(parsedOnce.error.message);
  const journeys = parsedOnce.value.journeys;
  attributeAll(journeys);

  const rows: string[] = [];
  rows.push(
    row(
      'read the file (parse, check)',
      time(RUNS, () => readJourneysFile(file.text)),
    ),
  );
  rows.push(
    row(
      'index the journeys (channel names → numbers)',
      time(RUNS, () => indexJourneys(journeys)),
    ),
  );
  const indexed = indexJourneys(journeys);
  const models: [string, AttributionModel][] = [
    ['first touch', { kind: 'first_touch' }],
    ['last touch', { kind: 'last_touch' }],
    ['linear', { kind: 'linear' }],
    ['time decay (half-life 1 touch)', { kind: 'time_decay', halfLife: 1, clock: 'touches' }],
    ['position-based 40/20/40', { kind: 'position_based', weights: { first: 0.4, middle: 0.2, last: 0.4 } }],
    ['Shapley (exact)', { kind: 'shapley' }],
    ['Markov, order 1 (exact)', { kind: 'markov', order: 1 }],
    ['Markov, order 2', { kind: 'markov', order: 2 }],
    ['Markov, order 3', { kind: 'markov', order: 3 }],
  ];
  for (const [label, model] of models) {
    const t = time(RUNS, () => attribute(indexed, model));
    log(`${label}: ${fmt(t.wall)} ms wall, ${fmt(t.cpu)} ms CPU`);
    rows.push(row(label, t));
  }
  const all = time(RUNS, () => attributeAll(journeys));
  rows.push(row('**all models** (`attributeAll`, Markov order 1)', all));
  const cli = time(RUNS, () => {
    const parsed = readJourneysFile(file.text);
    if (parsed.ok) attributeAll(parsed.value.journeys);
  });
  rows.push(row('**read + all models** (what `touchpoint attribution` computes)', cli));

  log(`building ${TOUCHES} touches as one journey per person`);
  const people = personJourneys();
  const inApp = time(Math.max(1, Math.min(RUNS, 3)), () => attributeAll(people));
  log(`in-app scale, all models: ${fmt(inApp.wall)} ms wall, ${fmt(inApp.cpu)} ms CPU`);
  const loadAfter = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

  const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
  const nproc = execFileSync('nproc').toString().trim();
  const body = [
    '`bench/attribution.ts` (`npm run bench -- attribution`, about 3 minutes): the models of `src/core/attribution` without a server or a database.',
    '',
    `- Machine: ${nproc} CPUs (nproc), ${cpuModel}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, shared with other engineers' work — load average (1 / 5 / 15 min) ${loadBefore} at the start, ${loadAfter} at the end; the CPU column is this process's own CPU time, which the sharing disturbs less than the wall clock.`,
    `- Date: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; Node ${process.version}.`,
    `- Data: a journeys file of ${PATHS.toLocaleString('en')} distinct paths (${(file.text.length / 1e6).toFixed(1)} MB, ${file.touches.toLocaleString('en')} touches, standing for ${file.people.toLocaleString('en')} people) over ${CHANNELS} channels, 1–15 touches (P(one more touch) = 0.8), channels popular by a Zipf law, 30 % of steps repeat the channel, conversion rates 2–15 %. Median of ${RUNS} runs after a warm-up.`,
    '',
    `| step (${PATHS.toLocaleString('en')} distinct paths) | wall ms | CPU ms |`,
    '| --- | --: | --: |',
    ...rows,
    '',
    `In-app scale: ${TOUCHES.toLocaleString('en')} touches as ${people.length.toLocaleString('en')} journeys of one person each (conversion 0 or 1, value per conversion), all models with \`attributeAll\` (indexing included): **${fmt(inApp.wall)} ms** wall, ${fmt(inApp.cpu)} ms CPU (median of ${Math.max(1, Math.min(RUNS, 3))}). The issue's target for all models together is under 5 s on 10 million events; loading the events from PostgreSQL is not part of this figure.`,
  ].join('\n');
  console.log(`\n${body}\n`);
  if (process.env.BENCH_NO_DOCS !== '1') {
    await writeSection(body);
    log(`wrote section "${SECTION}" of ${path.relative(repo, docsFile)}`);
  }
}

await main();
