import { z } from 'zod';
import { requiredName, workspaceParams } from '../../contract/common';
import { exportActionPlanCsv, importActionPlanCsv } from '../../services/actionPlanCsv';
import { exportInventoryCsv, importInventoryCsv } from '../../services/inventoryCsv';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../services/workspaceTransfer';
import { requireUser } from '../auth';
import { sendResult } from '../errors';
import { ctxOf, type App, type AppDeps } from '../types';

/** Imports may be larger than ordinary requests. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const csvBody = z.string().max(IMPORT_BODY_LIMIT);
const stamp = () => new Date().toISOString().slice(0, 10);

/** Workspace export and the CSV round trips of the inventory and the action plan. */
export async function transferRoutes(app: App) {
  const tags = ['import & export'];
  app.get('/export', { schema: { tags, params: workspaceParams } }, async (req, reply) => {
    reply.header('content-disposition', `attachment; filename="touchpoint-workspace-${stamp()}.json"`);
    return exportWorkspaceDocument(ctxOf(req));
  });
  app.get('/touchpoints.csv', { schema: { tags, params: workspaceParams } }, async (req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="touchpoints-${stamp()}.csv"`)
      .send(await exportInventoryCsv(ctxOf(req))),
  );
  app.post(
    '/touchpoints/import',
    { schema: { tags, params: workspaceParams, body: csvBody }, bodyLimit: IMPORT_BODY_LIMIT },
    async (req, reply) => sendResult(reply, await importInventoryCsv(ctxOf(req), req.body)),
  );
  app.get('/measures.csv', { schema: { tags, params: workspaceParams } }, async (req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="action-plan-${stamp()}.csv"`)
      .send(await exportActionPlanCsv(ctxOf(req))),
  );
  app.post(
    '/measures/import',
    { schema: { tags, params: workspaceParams, body: csvBody }, bodyLimit: IMPORT_BODY_LIMIT },
    async (req, reply) => sendResult(reply, await importActionPlanCsv(ctxOf(req), req.body)),
  );
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
      },
      bodyLimit: IMPORT_BODY_LIMIT,
      onRequest: requireUser(db),
    },
    async (req, reply) => {
      const user = req.user as NonNullable<typeof req.user>;
      const options = { ownerUserId: user.id, ...(req.query.name && { name: req.query.name }) };
      return sendResult(reply, await importWorkspaceDocument(db, req.body, options), 201);
    },
  );
}
