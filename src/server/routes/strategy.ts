import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  goalInputSchema,
  goalListQuery,
  goalPatchSchema,
  goalSchema,
  swotEntryInputSchema,
  swotEntryPatchSchema,
  swotEntrySchema,
  swotListQuery,
  swotMeasureSchema,
  swotReorderSchema,
} from '../../contract/strategy';
import { createGoal, deleteGoal, getGoal, listGoals, updateGoal } from '../../services/strategy/goals';
import {
  createSwotEntry,
  deleteSwotEntry,
  listSwotEntries,
  reorderSwotEntries,
  updateSwotEntry,
} from '../../services/strategy/swotEntries';
import { swotEntryToMeasure } from '../../services/strategy/swotMeasure';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** The strategy of seed 000 section 5: the SWOT analysis and macro and micro goals. */
export async function strategyRoutes(app: App) {
  const swot = ['strategy'];
  app.get(
    '/swot',
    {
      schema: {
        tags: swot,
        params: workspaceParams,
        querystring: swotListQuery,
        response: { 200: z.array(swotEntrySchema) },
      },
    },
    async (req) => listSwotEntries(ctxOf(req), req.query),
  );
  app.post(
    '/swot',
    {
      schema: {
        tags: swot,
        params: workspaceParams,
        body: swotEntryInputSchema,
        response: { 201: swotEntrySchema },
      },
    },
    async (req, reply) => sendResult(reply, await createSwotEntry(ctxOf(req), req.body), 201),
  );
  app.post(
    '/swot/reorder',
    {
      schema: {
        tags: swot,
        params: workspaceParams,
        body: swotReorderSchema,
        response: { 200: z.array(swotEntrySchema) },
      },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await reorderSwotEntries(ctxOf(req), req.body)),
  );
  app.patch(
    '/swot/:id',
    {
      schema: {
        tags: swot,
        params: idParams,
        body: swotEntryPatchSchema,
        response: { 200: swotEntrySchema },
      },
    },
    async (req, reply) => sendResult(reply, await updateSwotEntry(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/swot/:id',
    { schema: { tags: swot, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteSwotEntry(ctxOf(req), req.params.id)),
  );
  app.post(
    '/swot/:id/measure',
    {
      schema: { tags: swot, params: idParams, response: { 201: swotMeasureSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await swotEntryToMeasure(ctxOf(req), req.params.id), 201),
  );

  app.get(
    '/goals',
    {
      schema: {
        tags: swot,
        params: workspaceParams,
        querystring: goalListQuery,
        response: { 200: z.array(goalSchema) },
      },
    },
    async (req) => listGoals(ctxOf(req), req.query),
  );
  app.get(
    '/goals/:id',
    { schema: { tags: swot, params: idParams, response: { 200: goalSchema } } },
    async (req, reply) => sendResult(reply, await getGoal(ctxOf(req), req.params.id)),
  );
  app.post(
    '/goals',
    { schema: { tags: swot, params: workspaceParams, body: goalInputSchema, response: { 201: goalSchema } } },
    async (req, reply) => sendResult(reply, await createGoal(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/goals/:id',
    {
      schema: { tags: swot, params: idParams, body: goalPatchSchema, response: { 200: goalSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await updateGoal(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/goals/:id',
    { schema: { tags: swot, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteGoal(ctxOf(req), req.params.id)),
  );
}
