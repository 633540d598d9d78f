import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  measureInputSchema,
  measureListQuery,
  measurePatchSchema,
  measureSchema,
} from '../../contract/measures';
import {
  createMeasure,
  deleteMeasure,
  getMeasure,
  listMeasures,
  updateMeasure,
} from '../../services/measures';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

export async function measureRoutes(app: App) {
  const tags = ['measures'];
  app.get(
    '/measures',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: measureListQuery,
        response: { 200: z.array(measureSchema) },
      },
    },
    async (req) => listMeasures(ctxOf(req), req.query),
  );
  app.get(
    '/measures/:id',
    { schema: { tags, params: idParams, response: { 200: measureSchema } } },
    async (req, reply) => sendResult(reply, await getMeasure(ctxOf(req), req.params.id)),
  );
  app.post(
    '/measures',
    { schema: { tags, params: workspaceParams, body: measureInputSchema, response: { 201: measureSchema } } },
    async (req, reply) => sendResult(reply, await createMeasure(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/measures/:id',
    { schema: { tags, params: idParams, body: measurePatchSchema, response: { 200: measureSchema } } },
    async (req, reply) => sendResult(reply, await updateMeasure(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/measures/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteMeasure(ctxOf(req), req.params.id)),
  );
}
