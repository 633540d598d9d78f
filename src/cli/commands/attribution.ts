import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import {
  attributionQuery,
  type AttributionReport as WorkspaceAttribution,
  type AttributionSettings,
} from '../../contract/attribution';
import {
  attributeAll,
  MAX_MARKOV_ORDER,
  readJourneysFile,
  type AttributionModel,
  type AttributionModelKind,
  type AttributionOptions,
  type AttributionReport,
  type PositionWeights,
} from '../../core/attribution';
import { assertUnreachable } from '../../core/result';
import { getAttribution } from '../../services/attribution/getAttribution';
import { CliError, type CliIo } from '../io';
import { attributionCsv, attributionJson, attributionTable } from './attributionOutput';
import { withDataDir } from './database';
import { inWorkspace, parseWith, unwrap } from './workspaceCommand';

type Format = 'table' | 'json' | 'csv';

interface AttributionCliOptions {
  journeys?: string;
  workspace?: string;
  dataDir?: string;
  from?: string;
  to?: string;
  dimension?: string;
  persona?: string;
  channel?: string;
  format: Format;
  halfLife: string;
  positionWeights: string;
  order: string;
  separator: string;
  fixedShares?: string;
}

/** `40,20,40` (percent) or `0.4,0.2,0.4`. */
function parsePositionWeights(text: string): PositionWeights {
  const parts = text.split(',').map((part) => Number(part.trim()));
  const [first, middle, last] = parts;
  const sum = parts.reduce((a, b) => a + b, 0);
  const scale = Math.abs(sum - 100) < 1e-6 ? 100 : Math.abs(sum - 1) < 1e-9 ? 1 : NaN;
  if (
    parts.length !== 3 ||
    first === undefined ||
    middle === undefined ||
    last === undefined ||
    Number.isNaN(scale)
  )
    throw new CliError(
      `--position-weights takes first,middle,last in percent adding up to 100 (e.g. 40,20,40), not "${text}"`,
    );
  if (parts.some((part) => !Number.isFinite(part) || part < 0))
    throw new CliError(`--position-weights must not be negative: "${text}"`);
  return { first: first / scale, middle: middle / scale, last: last / scale };
}

/** `newsletter=5,event=20`: percent of each journey's conversions and value. */
function parseFixedShares(text: string): Record<string, number> {
  const pairs = text.split(',').map((pair): [string, number] => {
    const at = pair.lastIndexOf('=');
    const channel = pair.slice(0, at).trim();
    const percentText = pair.slice(at + 1).trim();
    const percent = Number(percentText);
    if (at < 0 || channel === '' || percentText === '' || !(percent >= 0 && percent <= 100))
      throw new CliError(
        `--fixed-shares takes channel=percent pairs (e.g. newsletter=5,event=20), not "${pair}"`,
      );
    return [channel, percent / 100];
  });
  // fromEntries defines own properties, so even a channel called "__proto__" stays a plain key.
  return Object.fromEntries(pairs);
}

function optionsFrom(cli: AttributionCliOptions): AttributionOptions {
  const halfLife = Number(cli.halfLife);
  if (!Number.isFinite(halfLife) || halfLife <= 0)
    throw new CliError(`--half-life must be a number of touches above 0, not "${cli.halfLife}"`);
  const order = Number(cli.order);
  if (!Number.isInteger(order) || order < 1 || order > MAX_MARKOV_ORDER)
    throw new CliError(`--order must be a whole number from 1 to ${MAX_MARKOV_ORDER}, not "${cli.order}"`);
  return {
    halfLife,
    decayClock: 'touches',
    positionWeights: parsePositionWeights(cli.positionWeights),
    markovOrder: order,
    ...(cli.fixedShares === undefined ? {} : { fixedShares: parseFixedShares(cli.fixedShares) }),
  };
}

/** A model as the workspace's settings configure it, for the output's "how computed". */
function modelOf(
  kind: AttributionModelKind,
  s: AttributionSettings,
  shares: Record<string, number>,
): AttributionModel {
  switch (kind) {
    case 'first_touch':
    case 'last_touch':
    case 'linear':
    case 'shapley':
      return { kind };
    case 'time_decay':
      return { kind, halfLife: s.halfLifeDays, clock: 'days' };
    case 'position_based':
      return { kind, weights: s.positionWeights };
    case 'markov':
      return { kind, order: s.markovOrder };
    case 'fixed_share':
      return { kind, shares };
    default:
      return assertUnreachable(kind);
  }
}

