import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import {
  adhocFunnelRunSchema,
  type AdhocFunnelPeriod,
  type AdhocFunnelResult,
} from '../../contract/adhocFunnels';
import { pathsQuery, type Paths, type PathsPeriod } from '../../contract/paths';
import { runAdhocFunnel } from '../../services/analytics/adhocFunnel';
import { getPaths } from '../../services/analytics/paths';
import { CliError, type CliIo } from '../io';
import {
  formatOf,
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface PeriodOptions extends WorkspaceOptions {
  from?: string;
  to?: string;
  compareFrom?: string;
  compareTo?: string;
  persona?: string;
  channel?: string;
}

const withPeriod = (cmd: Command) =>
  workspaceCommand(cmd)
    .option('--from <day>', 'first day (YYYY-MM-DD, UTC); default 29 days before --to')
    .option('--to <day>', 'last day (YYYY-MM-DD, UTC); default today')
    .option('--compare-from <day>', 'first day of a period to compare with')
    .option('--compare-to <day>', 'last day of the period to compare with')
    .option('--persona <id>', 'only interactions at touchpoints of this persona')
    .option('--channel <channel>', 'only events of this channel');

const periodOf = (o: PeriodOptions) => ({
  from: o.from,
  to: o.to,
  compareFrom: o.compareFrom,
  compareTo: o.compareTo,
  persona: o.persona,
  channel: o.channel,
});

function printPaths(io: CliIo, paths: Paths): void {
  const names = new Map(
    paths.nodes.flatMap((n) => (n.touchpointId === null ? [] : [[n.touchpointId, n.name ?? '']])),
  );
  const rowsOf = (p: PathsPeriod) =>
    p.paths.map((path) => ({
      period: `${p.from}..${p.to}`,
      profiles: path.profiles,
      path: `${paths.anchor.kind === 'end' && path.open ? '… → ' : ''}${path.touchpointIds
        .map((id) => names.get(id) ?? id)
        .join(' → ')}${paths.anchor.kind === 'start' ? (path.open ? ' → …' : ' → (end)') : ''}`,
    }));
  for (const p of [paths, ...(paths.compare ? [paths.compare] : [])]) {
    io.out(
      `${p.profiles} profiles reached ${paths.anchor.name} from ${p.from} to ${p.to}; ${p.shownProfiles} on the paths shown\n`,
    );
    printRows(io.out, 'table', rowsOf(p), ['profiles', 'path']);
  }
}

function printFunnel(io: CliIo, result: AdhocFunnelResult): void {
  const pct = (v: number | null) => (v === null ? null : `${Math.round(v * 1000) / 10} %`);
  const rowsOf = (p: AdhocFunnelPeriod) =>
    p.steps.map((s) => ({
      period: `${p.from}..${p.to}`,
      step: `${s.index + 1}. ${s.label}`,
      profiles: s.profiles,
      fromPrevious: pct(s.conversionFromPrevious),
      fromFirst: pct(s.conversionFromFirst),
      dropOff: s.dropOff,
      medianSeconds: s.medianSecondsFromPrevious,
      p90Seconds: s.p90SecondsFromPrevious,
    }));
  const rows = [...rowsOf(result), ...(result.compare ? rowsOf(result.compare) : [])];
  printRows(io.out, 'table', rows, [
    'period',
    'step',
    'profiles',
    'fromPrevious',
    'fromFirst',
    'dropOff',
    'medianSeconds',
    'p90Seconds',
  ]);
}

/**
 * `touchpoint analytics paths`: the most frequent paths from a start or to an end touchpoint, as the
 * API's `GET /analytics/paths` answers them (the same options, checked by the same schema).
 * @example touchpoint analytics paths --start <touchpoint id> --depth 4 --collapse --from 2026-03-01 --to 2026-03-31
 */
export function pathsCommand(io: CliIo): Command {
  return withPeriod(
    new Command('paths')
      .description('The most frequent paths between touchpoints from a start or to an end, with the drop-off')
      .option('--start <touchpoint-id>', 'paths from the first time a profile reached this touchpoint')
      .option('--end <touchpoint-id>', 'paths up to the first time a profile reached this touchpoint')
      .option('--depth <n>', 'touchpoints per path, the chosen one included (2-10)', '5')
      .option('--collapse', 'count consecutive repeats of a touchpoint once')
      .option('--top <n>', 'how many of the most frequent paths (1-50)', '10'),
  ).action(
    async (
      opts: PeriodOptions & { start?: string; end?: string; depth: string; collapse?: boolean; top: string },
    ) => {
      const format = formatOf(opts);
      const query = parseWith(pathsQuery, {
        start: opts.start,
        end: opts.end,
        depth: opts.depth,
        collapse: opts.collapse ? 'true' : 'false',
        top: opts.top,
        ...periodOf(opts),
      });
      const paths = unwrap(await inWorkspace(opts, (ctx) => getPaths(ctx, query)));
      if (format === 'json') io.out(`${JSON.stringify(paths, null, 2)}\n`);
      else printPaths(io, paths);
    },
  );
}

/**
 * `touchpoint analytics adhoc-funnel --steps-file F`: runs a funnel defined in a JSON file (an array of
 * steps, or `{ steps, order, windowSeconds }` as the API takes it), as `POST /analytics/funnels/run` does.
 * @example touchpoint analytics adhoc-funnel --steps-file steps.json --order strict --window 86400 --format json
 */
export function adhocFunnelCommand(io: CliIo): Command {
  return withPeriod(
    new Command('adhoc-funnel')
      .description('Conversion and time to convert per step of a funnel of any ordered steps')
      .requiredOption('--steps-file <file>', 'JSON: an array of steps, or { steps, order, windowSeconds }')
      .option('--order <order>', 'loose (other events between the steps allowed) or strict')
      .option('--window <seconds>', 'conversion window from the first step, in seconds (60 to 7776000)'),
  ).action(async (opts: PeriodOptions & { stepsFile: string; order?: string; window?: string }) => {
    const format = formatOf(opts);
    const text = await readFile(opts.stepsFile, 'utf8').catch(() => {
      throw new CliError(`--steps-file: cannot read ${opts.stepsFile}`);
    });
    let file: unknown;
    try {
      file = JSON.parse(text);
    } catch {
      throw new CliError(`--steps-file: ${opts.stepsFile} is not JSON`);
    }
    const definition = Array.isArray(file) ? { steps: file } : file;
    if (typeof definition !== 'object' || definition === null)
      throw new CliError('--steps-file: expected an array of steps or { steps, order, windowSeconds }');
    const run = parseWith(adhocFunnelRunSchema, {
      ...definition,
      ...(opts.order === undefined ? {} : { order: opts.order }),
      ...(opts.window === undefined ? {} : { windowSeconds: Number(opts.window) }),
      ...periodOf(opts),
    });
    const result = unwrap(await inWorkspace(opts, (ctx) => runAdhocFunnel(ctx, run)));
    if (format === 'json') io.out(`${JSON.stringify(result, null, 2)}\n`);
    else printFunnel(io, result);
  });
}
