import { z } from 'zod';
import { idSchema } from './common';

/** What a history import brings in; docs/imports-and-kpis.md lists the columns of each. */
export const importKinds = ['contacts', 'companies', 'events'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKindSchema>;
/** What an import job brings in: a history kind, or a newsletter tool's activity (docs/email.md). */
export const importJobKindSchema = z.enum([...importKinds, 'newsletter', 'deals']);
export type ImportJobKind = z.infer<typeof importJobKindSchema>;

/** Bad rows kept with the job; the count goes on, the list stops here. */
export const MAX_STORED_BAD_ROWS = 1000;
/** Largest CSV the API takes in one request; the CLI has no limit. */
export const MAX_IMPORT_BODY_BYTES = 200 * 1024 * 1024;

export const badRowSchema = z.object({
  /** Line in the file, counting the header as line 1. */
  line: z.number().int(),
  reason: z.string(),
});
export type BadRow = z.infer<typeof badRowSchema>;

export const importJobSchema = z.object({
  id: idSchema,
  kind: importJobKindSchema,
  fileName: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  /** The last line whose outcome is committed; a resumed import skips up to here. */
  linesRead: z.number().int(),
  rowsImported: z.number().int(),
  /** Event rows whose `event_id` was stored before (e.g. the file imported again): skipped. */
  duplicates: z.number().int(),
  badRows: z.number().int(),
  /** The first `MAX_STORED_BAD_ROWS` bad rows, plus the reason a failed job stopped (line 0). */
  errors: z.array(badRowSchema),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Bytes read so far, while this server process runs the import (for a progress bar). */
  progress: z.object({ bytesRead: z.number().int(), totalBytes: z.number().int().nullable() }).nullable(),
  /** A newsletter import's mailing, once its first rows are written. */
  mailingId: idSchema.nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importParams = z.object({ workspaceId: idSchema, kind: importKindSchema });
export const importJobParams = z.object({ workspaceId: idSchema, jobId: idSchema });
/** Announces an upload: the job exists (with its id to poll) before the first byte arrives. */
export const newImportJobSchema = z.strictObject({ fileName: z.string().trim().min(1).max(200) });

export const importQuery = z.object({
  /** Continue this job with the same file: lines it has read already are skipped. */
  resume: idSchema.optional(),
  fileName: z.string().trim().min(1).max(200).optional(),
});

/** What a CSV import of the inventory or the action plan answers. */
export const csvImportResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });
export type CsvImportResult = z.infer<typeof csvImportResultSchema>;
