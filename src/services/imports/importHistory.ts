import type { EventInput } from '../../contract/events';
import type { ImportJob, ImportKind } from '../../contract/imports';
import { assertUnreachable, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import { notify } from '../events/notify';
import { writeCompanies } from './companies';
import { writeContacts } from './contacts';
import { eventOfRow, touchpointLookup, writeEvents } from './events';
import {
  cellsOf,
  headerProblem,
  normaliseHeader,
  parseRow,
  type CompanyRow,
  type ContactRow,
  type EventRow,
} from './rows';
import {
  runCsvImport,
  type BatchOutcome,
  type CsvImportHandler,
  type ImportOptions,
  type ImportSource,
} from './runCsvImport';

export {
  DEFAULT_IMPORT_BATCH,
  type ImportOptions,
  type ImportProgress,
  type ImportSource,
} from './runCsvImport';

type Pending =
  | { kind: 'contacts'; row: ContactRow }
  | { kind: 'companies'; row: CompanyRow }
  | { kind: 'events'; event: EventInput };

/**
 * Imports a CSV history (contacts, companies or events) as a stream, through {@link runCsvImport}
 * (batches, progress, bad rows, resume). The columns of each kind are in docs/imports-and-kpis.md.
 *
 * @example
 * const r = await importHistory(ctx, 'events', { input: createReadStream(file), fileName: 'crm.csv', totalBytes: size });
 * if (r.ok) console.log(r.value.rowsImported, r.value.badRows);
 */
export function importHistory(
  ctx: WorkspaceContext,
  kind: ImportKind,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<Result<ImportJob>> {
  return runCsvImport(ctx, historyHandler(ctx, kind), source, options);
}

function historyHandler(ctx: WorkspaceContext, kind: ImportKind): CsvImportHandler<Pending> {
  let header: string[] = [];
  return {
    kind,
    checkHeader(raw) {
      header = raw.map(normaliseHeader);
      return headerProblem(kind, header);
    },
    async open() {
      const touchpointOf =
        kind === 'events' ? await touchpointLookup(ctx.db, ctx.workspaceId) : () => undefined;
      return ok({
        row(_line, record) {
          const parsed = parseRow(kind, cellsOf(header, record));
          if (!parsed.ok) return { reason: parsed.reason };
          return pendingOf(kind, parsed.row, touchpointOf);
        },
        write: (trx, batch) => writeBatch(trx, ctx.workspaceId, kind, batch),
        committed(outcome) {
          if (kind === 'events' && outcome.written > 0) notify(ctx.workspaceId);
        },
      });
    },
  };
}

function pendingOf(
  kind: ImportKind,
  row: ContactRow | CompanyRow | EventRow,
  touchpointOf: (ref: string) => string | undefined,
): { item: Pending } | { reason: string } {
  switch (kind) {
    case 'contacts':
      return { item: { kind, row: row as ContactRow } };
    case 'companies':
      return { item: { kind, row: row as CompanyRow } };
    case 'events': {
      const e = row as EventRow;
      const touchpointId = e.touchpoint === undefined ? undefined : touchpointOf(e.touchpoint);
      if (e.touchpoint !== undefined && touchpointId === undefined)
        return { reason: `touchpoint: no touchpoint "${e.touchpoint}" in this workspace` };
      return { item: { kind, event: eventOfRow(e, touchpointId) } };
    }
    default:
      return assertUnreachable(kind);
  }
}

async function writeBatch(
  trx: Db,
  workspaceId: string,
  kind: ImportKind,
  batch: readonly { line: number; item: Pending }[],
): Promise<BatchOutcome> {
  switch (kind) {
    case 'contacts':
      return {
        written: await writeContacts(
          trx,
          workspaceId,
          batch.flatMap((p) => (p.item.kind === 'contacts' ? [p.item.row] : [])),
        ),
        duplicates: 0,
        refused: [],
      };
    case 'companies':
      return {
        written: await writeCompanies(
          trx,
          workspaceId,
          batch.flatMap((p) => (p.item.kind === 'companies' ? [p.item.row] : [])),
        ),
        duplicates: 0,
        refused: [],
      };
    case 'events': {
      const r = await writeEvents(
        trx,
        workspaceId,
        batch.flatMap((p) => (p.item.kind === 'events' ? [{ line: p.line, event: p.item.event }] : [])),
      );
      return { written: r.written, duplicates: r.duplicates, refused: r.bad };
    }
    default:
      return assertUnreachable(kind);
  }
}
