import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { segmentProfilesQuery, type Segment } from '../../contract/segments';
import { safeCell } from '../../core/csv/safeCell';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../../services/context';
import { countSegment, listSegmentProfiles } from '../../services/segments/segmentMembers';
import { getSegment, listSegments } from '../../services/segments/segments';
import type { CliIo } from '../io';
import { parseFormat } from './options';
import {
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

type Format = 'table' | 'json' | 'csv';
const formatOf = (opts: WorkspaceOptions): Format =>
  parseFormat(opts.format ?? 'table', ['table', 'json', 'csv'] as const);

function print(io: CliIo, format: Format, rows: Record<string, unknown>[], columns: string[]): void {
  if (format !== 'csv') return printRows(io.out, format, rows, columns);
  const cell = (v: unknown) => (typeof v === 'string' ? safeCell(v) : v);
  io.out(
    stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))], { record_delimiter: '\n' }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A segment by id, or by its name (case-insensitive) when that is unambiguous. */
async function findSegment(ctx: WorkspaceContext, idOrName: string): Promise<Result<Segment>> {
  if (UUID.test(idOrName)) return getSegment(ctx, idOrName);
  const named = (await listSegments(ctx)).filter((s) => s.name.toLowerCase() === idOrName.toLowerCase());
  const [only] = named;
  if (only && named.length === 1) return ok(only);
  return err(
    named.length ? 'conflict' : 'not_found',
    `${named.length ? 'Several segments' : 'No segment'} named "${idOrName}"`,
  );
}

const row = (s: Segment) => ({ id: s.id, name: s.name, members: s.memberCount, definition: s.summary.en });

interface ProfilesOptions extends WorkspaceOptions {
  limit?: string;
  cursor?: string;
}

/**
 * `touchpoint segments list | show | count | profiles`: the saved segments and their members.
 * @example touchpoint segments profiles "Pricing-Interessenten" --limit 100 --format csv
 */
export function segmentsCommand(io: CliIo): Command {
  const segments = new Command('segments').description('Saved segments and their members');
  segments.addCommand(
    workspaceCommand(new Command('list').description('The saved segments with their member counts')).action(
      async (opts: WorkspaceOptions) => {
        const format = formatOf(opts);
        const rows = await inWorkspace(opts, listSegments);
        print(io, format, format === 'json' ? rows : rows.map(row), ['id', 'name', 'members', 'definition']);
      },
    ),
  );
  segments.addCommand(
    workspaceCommand(new Command('show').description('One segment: its definition and member count'))
      .argument('<segment>', 'id or name')
      .action(async (idOrName: string, opts: WorkspaceOptions) => {
        const format = formatOf(opts);
        const segment = await inWorkspace(opts, async (ctx) => unwrap(await findSegment(ctx, idOrName)));
        if (format === 'json') return io.out(`${JSON.stringify(segment, null, 2)}\n`);
        print(
          io,
          format,
          [{ ...row(segment), definitionDe: segment.summary.de }],
          ['id', 'name', 'members', 'definition', 'definitionDe'],
        );
      }),
  );
  segments.addCommand(
    workspaceCommand(new Command('count').description('How many profiles the segment holds now'))
      .argument('<segment>', 'id or name')
      .action(async (idOrName: string, opts: WorkspaceOptions) => {
        const format = formatOf(opts);
        const count = await inWorkspace(opts, async (ctx) => {
          const segment = unwrap(await findSegment(ctx, idOrName));
          return unwrap(await countSegment(ctx, segment.id));
        });
        print(io, format, [count], ['segmentId', 'count']);
      }),
  );
  segments.addCommand(
    workspaceCommand(
      new Command('profiles').description('The members, most recently seen first, a page at a time'),
    )
      .argument('<segment>', 'id or name')
      .option('--limit <n>', 'profiles per page (1-200)', '50')
      .option('--cursor <cursor>', 'the next page: the cursor the previous page printed')
      .action(async (idOrName: string, opts: ProfilesOptions) => {
        const format = formatOf(opts);
        const query = parseWith(segmentProfilesQuery, { limit: opts.limit, cursor: opts.cursor });
        const page = await inWorkspace(opts, async (ctx) => {
          const segment = unwrap(await findSegment(ctx, idOrName));
          return unwrap(await listSegmentProfiles(ctx, segment.id, query));
        });
        if (format === 'json') return io.out(`${JSON.stringify(page, null, 2)}\n`);
        const rows = page.items.map((p) => ({
          id: p.id,
          name: p.name,
          email: p.email,
          company: p.company?.name ?? null,
          phase: p.currentPhaseKey,
          lastSeenAt: p.lastSeenAt,
          eventCount: p.eventCount,
          revenue: p.revenue,
        }));
        print(io, format, rows, [
          'id',
          'name',
          'email',
          'company',
          'phase',
          'lastSeenAt',
          'eventCount',
          'revenue',
        ]);
        if (page.nextCursor && format === 'table') io.out(`next page: --cursor ${page.nextCursor}\n`);
      }),
  );
  return segments;
}
