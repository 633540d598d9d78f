import { Command } from 'commander';
import { editorialCsvQuery } from '../../contract/editorialPlan';
import { EDITORIAL_CSV_COLUMNS, editorialCsvRows } from '../../core/editorialPlan/editorialCsvRows';
import { isKnownTimeZone } from '../../core/sla/zonedTime';
import { exportEditorialCsv } from '../../services/editorialPlan/exportEditorialCsv';
import { loadPlanEntries } from '../../services/editorialPlan/loadPlanEntries';
import { rangeBounds } from '../../services/editorialPlan/rangeBounds';
import { CliError, type CliIo } from '../io';
import { parseFormat } from './options';
import {
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

type ListOptions = WorkspaceOptions & { from?: string; to?: string; timeZone: string; lang: string };

/** `touchpoint editorial list`: the editorial plan (Redaktionsplan) of a range, as a table, JSON or CSV. */
export function editorialCommand(io: CliIo): Command {
  const editorial = new Command('editorial').description('The editorial plan (Redaktionsplan)');
  editorial.addCommand(
    workspaceCommand(
      new Command('list')
        .description('List the planned content of a range, in date order')
        .option('--from <date>', 'first day (YYYY-MM-DD) or instant (ISO 8601 with offset)')
        .option('--to <date>', 'last day (YYYY-MM-DD, included) or instant (excluded)')
        .option('--time-zone <zone>', 'IANA time zone of the date and time columns', 'UTC')
        .option('--lang <de|en>', 'language of the phase names', 'de'),
    ).action(async (opts: ListOptions) => {
      const format = parseFormat(opts.format ?? 'table', ['table', 'json', 'csv'] as const);
      const query = parseWith(editorialCsvQuery, {
        from: opts.from,
        to: opts.to,
        timeZone: opts.timeZone,
        lang: opts.lang,
      });
      if (!isKnownTimeZone(query.timeZone))
        throw new CliError(`--time-zone: unknown time zone ${query.timeZone}`);
      if (format === 'csv') {
        io.out(unwrap(await inWorkspace(opts, (ctx) => exportEditorialCsv(ctx, query, query.lang))));
        return;
      }
      const range = unwrap(rangeBounds(query));
      const entries = await inWorkspace(opts, (ctx) =>
        loadPlanEntries(ctx.db, ctx.workspaceId, query.lang, range),
      );
      const rows = editorialCsvRows(entries, query.timeZone);
      printRows(
        io.out,
        format,
        rows,
        format === 'json'
          ? [...EDITORIAL_CSV_COLUMNS]
          : ['date', 'time', 'channel', 'title', 'format', 'status', 'persona', 'phase', 'owner'],
      );
    }),
  );
  return editorial;
}
