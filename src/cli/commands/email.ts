import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { readBounce, type BounceReading } from '../../core/email/bounces/readBounce';
import { CliError, type CliIo } from '../io';
import { parseFormat } from './options';

interface ParsedBounce {
  file: string;
  bounce: boolean;
  kind: BounceReading['kind'];
  recipients: {
    address: string;
    kind: 'hard' | 'soft';
    status: string;
    reason: string;
    diagnostic: string;
  }[];
}

function parseFile(file: string): ParsedBounce {
  const reading = readBounce(readFileSync(file));
  return {
    file,
    bounce: reading.bounce,
    kind: reading.kind,
    recipients: reading.recipients.map(({ address, kind, status, reason, diagnostic }) => ({
      address,
      kind,
      status,
      reason,
      diagnostic,
    })),
  };
}

function renderTable(results: readonly ParsedBounce[]): string {
  const rows = results.flatMap((r) =>
    r.recipients.length === 0
      ? [[r.file, r.bounce ? 'bounce' : `no (${r.kind})`, '', '', '', '']]
      : r.recipients.map((x) => [r.file, 'bounce', x.address, x.kind, x.status, x.reason]),
  );
  const all = [['File', 'Bounce', 'Recipient', 'Kind', 'Status', 'Reason'], ...rows];
  const widths = [0, 1, 2, 3, 4, 5].map((c) => Math.max(...all.map((row) => row[c]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((v, c) => v.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}

/**
 * `touchpoint email parse-bounce FILE...`: reads raw messages as the bounce receiver does and shows,
 * per file, whether it is a bounce and each failed recipient's kind, status and reason. Needs no
 * database. One file prints one JSON object, several an array; unreadable files are reported on
 * stderr, one line each, and make the exit code non-zero.
 */
export function emailCommand(io: CliIo): Command {
  const email = new Command('email').description('E-mail tools that need no server or database');
  email
    .command('parse-bounce')
    .description('Read raw bounce messages (.eml) and show failed recipients, hard or soft, and why')
    .argument('<files...>', 'raw messages, as received')
    .option('--format <format>', 'json or table', 'table')
    .action((files: string[], opts: { format: string }) => {
      const format = parseFormat(opts.format, ['json', 'table'] as const);
      const results: ParsedBounce[] = [];
      const unreadable: string[] = [];
      for (const file of files) {
        try {
          results.push(parseFile(file));
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          unreadable.push(`cannot read ${file}: ${reason}`);
        }
      }
      if (format === 'json') {
        const body = files.length === 1 && results[0] !== undefined ? results[0] : results;
        if (files.length > 1 || results.length > 0) io.out(`${JSON.stringify(body, null, 2)}\n`);
      } else if (results.length > 0) io.out(renderTable(results));
      const last = unreadable.pop();
      for (const message of unreadable) io.err(`touchpoint: ${message}\n`);
      if (last !== undefined) throw new CliError(last);
    });
  return email;
}
