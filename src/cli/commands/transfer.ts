import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { DomainError } from '../../core/result';
import { findUserByEmail } from '../../services/accounts';
import { exportActionPlanCsv, importActionPlanCsv } from '../../services/actionPlanCsv';
import { exportInventoryCsv, importInventoryCsv } from '../../services/inventoryCsv';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../services/workspaceTransfer';
import { CliError, type CliIo } from '../io';
import { resolveWorkspace, withDataDir, withDatabase } from './database';
import { importNewsletterFile, type NewsletterImportCliOptions } from './newsletterImport';

type Target = 'workspace' | 'touchpoints' | 'measures';
const TARGETS: Target[] = ['workspace', 'touchpoints', 'measures'];

function target(text: string): Target {
  if (!(TARGETS as string[]).includes(text))
    throw new CliError(`what to export or import must be one of ${TARGETS.join(', ')}, not "${text}"`);
  return text as Target;
}

/** Prints every bad row, then fails with one line. */
function failImport(io: CliIo, file: string, error: DomainError): never {
  const rows = (error.details?.rows ?? error.details?.problems ?? []) as {
    line?: number;
    path?: string;
    column?: string;
    message: string;
  }[];
  for (const r of rows)
    io.err(
      `${file}${r.line ? `:${r.line}` : ''}${r.column ? ` ${r.column}` : ''}${r.path ? ` ${r.path}` : ''}: ${r.message}\n`,
    );
  throw new CliError(`${error.message}${rows.length ? '' : ''}`);
}

export function exportCommand(io: CliIo): Command {
  return withDataDir(
    new Command('export')
      .description('Export a workspace (JSON), its touchpoint inventory (CSV) or its action plan (CSV)')
      .argument('<what>', `one of ${TARGETS.join(', ')}`)
      .option('--workspace <id-or-address>', 'the workspace (optional when there is only one)')
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (what: string, opts: { workspace?: string; out?: string; dataDir?: string }) => {
    const t = target(what);
    const text = await withDatabase(opts, async (db) => {
      const ctx = await resolveWorkspace(db, opts.workspace);
      if (t === 'workspace') return `${JSON.stringify(await exportWorkspaceDocument(ctx), null, 2)}\n`;
      return t === 'touchpoints' ? exportInventoryCsv(ctx) : exportActionPlanCsv(ctx);
    });
    if (opts.out) {
      await writeFile(opts.out, text);
      io.err(`Wrote ${opts.out}\n`);
    } else io.out(text);
  });
}

export function importCommand(io: CliIo): Command {
  return withDataDir(
    new Command('import')
      .description(
        "Import a workspace document (creates a new workspace), a touchpoint inventory / action plan CSV, or a newsletter tool's campaign export",
      )
      .argument('<what>', `one of ${TARGETS.join(', ')}, newsletter`)
      .argument('<file>', 'the file to read')
      .option('--workspace <id-or-address>', 'target workspace of a CSV import')
      .option('--owner <email>', 'owner of a workspace created from a document')
      .option('--tool <tool>', 'newsletter: auto, mailchimp, brevo, cleverreach or plain', 'auto')
      .option('--subject <text>', "newsletter: the mailing's subject line (needed for a new mailing)")
      .option('--name <text>', "newsletter: the mailing's name (default: the subject)")
      .option(
        '--sent-at <time>',
        'newsletter: when it was sent, ISO 8601 (default: the earliest time in the file)',
      )
      .option('--campaign <id>', "newsletter: the tool's campaign id or name (finds the mailing again)")
      .option(
        '--time-zone <zone>',
        'newsletter: zone of times written without one (default UTC; CleverReach Europe/Berlin)',
      )
      .option('--resume <jobId>', 'newsletter: continue this import job after its last committed line')
      .option('--batch-size <rows>', 'newsletter: rows per transaction', '1000'),
  ).action(
    async (
      what: string,
      file: string,
      opts: { workspace?: string; owner?: string; dataDir?: string } & NewsletterImportCliOptions,
    ) => {
      if (what === 'newsletter') return importNewsletterFile(io, file, opts);
      const t = target(what);
      // Bytes, not text: a CSV import tells the file's encoding from them (UTF-8, UTF-16, Windows-1252).
      const bytes = await readFile(file).catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      await withDatabase(opts, async (db) => {
        if (t === 'workspace') {
          let json: unknown;
          try {
            json = JSON.parse(bytes.toString('utf8'));
          } catch (error) {
            // V8 quotes the bad part of the input, newlines and all; the reason stays on one line.
            const reason = (error as Error).message.replace(/\s+/g, ' ');
            throw new CliError(`${file} is not valid JSON: ${reason}`);
          }
          const owner = opts.owner ? await findUserByEmail(db, opts.owner) : undefined;
          if (opts.owner && !owner) throw new CliError(`no user with e-mail ${opts.owner}`);
          const result = await importWorkspaceDocument(db, json, owner ? { ownerUserId: owner.id } : {});
          if (!result.ok) failImport(io, file, result.error);
          io.out(`Created workspace ${result.value.workspaceId}: ${JSON.stringify(result.value.counts)}\n`);
          return;
        }
        const ctx = await resolveWorkspace(db, opts.workspace);
        const result =
          t === 'touchpoints' ? await importInventoryCsv(ctx, bytes) : await importActionPlanCsv(ctx, bytes);
        if (!result.ok) failImport(io, file, result.error);
        io.out(`Imported ${t}: ${result.value.created} created, ${result.value.updated} updated\n`);
      });
    },
  );
}
