import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requiredName, workspaceParams } from '../../contract/common';
import { csvImportResultSchema } from '../../contract/imports';
import { workspaceDocumentSchema, workspaceImportResultSchema } from '../../contract/workspaceDocument';
import { csvAnswer, sendCsvFile } from '../fileAnswers';
import { exportActionPlanCsv, importActionPlanCsv } from '../../services/actionPlanCsv';
import { exportInventoryCsv, importInventoryCsv } from '../../services/inventoryCsv';
import { err } from '../../core/result';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../services/workspaceTransfer';
import { requireUser } from '../auth';
import { sendResult } from '../errors';
import { ctxOf, type App, type AppDeps } from '../types';

/** Imports may be larger than ordinary requests. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const csvImportDescription =
  'The CSV file as the raw body (text/csv or application/octet-stream), in UTF-8, UTF-16 or ' +
  'Windows-1252 (told from its bytes), comma, semicolon or tab separated; see docs/imports-and-kpis.md';
/** The answer to a CSV import whose body is not a file (a JSON body, say). */
const notCsvBody = err(
  'validation_failed',
  'Send the CSV file itself as the body, with Content-Type text/csv',
  {
    field: 'body',
  },
);
const stamp = () => new Date().toISOString().slice(0, 10);

/** Workspace export and the CSV round trips of the inventory and the action plan. */
export async function transferRoutes(app: App) {
  const tags = ['import & export'];
  app.get(
    '/export',
    {
      schema: { tags, params: workspaceParams, response: { 200: workspaceDocumentSchema } },
      // The document schema is the import's check, with its limits; a workspace holding something it
      // refuses (a run stored by an older version, say) is still exported as it is, never a 500.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req, reply) => {
      reply.header('content-disposition', `attachment; filename="touchpoint-workspace-${stamp()}.json"`);
      return exportWorkspaceDocument(ctxOf(req));
    },
  );
  // The inventory and the action plan as spreadsheet files, named with the day of the export.
  for (const [url, file, exportCsv] of [
    ['/touchpoints.csv', 'touchpoints', exportInventoryCsv],
    ['/measures.csv', 'action-plan', exportActionPlanCsv],
  ] as const)
    app.get(
      url,
      { schema: { tags, params: workspaceParams, response: { 200: csvAnswer } } },
      async (req, reply) => sendCsvFile(reply, `${file}-${stamp()}.csv`, await exportCsv(ctxOf(req))),
    );
  // The imports read the body as bytes, so that the file's encoding can be told from them: a text
  // parser would decode it as UTF-8 and turn Latin-1 umlauts into U+FFFD before the import sees them.
  await app.register(async (plugin) => {
    const raw = plugin.withTypeProvider<ZodTypeProvider>();
    raw.removeContentTypeParser(['text/csv', 'text/plain']);
    raw.addContentTypeParser(
      ['text/csv', 'text/plain', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    const schema = {
      tags,
      params: workspaceParams,
      description: csvImportDescription,
      response: { 200: csvImportResultSchema },
    };
    // The importers read the bytes and report bad rows with their lines.
    const ownBody = { ownBody: true };
    raw.post(
      '/touchpoints/import',
      { schema, bodyLimit: IMPORT_BODY_LIMIT, config: ownBody },
      async (req, reply) =>
        sendResult(
          reply,
          Buffer.isBuffer(req.body) ? await importInventoryCsv(ctxOf(req), req.body) : notCsvBody,
        ),
    );
    raw.post(
      '/measures/import',
      { schema, bodyLimit: IMPORT_BODY_LIMIT, config: ownBody },
      async (req, reply) =>
        sendResult(
          reply,
          Buffer.isBuffer(req.body) ? await importActionPlanCsv(ctxOf(req), req.body) : notCsvBody,
        ),
    );
  });
}

/** Creates a new workspace from an exported document; the caller becomes its owner. */
export async function workspaceImportRoutes(app: App, { db }: AppDeps) {
  app.post(
    '/workspaces/import',
    {
      schema: {
        tags: ['import & export'],
        body: z.unknown(),
        // The web app's new-workspace dialog lets the user name the copy.
        querystring: z.object({ name: requiredName.optional() }),
        response: { 201: workspaceImportResultSchema },
      },
      bodyLimit: IMPORT_BODY_LIMIT,
      // The document lists its problems with their paths (validateWorkspaceDocument), NUL included.
      config: { ownBody: true },
      onRequest: requireUser(db),
    },
    async (req, reply) => {
      const user = req.user as NonNullable<typeof req.user>;
      const options = { ownerUserId: user.id, ...(req.query.name && { name: req.query.name }) };
      return sendResult(reply, await importWorkspaceDocument(db, req.body, options), 201);
    },
  );
}
