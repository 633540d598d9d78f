import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  bestTimesQuery,
  bestTimesSchema,
  editorialChannelInputSchema,
  editorialChannelPatchSchema,
  editorialChannelSchema,
  editorialCsvQuery,
  editorialFeedQuery,
  editorialFeedSchema,
  editorialItemInputSchema,
  editorialItemPatchSchema,
  editorialItemSchema,
  editorialRangeQuery,
  frequencyStatusSchema,
} from '../../contract/editorialPlan';
import {
  createEditorialChannel,
  deleteEditorialChannel,
  listEditorialChannels,
  updateEditorialChannel,
} from '../../services/editorialPlan/editorialChannels';
import {
  createEditorialFeed,
  FEED_PATH,
  getEditorialFeed,
  renderEditorialFeed,
  revokeEditorialFeed,
} from '../../services/editorialPlan/editorialFeed';
import {
  createEditorialItem,
  deleteEditorialItem,
  getEditorialItem,
  listEditorialItems,
  updateEditorialItem,
} from '../../services/editorialPlan/editorialItems';
import { exportEditorialCsv } from '../../services/editorialPlan/exportEditorialCsv';
import { getBestTimes } from '../../services/editorialPlan/getBestTimes';
import { getFrequencyStatus } from '../../services/editorialPlan/getFrequencyStatus';
import { sendError, sendResult } from '../errors';
import { csvAnswer } from '../fileAnswers';
import { ctxOf, publicUrlOf, type App, type AppDeps } from '../types';

const tags = ['editorial-plan'];

/** The editorial plan (Redaktionsplan): channels, items, frequency check, best times, CSV, feed address. */
export async function editorialPlanRoutes(app: App, { config }: AppDeps) {
  app.get(
    '/editorial-plan/channels',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(editorialChannelSchema) } } },
    async (req) => listEditorialChannels(ctxOf(req)),
  );
  app.post(
    '/editorial-plan/channels',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: editorialChannelInputSchema,
        response: { 201: editorialChannelSchema },
      },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await createEditorialChannel(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/editorial-plan/channels/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: editorialChannelPatchSchema,
        response: { 200: editorialChannelSchema },
      },
      config: { errors: ['conflict'] },
    },
    async (req, reply) =>
      sendResult(reply, await updateEditorialChannel(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/editorial-plan/channels/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteEditorialChannel(ctxOf(req), req.params.id)),
  );

  app.get(
    '/editorial-plan/items',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: editorialRangeQuery,
        response: { 200: z.array(editorialItemSchema) },
      },
    },
    async (req, reply) => sendResult(reply, await listEditorialItems(ctxOf(req), req.query)),
  );
  app.get(
    '/editorial-plan/items/:id',
    { schema: { tags, params: idParams, response: { 200: editorialItemSchema } } },
    async (req, reply) => sendResult(reply, await getEditorialItem(ctxOf(req), req.params.id)),
  );
  app.post(
    '/editorial-plan/items',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: editorialItemInputSchema,
        response: { 201: editorialItemSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createEditorialItem(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/editorial-plan/items/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: editorialItemPatchSchema,
        response: { 200: editorialItemSchema },
      },
    },
    async (req, reply) => sendResult(reply, await updateEditorialItem(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/editorial-plan/items/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteEditorialItem(ctxOf(req), req.params.id)),
  );

  app.get(
    '/editorial-plan/frequency',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(frequencyStatusSchema) } } },
    async (req) => getFrequencyStatus(ctxOf(req)),
  );
  app.get(
    '/editorial-plan/best-times',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: bestTimesQuery,
        response: { 200: bestTimesSchema },
      },
    },
    async (req, reply) => sendResult(reply, await getBestTimes(ctxOf(req), req.query)),
  );
  app.get(
    '/editorial-plan.csv',
    {
      schema: { tags, params: workspaceParams, querystring: editorialCsvQuery, response: { 200: csvAnswer } },
    },
    async (req, reply) => {
      const result = await exportEditorialCsv(ctxOf(req), req.query, req.query.lang);
      if (!result.ok) return sendError(reply, result.error);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="editorial-plan.csv"')
        .send(result.value);
    },
  );

  app.get(
    '/editorial-plan/feed',
    { schema: { tags, params: workspaceParams, response: { 200: editorialFeedSchema } } },
    async (req) => getEditorialFeed(ctxOf(req), publicUrlOf(config, req)),
  );
  app.post(
    '/editorial-plan/feed',
    { schema: { tags, params: workspaceParams, response: { 201: editorialFeedSchema } } },
    async (req, reply) =>
      reply.code(201).send(await createEditorialFeed(ctxOf(req), publicUrlOf(config, req))),
  );
  app.delete(
    '/editorial-plan/feed',
    { schema: { tags, params: workspaceParams, response: { 200: editorialFeedSchema } } },
    async (req) => revokeEditorialFeed(ctxOf(req)),
  );
}

/** A calendar subscribes to the plan without a session: the secret token in the address is the credential. */
export async function editorialFeedRoutes(app: App, { db }: AppDeps) {
  app.get(
    FEED_PATH,
    {
      schema: {
        tags: ['public'],
        querystring: editorialFeedQuery,
        response: { 200: { content: { 'text/calendar': { schema: z.string() } } } },
      },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' }, errors: ['not_found'] },
    },
    async (req, reply) => {
      const result = await renderEditorialFeed(db, req.query.token, req.host);
      if (!result.ok) return sendError(reply, result.error);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="editorial-plan.ics"')
        .send(result.value);
    },
  );
}
