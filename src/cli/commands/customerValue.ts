import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import {
  customerValueQuery,
  type CustomerValue,
  type CustomerValuePeriod,
} from '../../contract/customerValue';
import { safeCell } from '../../core/csv/safeCell';
import { getCustomerValue } from '../../services/analytics/customerValue';
import type { CliIo } from '../io';
import { parseFormat } from './options';
import {
  inWorkspace,
  parseWith,
  printRows,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface CustomerValueOptions extends WorkspaceOptions {
  from?: string;
  to?: string;
  compareFrom?: string;
  compareTo?: string;
  persona?: string;
  channel?: string;
  channelClass?: string;
  abcA?: string;
  abcB?: string;
  margin?: string;
}

const COLUMNS = ['period', 'figure', 'key', 'customers', 'revenue', 'share'] as const;
type Row = Record<(typeof COLUMNS)[number], string | number | null>;
const share = (x: number) => Math.round(x * 10_000) / 10_000;

/** The figures as one flat list of rows: segments, classes, existing vs new, accounts, the CLV. */
function rowsOf(v: CustomerValuePeriod): Row[] {
  const period = `${v.from}..${v.to}`;
  const row = (
    figure: string,
    key: string,
    customers: number | null,
    revenue: number | null,
    s: number | null,
  ) => ({
    period,
    figure,
    key,
    customers,
    revenue,
    share: s === null ? null : share(s),
  });
  return [
    row('total', 'customers', v.customers, v.revenue, null),
    ...v.rfm.segments.map((s) =>
      row('rfm', s.key, s.customers, s.revenue, v.revenue > 0 ? s.revenue / v.revenue : 0),
    ),
    ...v.abc.classes.map((c) => row('abc', c.class, c.customers, c.revenue, c.revenueShare)),
    row(
      'customers',
      'existing',
      v.existingVsNew.existing.customers,
      v.existingVsNew.existing.revenue,
      v.existingVsNew.existing.revenueShare,
    ),
    row(
      'customers',
      'new',
      v.existingVsNew.new.customers,
      v.existingVsNew.new.revenue,
      v.existingVsNew.new.revenueShare,
    ),
    ...v.topAccounts.map((a) => row(`account ${a.class}`, a.name, a.customers, a.revenue, null)),
    row('clv', v.clv.tooLittleData ? 'estimate (too little data)' : 'estimate', null, v.clv.value, null),
  ];
}

function print(io: CliIo, format: 'table' | 'json' | 'csv', value: CustomerValue): void {
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
  const i = value.clv.inputs;
  io.out(
    `${value.customers} customers, ${value.orders} orders, ${value.revenue} revenue up to ${value.to}\n` +
      `CLV ${value.clv.value ?? '-'} = average order value ${i.averageOrderValue ?? '-'} x ${i.ordersPerYear ?? '-'} orders a year` +
      ` x ${i.lifetimeYears} years (${i.lifetimeSource})${i.margin === null ? '' : ` x margin ${i.margin}`}` +
      `${value.clv.tooLittleData ? `; too little data: ${value.clv.shortcomings.join(', ')}` : ''}\n`,
  );
  printRows(io.out, 'table', rows, [...COLUMNS]);
}

/**
 * `touchpoint analytics customer-value`: RFM segments, ABC classes, existing vs new customers, the top
 * accounts and the CLV estimate, as `GET /analytics/customer-value` answers them (the same options).
 * @example touchpoint analytics customer-value --from 2026-11-01 --to 2026-11-30 --margin 0.3 --format csv
 */
export function customerValueCommand(io: CliIo): Command {
  return workspaceCommand(
    new Command('customer-value')
      .description('RFM segments, ABC classes, existing vs new customers, accounts and a CLV estimate')
      .option('--from <day>', 'first day (YYYY-MM-DD, UTC); default 29 days before --to')
      .option('--to <day>', 'last day (YYYY-MM-DD, UTC); default today')
      .option('--compare-from <day>', 'first day of a period to compare with')
      .option('--compare-to <day>', 'last day of the period to compare with')
      .option('--persona <id>', 'only orders at touchpoints of this persona')
      .option('--channel <channel>', 'only orders of this channel')
      .option('--channel-class <class>', 'only orders of this class: paid, owned or earned')
      .option('--abc-a <share>', 'share of revenue class A takes (default 0.8)')
      .option('--abc-b <share>', 'share of revenue class B takes (default 0.15)')
      .option('--margin <share>', 'gross margin 0..1 for the CLV'),
  ).action(async (opts: CustomerValueOptions) => {
    const format = parseFormat(opts.format ?? 'table', ['table', 'json', 'csv'] as const);
    const query = parseWith(customerValueQuery, {
      from: opts.from,
      to: opts.to,
      compareFrom: opts.compareFrom,
      compareTo: opts.compareTo,
      persona: opts.persona,
      channel: opts.channel,
      channelClass: opts.channelClass,
      abcA: opts.abcA,
      abcB: opts.abcB,
      margin: opts.margin,
    });
    print(io, format, await inWorkspace(opts, (ctx) => getCustomerValue(ctx, query)));
  });
}
