import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { phaseFunnelQuery, type FunnelPeriod, type PhaseFunnel } from '../../contract/funnel';
import { safeCell } from '../../core/csv/safeCell';
import { getPhaseFunnel } from '../../services/analytics/phaseFunnel';
import type { CliIo } from '../io';
import { adhocFunnelCommand, pathsCommand } from './analyticsPaths';
import { momentsCommand } from './moments';
import { customerValueCommand } from './customerValue';
import { parseFormat } from './options';
import { visitorsCommand } from './visitors';
import {
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface FunnelOptions extends WorkspaceOptions {
  from?: string;
  to?: string;
  compareFrom?: string;
  compareTo?: string;
  persona?: string;
  channel?: string;
  channelClass?: string;
  segment?: string;
}

const COLUMNS = [
  'phase',
  'profiles',
  'accounts',
  'convertedToNext',
  'conversionToNext',
  'dropOff',
  'medianSecondsToNext',
  'p90SecondsToNext',
] as const;

function rowsOf(period: FunnelPeriod, label: string) {
  return period.phases.map((p) => ({
    period: label,
    phase: p.key,
    profiles: p.profiles,
    accounts: p.accounts,
    convertedToNext: p.convertedToNext,
    conversionToNext: p.conversionToNext === null ? null : Math.round(p.conversionToNext * 10_000) / 10_000,
    dropOff: p.dropOff,
    medianSecondsToNext: p.medianSecondsToNext,
    p90SecondsToNext: p.p90SecondsToNext,
  }));
}

function print(io: CliIo, format: 'table' | 'json' | 'csv', funnel: PhaseFunnel): void {
  if (format === 'json') {
    io.out(`${JSON.stringify(funnel, null, 2)}\n`);
    return;
  }
  const rows = [
    ...rowsOf(funnel, `${funnel.from}..${funnel.to}`),
    ...(funnel.compare ? rowsOf(funnel.compare, `${funnel.compare.from}..${funnel.compare.to}`) : []),
  ];
  const columns = ['period', ...COLUMNS];
  if (format === 'csv') {
    const cells = rows.map((r) =>
      columns.map((c) => (c === 'period' || c === 'phase' ? safeCell(String(r[c])) : r[c as keyof typeof r])),
    );
    io.out(stringify([columns, ...cells], { record_delimiter: '\n' }));
    return;
  }
  io.out(`${funnel.profiles} profiles, ${funnel.accounts} accounts from ${funnel.from} to ${funnel.to}\n`);
  printRows(io.out, 'table', rows, columns);
}

/**
 * `touchpoint analytics funnel`: the phase funnel of the workspace's journey model, as the API's
 * `GET /analytics/phase-funnel` answers it (the same options, checked by the same schema).
 * @example touchpoint analytics funnel --from 2026-03-01 --to 2026-03-31 --channel-class paid --format csv
 */
export function analyticsCommand(io: CliIo): Command {
  const analytics = new Command('analytics').description('Analyses computed from the workspace events');
  analytics.addCommand(
    workspaceCommand(
      new Command('funnel')
        .description('Profiles and accounts per journey phase, conversion, drop-off and time between phases')
        .option('--from <day>', 'first day (YYYY-MM-DD, UTC); default 29 days before --to')
        .option('--to <day>', 'last day (YYYY-MM-DD, UTC); default today')
        .option('--compare-from <day>', 'first day of a period to compare with')
        .option('--compare-to <day>', 'last day of the period to compare with')
        .option('--persona <id>', 'only interactions at touchpoints of this persona')
        .option('--channel <channel>', 'only events of this channel')
        .option('--channel-class <class>', 'only events of this class: paid, owned or earned')
        .option('--segment <id>', 'only the members of this saved segment'),
    ).action(async (opts: FunnelOptions) => {
      const format = parseFormat(opts.format ?? 'table', ['table', 'json', 'csv'] as const);
      const query = parseWith(phaseFunnelQuery, {
        from: opts.from,
        to: opts.to,
        compareFrom: opts.compareFrom,
        compareTo: opts.compareTo,
        persona: opts.persona,
        channel: opts.channel,
        channelClass: opts.channelClass,
        segment: opts.segment,
      });
      const funnel = unwrap(await inWorkspace(opts, (ctx) => getPhaseFunnel(ctx, query)));
      print(io, format, funnel);
    }),
  );
  analytics.addCommand(pathsCommand(io));
  analytics.addCommand(adhocFunnelCommand(io));
  analytics.addCommand(momentsCommand(io));
  analytics.addCommand(customerValueCommand(io));
  analytics.addCommand(visitorsCommand(io));
  return analytics;
}
