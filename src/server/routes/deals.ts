import type { IncomingMessage } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deletedSchema, workspaceParams } from '../../contract/common';
import {
  dealDetailSchema,
  dealInputSchema,
  dealListQuery,
  dealPageSchema,
  dealParams,
  dealPatchSchema,
  dealSchema,
  dealStageInputSchema,
  pipelineBoardQuery,
  pipelineBoardSchema,
  pipelineReportQuery,
  pipelineReportSchema,
  pipelineStageSchema,
  pipelineStagesInputSchema,
} from '../../contract/deals';
import { importJobSchema, importQuery, MAX_IMPORT_BODY_BYTES } from '../../contract/imports';
import { createDeal, deleteDeal, getDeal, listDeals, updateDeal } from '../../services/deals/dealCrud';
import { exportDealsCsv } from '../../services/deals/exportDeals';
import { getPipelineBoard } from '../../services/deals/getPipelineBoard';
import { getPipelineReport } from '../../services/deals/getPipelineReport';
import { importDeals } from '../../services/deals/importDeals';
import { moveDealStage } from '../../services/deals/moveDealStage';
import { loadPipelineStages, savePipelineStages } from '../../services/deals/pipelineStages';
import { sendResult } from '../errors';
import { csvAnswer } from '../fileAnswers';
import { ctxOf, type App } from '../types';

/** Deals and the pipeline board (issue 14, docs/pipeline.md). Viewers read; editors change deals; owners the stages. */
export async function dealRoutes(app: App) {
  const tags = ['pipeline'];
  app.get(
    '/deals',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: dealListQuery,
        response: { 200: dealPageSchema },
      },
    },
    async (req) => listDeals(ctxOf(req), req.query),
  );
  app.post(
    '/deals',
    {
      schema: { tags, params: workspaceParams, body: dealInputSchema, response: { 201: dealSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await createDeal(ctxOf(req), req.body), 201),
  );
  app.get(
    '/deals.csv',
    { schema: { tags, params: workspaceParams, response: { 200: csvAnswer } } },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="deals.csv"')
        .send(await exportDealsCsv(ctxOf(req))),
  );
  app.get(
    '/deals/:id',
    { schema: { tags, params: dealParams, response: { 200: dealDetailSchema } } },
    async (req, reply) => sendResult(reply, await getDeal(ctxOf(req), req.params.id)),
  );
  app.patch(
    '/deals/:id',
    { schema: { tags, params: dealParams, body: dealPatchSchema, response: { 200: dealSchema } } },
    async (req, reply) => sendResult(reply, await updateDeal(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/deals/:id',
    { schema: { tags, params: dealParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteDeal(ctxOf(req), req.params.id)),
  );
  app.post(
    '/deals/:id/stage',
    { schema: { tags, params: dealParams, body: dealStageInputSchema, response: { 200: dealSchema } } },
    async (req, reply) => sendResult(reply, await moveDealStage(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/pipeline',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: pipelineBoardQuery,
        response: { 200: pipelineBoardSchema },
      },
    },
    async (req) => getPipelineBoard(ctxOf(req), req.query),
  );
  app.get(
    '/pipeline/report',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: pipelineReportQuery,
        response: { 200: pipelineReportSchema },
      },
    },
    async (req) => getPipelineReport(ctxOf(req), req.query),
  );
  app.get(
    '/pipeline/stages',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(pipelineStageSchema) } } },
    async (req) => {
      const ctx = ctxOf(req);
      return [...(await loadPipelineStages(ctx.db, ctx.workspaceId))];
    },
  );
  app.put(
    '/pipeline/stages',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: pipelineStagesInputSchema,
        response: { 200: z.array(pipelineStageSchema) },
      },
      config: { minRole: 'owner', errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await savePipelineStages(ctxOf(req), req.body)),
  );
  // The CSV is read as a stream, as the history imports do, so this route has its own body parsers.
  await app.register(async (plugin) => {
    const raw = plugin.withTypeProvider<ZodTypeProvider>();
    raw.removeContentTypeParser(['text/csv', 'text/plain']);
    raw.addContentTypeParser(['text/csv', 'text/plain', 'application/octet-stream'], (_req, payload, done) =>
      done(null, payload),
    );
    raw.post(
      '/deals/import',
      {
        bodyLimit: MAX_IMPORT_BODY_BYTES,
        config: { ownBody: true, errors: ['conflict'] },
        schema: {
          tags,
          params: workspaceParams,
          querystring: importQuery,
          description: 'CSV body (text/csv), read as a stream; columns in docs/pipeline.md',
          response: { 201: importJobSchema },
        },
      },
      async (req, reply) => {
        const body = req.body as IncomingMessage | undefined;
        if (!body || typeof (body as Partial<IncomingMessage>)[Symbol.asyncIterator] !== 'function')
          return (reply as FastifyReply).code(415).send({
            error: { code: 'unsupported_media_type', message: 'Send the CSV as text/csv', details: {} },
          });
        const length = Number(req.headers['content-length']);
        const result = await importDeals(
          ctxOf(req),
          {
            input: body,
            fileName: req.query.fileName ?? 'deals.csv',
            totalBytes: Number.isFinite(length) ? length : null,
          },
          { resumeJobId: req.query.resume, maxBytes: MAX_IMPORT_BODY_BYTES },
        );
        return sendResult(reply, result, 201);
      },
    );
  });
}
