import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import {
  attributeAll,
  MAX_MARKOV_ORDER,
  readJourneysFile,
  type AttributionOptions,
  type PositionWeights,
} from '../../core/attribution';
import { assertUnreachable } from '../../core/result';
import { CliError, type CliIo } from '../io';
import { attributionCsv, attributionJson, attributionTable } from './attributionOutput';

type Format = 'table' | 'json' | 'csv';

interface AttributionCliOptions {
  journeys: string;
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

async function run(io: CliIo, cli: AttributionCliOptions): Promise<void> {
  const options = optionsFrom(cli);
  const text = await readFile(cli.journeys, 'utf8').catch(() => {
    throw new CliError(`attribution: cannot read ${cli.journeys}`);
  });
  const file = readJourneysFile(text, { separator: cli.separator });
  if (!file.ok) throw new CliError(`attribution ${cli.journeys}: ${file.error.message}`);
  const report = attributeAll(file.value.journeys, options);
  if (!report.ok) throw new CliError(`attribution: ${report.error.message}`);
  const { hasValue } = file.value;
  switch (cli.format) {
    case 'json':
      return io.out(attributionJson(report.value, hasValue));
    case 'csv':
      return io.out(attributionCsv(report.value, hasValue));
    case 'table':
      return io.out(attributionTable(report.value, hasValue));
    default:
      return assertUnreachable(cli.format);
  }
}

/**
 * `touchpoint attribution --journeys FILE`: every attribution model's credit per channel for a journeys
 * file in ChannelAttribution's format (no server, no database). The same core runs in the app.
 *
 * @example
 * touchpoint attribution --journeys paths.csv --format json
 * touchpoint attribution --journeys paths.csv --half-life 2 --position-weights 30,40,30 --order 2
 */
export function attributionCommand(io: CliIo): Command {
  return new Command('attribution')
    .description(
      'Attribution of a journeys file: first/last touch, linear, time decay, position-based, Markov, Shapley',
    )
    .requiredOption(
      '--journeys <file>',
      'CSV with path, total_conversions [, total_conversion_value, total_null]',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .option(
      '--half-life <touches>',
      'time decay: a touch counts half as much as the one after it this many touches later',
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
