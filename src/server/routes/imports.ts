import type { IncomingMessage } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { workspaceParams } from '../../contract/common';
import {
  importJobParams,
  importJobSchema,
  importParams,
  newImportJobSchema,
  importQuery,
  MAX_IMPORT_BODY_BYTES,
} from '../../contract/imports';
import {
  createImportJob,
  getImportJob,
  listImportJobs,
  toImportJob,
} from '../../services/imports/importJobs';
import { importHistory } from '../../services/imports/importHistory';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * History imports. `POST /imports/:kind` takes the CSV as the raw body and reads it as a stream (the
 * app's text parser would buffer it), so this route registers its own parsers in a plugin of its own;
 * it answers when the import is done. To follow the progress meanwhile, announce the upload first
 * (`POST /imports/:kind/jobs`), upload with `?resume=<jobId>` and poll `GET /imports/:jobId`.
 */
export async function importRoutes(app: App) {
  const tags = ['imports'];
  app.get(
    '/imports',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(importJobSchema) } } },
    async (req) => listImportJobs(ctxOf(req)),
  );
  app.get(
    '/imports/:jobId',
    { schema: { tags, params: importJobParams, response: { 200: importJobSchema } } },
    async (req, reply) => sendResult(reply, await getImportJob(ctxOf(req), req.params.jobId)),
  );
  app.post(
    '/imports/:kind/jobs',
    { schema: { tags, params: importParams, body: newImportJobSchema, response: { 201: importJobSchema } } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const job = await createImportJob(ctx.db, ctx.workspaceId, req.params.kind, req.body.fileName);
      return reply.code(201).send(toImportJob(job));
    },
  );
  await app.register(async (plugin) => {
    const raw = plugin.withTypeProvider<ZodTypeProvider>();
    raw.removeContentTypeParser(['text/csv', 'text/plain']);
    raw.addContentTypeParser(['text/csv', 'text/plain', 'application/octet-stream'], (_req, payload, done) =>
      done(null, payload),
    );
    raw.post(
      '/imports/:kind',
      {
        bodyLimit: MAX_IMPORT_BODY_BYTES,
        config: { ownBody: true, errors: ['conflict'] },
        schema: {
          tags,
          params: importParams,
          querystring: importQuery,
          description: 'CSV body (text/csv), read as a stream; columns in docs/imports-and-kpis.md',
          response: { 201: importJobSchema },
        },
      },
      async (req, reply) => {
        const body = req.body as IncomingMessage | undefined;
        if (!body || typeof (body as Partial<IncomingMessage>)[Symbol.asyncIterator] !== 'function')
          // Error bodies are sent as they are, outside the route's success schema.
          return (reply as FastifyReply).code(415).send({
            error: { code: 'unsupported_media_type', message: 'Send the CSV as text/csv', details: {} },
          });
        const length = Number(req.headers['content-length']);
        const result = await importHistory(
          ctxOf(req),
          req.params.kind,
          {
            input: body,
            fileName: req.query.fileName ?? `upload.csv`,
            totalBytes: Number.isFinite(length) ? length : null,
          },
          { resumeJobId: req.query.resume, maxBytes: MAX_IMPORT_BODY_BYTES },
        );
        return sendResult(reply, result, 201);
      },
    );
  });
}
