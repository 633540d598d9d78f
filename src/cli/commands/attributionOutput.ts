import { stringify } from 'csv-stringify/sync';
import type { AttributionModel, AttributionModelKind, AttributionReport } from '../../core/attribution';
import { assertUnreachable } from '../../core/result';
import { safeCell } from '../../core/csv/safeCell';

/** What the output says about how each model was computed, so a reader of the JSON needs no docs. */
function howComputed(model: AttributionModel): Record<string, unknown> {
  switch (model.kind) {
    case 'first_touch':
    case 'last_touch':
      return {};
    case 'linear':
      return { rule: 'each touch an equal share; a repeated channel gets a share per touch' };
    case 'time_decay':
      return {
        half_life: model.halfLife,
        unit: model.clock,
        rule: 'weight 2^(-age/half_life), age 0 = last touch',
      };
    case 'position_based':
      return { ...model.weights, rule: '1 touch: 100 %; 2 touches: first and last in the ratio first:last' };
    case 'markov':
      return {
        order: model.order,
        method: 'exact removal effects of the absorbing Markov chain (linear equations), no simulation',
      };
    case 'shapley':
      return {
        characteristic: 'v(S) = conversions (value) of the journeys whose channels all lie in S',
        method:
          'exact over the distinct channel sets present: each journey split equally among its distinct channels',
      };
    case 'fixed_share':
      return { shares: model.shares, rest: 'split equally among the touches of the other channels' };
    default:
      return assertUnreachable(model);
  }
}

/**
 * The JSON of `touchpoint attribution`: credits per channel and model, full precision. `value` is null
 * when the file has no `total_conversion_value` column.
 */
export function attributionJson(report: AttributionReport, hasValue: boolean): string {
  return (
    JSON.stringify(
      {
        channels: report.channels.map((row) => ({
          channel: row.channel,
          conversions: row.conversions,
          value: hasValue ? row.value : null,
          markov_removal_effect: hasValue
            ? row.removalEffect
            : { conversions: row.removalEffect.conversions },
        })),
        totals: {
          ...report.totals,
          value: hasValue ? report.totals.value : null,
          channels: report.channels.length,
        },
        models: Object.fromEntries(report.models.map((model) => [model.kind, howComputed(model)])),
      },
      null,
      2,
    ) + '\n'
  );
}

/** One row per channel, a column per model for conversions (and for value), full precision. */
export function attributionCsv(report: AttributionReport, hasValue: boolean): string {
  const kinds = report.models.map((model) => model.kind);
  const columns = [
    'channel',
    ...kinds.map((kind) => `conversions_${kind}`),
    ...(hasValue ? kinds.map((kind) => `value_${kind}`) : []),
    'markov_removal_effect',
  ];
  const rows = report.channels.map((row) => [
    safeCell(row.channel),
    ...kinds.map((kind) => row.conversions[kind] ?? 0),
    ...(hasValue ? kinds.map((kind) => row.value[kind] ?? 0) : []),
    row.removalEffect.conversions,
  ]);
  return stringify([columns, ...rows], { record_delimiter: '\n' });
}

const shortNames: Record<AttributionModelKind, string> = {
  first_touch: 'first',
  last_touch: 'last',
  linear: 'linear',
  time_decay: 'decay',
  position_based: 'position',
  markov: 'markov',
  shapley: 'shapley',
  fixed_share: 'fixed',
};

function table(title: string, header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((line) => line[column]?.length ?? 0)));
  // Channel names left, numbers right, so the decimal points line up.
  const line = (values: readonly string[]) =>
    values
      .map((value, column) =>
        column === 0 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  return [title, line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1) ?? [])].join(
    '\n',
  );
}

/** Human-readable: a table of conversions (and one of value), rounded to two decimals, with totals. */
export function attributionTable(report: AttributionReport, hasValue: boolean): string {
  const kinds = report.models.map((model) => model.kind);
  const header = ['channel', ...kinds.map((kind) => shortNames[kind]), 'removal'];
  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  const sumOf = (what: 'conversions' | 'value', kind: AttributionModelKind) =>
    report.channels.reduce((sum, row) => sum + (row[what][kind] ?? 0), 0);
  const section = (what: 'conversions' | 'value') =>
    table(what === 'conversions' ? 'Conversions per channel' : 'Value per channel', header, [
      ...report.channels.map((row) => [
        row.channel,
        ...kinds.map((kind) => (row[what][kind] ?? 0).toFixed(2)),
        percent(row.removalEffect[what]),
      ]),
      // The column sums, not the file's total: a reader sees that every model hands out all of it.
      ['total', ...kinds.map((kind) => sumOf(what, kind).toFixed(2)), ''],
    ]);
  const { journeys, conversions, nulls, value } = report.totals;
  const markov = report.models.find((model) => model.kind === 'markov');
  const order = markov?.kind === 'markov' ? markov.order : 1;
  const summary =
    `${journeys} journeys, ${report.channels.length} channels, ${conversions} conversions, ${nulls} without conversion` +
    (hasValue ? `, value ${value.toFixed(2)}` : '') +
    `. Markov order ${order}, exact; removal = Markov removal effect; Shapley exact over the channel sets.`;
  if (report.channels.length === 0) return `${summary}\nNo journeys, nothing to attribute.\n`;
  return [summary, '', section('conversions'), ...(hasValue ? ['', section('value')] : []), ''].join('\n');
}
