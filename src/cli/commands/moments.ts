import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { momentsQuery, type Moments } from '../../contract/moments';
import { safeCell } from '../../core/csv/safeCell';
import { getMoments } from '../../services/analytics/moments';
import type { CliIo } from '../io';
import { parseFormat } from './options';
import {
  inWorkspace,
  parseWith,
  printRows,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface MomentsOptions extends WorkspaceOptions {
  from?: string;
  to?: string;
  persona?: string;
  channel?: string;
  minJourneys?: string;
  ratingBelow?: string;
}

const COLUMNS = [
  'touchpoint',
  'flagged',
  'journeysWith',
  'rateWith',
  'journeysWithout',
  'rateWithout',
  'liftDifference',
  'ciLow',
  'ciHigh',
  'liftRatio',
  'enoughJourneys',
] as const;

const four = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

function print(io: CliIo, format: 'table' | 'json' | 'csv', moments: Moments): void {
  if (format === 'json') {
    io.out(`${JSON.stringify(moments, null, 2)}\n`);
    return;
  }
  const rows = moments.candidates.map((c) => ({
    touchpoint: c.name,
    flagged: c.momentThatMatters,
    journeysWith: c.journeysWith,
    rateWith: four(c.rateWith),
    journeysWithout: c.journeysWithout,
    rateWithout: four(c.rateWithout),
    liftDifference: four(c.liftDifference),
    ciLow: four(c.interval?.low ?? null),
    ciHigh: four(c.interval?.high ?? null),
    liftRatio: four(c.liftRatio),
    enoughJourneys: c.enoughJourneys,
  }));
  if (format === 'csv') {
    const cells = rows.map((r) =>
      COLUMNS.map((c) => {
        const v = r[c];
        // csv-stringify writes booleans as 1 and an empty cell; a reader of the file wants the words.
        return c === 'touchpoint' ? safeCell(r.touchpoint) : typeof v === 'boolean' ? String(v) : v;
      }),
    );
    io.out(stringify([[...COLUMNS], ...cells], { record_delimiter: '\n' }));
    return;
  }
  io.out(
    `${moments.journeys} journeys, ${moments.conversions} converted, from ${moments.from} to ${moments.to}` +
      ` (at least ${moments.minJourneys} journeys per group)\n`,
  );
  printRows(io.out, 'table', rows, [...COLUMNS]);
  io.out(
    `\nLow ratings on busy paths (more than ${moments.medianPeople} people, rated below ${moments.ratingBelow}):\n`,
  );
  if (moments.lowRated.length === 0) io.out('none\n');
  else printRows(io.out, 'table', moments.lowRated, ['name', 'people', 'averageRating', 'ratings']);
}

/**
 * `touchpoint analytics moments`: moments that matter, measured, as `GET /analytics/moments` answers
 * them (the same options, checked by the same schema).
 * @example touchpoint analytics moments --from 2026-03-01 --to 2026-03-31 --min-journeys 50 --format csv
 */
export function momentsCommand(io: CliIo): Command {
  return workspaceCommand(
    new Command('moments')
      .description(
        'Touchpoints whose presence lifts conversion (with 95 % intervals), and busy ones rated low',
      )
      .option('--from <day>', 'first day (YYYY-MM-DD, UTC); default 29 days before --to')
      .option('--to <day>', 'last day (YYYY-MM-DD, UTC); default today')
      .option('--persona <id>', 'only touches at touchpoints of this persona')
      .option('--channel <channel>', 'only touches of this channel')
      .option('--min-journeys <n>', 'journeys each group needs before a figure counts (default 30)')
      .option('--rating-below <stars>', 'average rating below which a busy touchpoint is listed (default 3)'),
  ).action(async (opts: MomentsOptions) => {
    const format = parseFormat(opts.format ?? 'table', ['table', 'json', 'csv'] as const);
    const query = parseWith(momentsQuery, {
      from: opts.from,
      to: opts.to,
      persona: opts.persona,
      channel: opts.channel,
      minJourneys: opts.minJourneys,
      ratingBelow: opts.ratingBelow,
    });
    const moments = await inWorkspace(opts, (ctx) => getMoments(ctx, query));
    print(io, format, moments);
  });
}
