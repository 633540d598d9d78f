import { Command } from 'commander';
import { importKinds, type ImportKind } from '../../contract/imports';
import { importHistory } from '../../services/imports/importHistory';
import { CliError, type CliIo } from '../io';
import { withDataDir } from './database';
import { runStreamingImport, type StreamingImportOptions } from './streamingImport';

/**
 * `touchpoint history import <kind> <file.csv>`: streams a CSV history into the workspace with a
 * progress bar on stderr. Bad rows are skipped and listed in `<file>.bad-rows.csv`; an unusable file
 * exits non-zero with the reason. `--resume <jobId>` continues an interrupted import of the same file.
 */
export function historyCommand(io: CliIo): Command {
  const history = new Command('history').description(
    'Import interaction history from CSV (contacts, companies, events)',
  );
  history.addCommand(
    withDataDir(
      new Command('import')
        .description('Import a CSV file in constant memory; resumable with --resume <jobId>')
        .argument('<kind>', `what the file holds: ${importKinds.join(', ')}`)
        .argument(
          '<file>',
          'the CSV file (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252; header line)',
        )
        .option('--workspace <idOrSlug>', 'the workspace (needed when there are several)')
        .option('--resume <jobId>', 'continue this import job after its last committed line')
        .option('--batch-size <rows>', 'rows per transaction', '1000'),
    ).action(async (kindText: string, file: string, opts: StreamingImportOptions) => {
      if (!(importKinds as readonly string[]).includes(kindText))
        throw new CliError(`<kind> must be one of ${importKinds.join(', ')}, not "${kindText}"`);
      const kind = kindText as ImportKind;
      await runStreamingImport(io, file, opts, kind, (ctx, source, options) =>
        importHistory(ctx, kind, source, options),
      );
    }),
  );
  return history;
}
