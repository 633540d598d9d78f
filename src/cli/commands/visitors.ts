import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { newVsReturningQuery, type NewVsReturning, type NewVsReturningPeriod } from '../../contract/visitors';
import { safeCell } from '../../core/csv/safeCell';
import { getNewVsReturning } from '../../services/analytics/newVsReturning';
import type { CliIo } from '../io';
import { parseFormat } from './options';
import {
  inWorkspace,
  parseWith,
  printRows,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface VisitorsOptions extends WorkspaceOptions {
  from?: string;
  to?: string;
  compareFrom?: string;
  compareTo?: string;
  interval?: string;
  persona?: string;
  channel?: string;
  channelClass?: string;
}

const COLUMNS = ['period', 'bucket', 'visitors', 'newVisitors', 'returningVisitors'] as const;

function rowsOf(v: NewVsReturningPeriod) {
  const period = `${v.from}..${v.to}`;
  return [
    ...v.series.map((p) => ({ period, bucket: p.start, ...counts(p) })),
    ...v.phases.map((p) => ({ period, bucket: `phase ${p.key ?? '-'}`, ...counts(p) })),
    { period, bucket: 'total', ...counts(v) },
  ];
}
const counts = (c: { visitors: number; newVisitors: number; returningVisitors: number }) => ({
  visitors: c.visitors,
  newVisitors: c.newVisitors,
  returningVisitors: c.returningVisitors,
});

function print(io: CliIo, format: 'table' | 'json' | 'csv', value: NewVsReturning): void {
  if (format === 'json') {
    io.out(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const rows = [...rowsOf(value), ...(value.compare ? rowsOf(value.compare) : [])];
  if (format === 'csv') {
    const cells = rows.map((r) => COLUMNS.map((c) => (typeof r[c] === 'string' ? safeCell(r[c]) : r[c])));
    io.out(stringify([[...COLUMNS], ...cells], { record_delimiter: '\n' }));
    return;
  }
  io.out(
    `${value.visitors} visitors from ${value.from} to ${value.to}: ${value.newVisitors} new, ${value.returningVisitors} returning\n`,
  );
  printRows(io.out, 'table', rows, [...COLUMNS]);
}

/**
 * `touchpoint analytics visitors`: new vs returning visitors per day or week and per journey phase, as
 * `GET /analytics/new-vs-returning` answers them (the same options).
 * @example touchpoint analytics visitors --from 2026-11-01 --to 2026-11-30 --interval week --format csv
 */
export function visitorsCommand(io: CliIo): Command {
  return workspaceCommand(
    new Command('visitors')
      .description('New and returning visitors per day or week and per journey phase')
      .option('--from <day>', 'first day (YYYY-MM-DD, UTC); default 29 days before --to')
      .option('--to <day>', 'last day (YYYY-MM-DD, UTC); default today')
      .option('--compare-from <day>', 'first day of a period to compare with')
      .option('--compare-to <day>', 'last day of the period to compare with')
      .option('--interval <interval>', 'day or week', 'day')
      .option('--persona <id>', 'only visitor-days landing at touchpoints of this persona')
      .option('--channel <channel>', 'only visitor-days landing through this channel')
      .option(
        '--channel-class <class>',
        'only visitor-days landing through this class: paid, owned or earned',
      ),
  ).action(async (opts: VisitorsOptions) => {
    const format = parseFormat(opts.format ?? 'table', ['table', 'json', 'csv'] as const);
    const query = parseWith(newVsReturningQuery, {
      from: opts.from,
      to: opts.to,
      compareFrom: opts.compareFrom,
      compareTo: opts.compareTo,
      interval: opts.interval,
      persona: opts.persona,
      channel: opts.channel,
      channelClass: opts.channelClass,
    });
    print(io, format, await inWorkspace(opts, (ctx) => getNewVsReturning(ctx, query)));
  });
}
