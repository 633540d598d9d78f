import type { IncomingMessage } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { importJobSchema, MAX_IMPORT_BODY_BYTES, newImportJobSchema } from '../../contract/imports';
import { newsletterImportQuery } from '../../contract/newsletterImport';
import { createImportJob, toImportJob } from '../../services/imports/importJobs';
import { importNewsletter } from '../../services/imports/newsletterImport';
import { workspaceParams } from '../../contract/common';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * A newsletter tool's export (docs/email.md, "Mailings sent with another tool"), uploaded as the raw
 * CSV body and read as a stream like the history import; the mailing's fields come in the query.
 * Announce the upload first (`POST /newsletter-imports/jobs`) to poll `GET /imports/:jobId` meanwhile.
 */
export async function newsletterImportRoutes(app: App) {
  const tags = ['imports'];
  app.post(
    '/newsletter-imports/jobs',
    {
      schema: { tags, params: workspaceParams, body: newImportJobSchema, response: { 201: importJobSchema } },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const job = await createImportJob(ctx.db, ctx.workspaceId, 'newsletter', req.body.fileName);
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
      '/newsletter-imports',
      {
        bodyLimit: MAX_IMPORT_BODY_BYTES,
        config: { ownBody: true, errors: ['conflict'] },
        schema: {
          tags,
          params: workspaceParams,
          querystring: newsletterImportQuery,
          description:
            "CSV body (text/csv): one campaign's recipient activity from Mailchimp, Brevo, CleverReach or the plain format (docs/email.md), read as a stream",
          response: { 201: importJobSchema },
        },
      },
      async (req, reply) => {
        const body = req.body as IncomingMessage | undefined;
        if (!body || typeof (body as Partial<IncomingMessage>)[Symbol.asyncIterator] !== 'function')
          return (reply as FastifyReply).code(415).send({
            error: { code: 'unsupported_media_type', message: 'Send the CSV as text/csv', details: {} },
          });
        const { resume, fileName, ...mailing } = req.query;
        const length = Number(req.headers['content-length']);
        const result = await importNewsletter(
          ctxOf(req),
          mailing,
          {
            input: body,
            fileName: fileName ?? 'newsletter.csv',
            totalBytes: Number.isFinite(length) ? length : null,
          },
          { resumeJobId: resume, maxBytes: MAX_IMPORT_BODY_BYTES },
        );
        return sendResult(reply, result, 201);
      },
    );
  });
}
