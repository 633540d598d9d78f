import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { dealListQuery, type PipelineReport } from '../../contract/deals';
import { exportDealsCsv } from '../../services/deals/exportDeals';
import { getPipelineReport } from '../../services/deals/getPipelineReport';
import { importDeals } from '../../services/deals/importDeals';
import { listDeals } from '../../services/deals/dealCrud';
import type { CliIo } from '../io';
import { withDataDir } from './database';
import { runStreamingImport, type StreamingImportOptions } from './streamingImport';
import {
  formatOf,
  inWorkspace,
  parseWith,
  printRows,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface ListOptions extends WorkspaceOptions {
  stage?: string;
  company?: string;
  limit: string;
}

/**
 * `touchpoint deals list|import|export`: the workspace's deals; the import streams a CSV as the
 * history import does (bad rows in `<file>.bad-rows.csv`, `--resume <jobId>`), the export writes the
 * import's columns.
 * @example touchpoint deals import crm-deals.csv --workspace acme
 */
export function dealsCommand(io: CliIo): Command {
  const deals = new Command('deals').description(
    'Deals of the sales pipeline: list, import and export as CSV',
  );
  deals.addCommand(
    workspaceCommand(
      new Command('list')
        .description('Deals, newest first')
        .option('--stage <key>', 'only deals in this stage (key, e.g. proposal)')
        .option('--company <id>', 'only deals of this account (company id)')
        .option('--limit <n>', 'at most this many deals', '200'),
    ).action(async (opts: ListOptions) => {
      const format = formatOf(opts);
      const query = parseWith(dealListQuery, {
        stage: opts.stage,
        companyId: opts.company,
        limit: opts.limit,
      });
      const page = await inWorkspace(opts, (ctx) => listDeals(ctx, query));
      if (format === 'table') io.out(`${page.items.length} of ${page.total} deals\n`);
      printRows(
        io.out,
        format,
        page.items.map((d) => ({
          id: d.id,
          title: d.title,
          account: d.companyName,
          stage: d.stage,
          value: d.value,
          probability: d.effectiveProbability,
          weighted: d.weighted,
          expectedClose: d.expectedClose,
          owner: d.ownerName,
          reason: d.reason,
        })),
        [
          'id',
          'title',
          'account',
          'stage',
          'value',
          'probability',
          'weighted',
          'expectedClose',
          'owner',
          'reason',
        ],
      );
    }),
  );
  deals.addCommand(
    withDataDir(
      new Command('import')
        .description(
          'Import deals from a CSV file (columns in docs/pipeline.md); resumable with --resume <jobId>',
        )
        .argument('<file>', 'the CSV file (comma, semicolon or tab separated; header line)')
        .option('--workspace <idOrSlug>', 'the workspace (needed when there are several)')
        .option('--resume <jobId>', 'continue this import job after its last committed line')
        .option('--batch-size <rows>', 'rows per transaction', '1000'),
    ).action(async (file: string, opts: StreamingImportOptions) => {
      await runStreamingImport(io, file, opts, 'deals', (ctx, source, options) =>
        importDeals(ctx, source, options),
      );
    }),
  );
  deals.addCommand(
    withDataDir(
      new Command('export')
        .description('Write all deals as CSV (the import columns)')
        .option('--workspace <idOrSlug>', 'the workspace (needed when there are several)')
        .option('--out <file>', 'write to this file instead of standard output'),
    ).action(async (opts: WorkspaceOptions & { out?: string }) => {
      const csv = await inWorkspace(opts, (ctx) => exportDealsCsv(ctx));
      if (opts.out) await writeFile(opts.out, csv);
      else io.out(csv);
    }),
  );
  return deals;
}

/**
 * `touchpoint pipeline report`: stage conversion and velocity, won and lost reasons and the weighted
 * forecast, as `GET /pipeline/report` answers them.
 * @example touchpoint pipeline report --format json
 */
export function pipelineCommand(io: CliIo): Command {
  const pipeline = new Command('pipeline').description('The sales pipeline');
  pipeline.addCommand(
    workspaceCommand(
      new Command('report').description('Conversion, velocity, reasons and weighted forecast'),
    ).action(async (opts: WorkspaceOptions) => {
      const format = formatOf(opts);
      const report = await inWorkspace(opts, (ctx) => getPipelineReport(ctx, {}));
      if (format === 'json') io.out(`${JSON.stringify(report, null, 2)}\n`);
      else printReport(io, report);
    }),
  );
  return pipeline;
}

function printReport(io: CliIo, r: PipelineReport): void {
  const t = r.totals;
  io.out(
    `${t.openDeals} open deals worth ${t.openValue} EUR (weighted ${t.weighted} EUR); ` +
      `won ${t.wonDeals} (${t.wonValue} EUR), lost ${t.lostDeals}, win rate ${t.winRate === null ? '-' : `${Math.round(t.winRate * 100)} %`}\n\n`,
  );
  printRows(
    io.out,
    'table',
    r.stages.map((s) => ({
      ...s,
      conversion: s.conversion === null ? null : `${Math.round(s.conversion * 100)} %`,
    })),
    ['name', 'entered', 'forward', 'conversion', 'medianDays'],
  );
  io.out('\n');
  printRows(io.out, 'table', r.forecast, ['month', 'openDeals', 'openValue', 'weighted', 'won']);
  for (const kind of ['won', 'lost'] as const) {
    io.out(`\n${kind} reasons\n`);
    printRows(io.out, 'table', r.reasons[kind], ['reason', 'deals', 'value']);
  }
}