/** The workspace's answer in the shape the journeys-file output prints; keys become their labels. */
function asReport(w: WorkspaceAttribution): AttributionReport {
  const labelOf = new Map(w.rows.map((r) => [r.key, r.label]));
  const shares = Object.fromEntries(
    w.settings.fixedShares
      .filter((f) => f.dimension === w.dimension)
      .map((f) => [labelOf.get(f.key) ?? f.key, f.share]),
  );
  return {
    channels: w.rows.map((r) => ({
      channel: r.label,
      conversions: r.conversions,
      value: r.value,
      removalEffect: r.removalEffect,
    })),
    totals: {
      journeys: w.totals.journeys,
      touches: w.totals.touches,
      conversions: w.totals.conversions,
      value: w.totals.value,
      nulls: w.totals.nullJourneys,
    },
    models: w.models.map((kind) => modelOf(kind, w.settings, shares)),
  };
}

async function fromWorkspace(
  cli: AttributionCliOptions,
): Promise<{ report: AttributionReport; hasValue: boolean; note: string }> {
  const query = parseWith(attributionQuery, {
    from: cli.from,
    to: cli.to,
    dimension: cli.dimension,
    persona: cli.persona,
    channel: cli.channel,
  });
  const answer = unwrap(await inWorkspace(cli, (ctx) => getAttribution(ctx, query)));
  const { untouchedConversions, untouchedValue } = answer.totals;
  const note =
    `${answer.dimension} attribution from ${answer.from} to ${answer.to}, lookback ${answer.settings.lookbackDays} days, ` +
    `half-life ${answer.settings.halfLifeDays} days; ${untouchedConversions} conversions (value ${untouchedValue.toFixed(2)}) without a touch.\n`;
  return { report: asReport(answer), hasValue: answer.settings.valueSource !== 'none', note };
}

async function fromFile(cli: AttributionCliOptions, journeys: string) {
  const options = optionsFrom(cli);
  const text = await readFile(journeys, 'utf8').catch(() => {
    throw new CliError(`attribution: cannot read ${journeys}`);
  });
  const file = readJourneysFile(text, { separator: cli.separator });
  if (!file.ok) throw new CliError(`attribution ${journeys}: ${file.error.message}`);
  const report = attributeAll(file.value.journeys, options);
  if (!report.ok) throw new CliError(`attribution: ${report.error.message}`);
  return { report: report.value, hasValue: file.value.hasValue, note: '' };
}

async function run(io: CliIo, cli: AttributionCliOptions): Promise<void> {
  if (cli.journeys !== undefined && cli.workspace !== undefined)
    throw new CliError('attribution: give --journeys or --workspace, not both');
  const { report, hasValue, note } =
    cli.journeys === undefined ? await fromWorkspace(cli) : await fromFile(cli, cli.journeys);
  switch (cli.format) {
    case 'json':
      return io.out(attributionJson(report, hasValue));
    case 'csv':
      return io.out(attributionCsv(report, hasValue));
    case 'table':
      return io.out(note + attributionTable(report, hasValue));
    default:
      return assertUnreachable(cli.format);
  }
}

/**
 * `touchpoint attribution --journeys FILE`: every attribution model's credit per channel for a journeys
 * file in ChannelAttribution's format (no server, no database). The same core runs in the app.
 * Without `--journeys`, the journeys come from the workspace's events, with its attribution settings.
 *
 * @example
 * touchpoint attribution --workspace schmidt --from 2026-11-01 --to 2026-11-30 --dimension campaign
 * touchpoint attribution --journeys paths.csv --format json
 * touchpoint attribution --journeys paths.csv --half-life 2 --position-weights 30,40,30 --order 2
 */
export function attributionCommand(io: CliIo): Command {
  return withDataDir(new Command('attribution'))
    .description(
      'Attribution of the workspace events or a journeys file: first/last touch, linear, time decay, position-based, Markov, Shapley',
    )
    .option(
      '--journeys <file>',
      'CSV with path, total_conversions [, total_conversion_value, total_null] (instead of the workspace)',
    )
    .option('--workspace <id-or-address>', 'the workspace (optional when there is only one)')
    .option('--from <day>', 'workspace: first day (YYYY-MM-DD, UTC); default 29 days before --to')
    .option('--to <day>', 'workspace: last day (YYYY-MM-DD, UTC); default today')
    .option('--dimension <dimension>', 'workspace: touchpoint, channel or campaign', 'touchpoint')
    .option('--persona <id>', 'workspace: only journeys through a touchpoint of this persona')
    .option('--channel <channel>', 'workspace: only journeys with a touch in this channel')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .option(
      '--half-life <touches>',
      'journeys file: time decay halves the weight of a touch this many touches earlier (the workspace uses its settings)',
      '1',
    )
    .option('--position-weights <first,middle,last>', 'position-based shares in percent', '40,20,40')
    .option('--order <n>', `Markov chain order (1-${MAX_MARKOV_ORDER})`, '1')
    .option('--separator <text>', 'between the channels of a path', '>')
    .option('--fixed-shares <channel=percent,...>', 'add the fixed-share model, e.g. newsletter=5,event=20')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .action((options: AttributionCliOptions) => run(io, options));
}
