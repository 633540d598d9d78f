import { z } from 'zod';
import { deletedSchema, idParams, isoDate, workspaceParams } from '../../contract/common';
import { kpiPatchSchema, kpiSchema, kpiValueInputSchema, kpiValueSchema } from '../../contract/kpis';
import { deleteKpi, getKpi, listKpiValues, listKpis, recordKpiValue, updateKpi } from '../../services/kpis';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

export async function kpiRoutes(app: App) {
  const tags = ['kpis'];
  app.get(
    '/kpis',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(kpiSchema) } } },
    async (req) => listKpis(ctxOf(req)),
  );
  app.get(
    '/kpis/:id',
    { schema: { tags, params: idParams, response: { 200: kpiSchema } } },
    async (req, reply) => sendResult(reply, await getKpi(ctxOf(req), req.params.id)),
  );
  app.patch(
    '/kpis/:id',
    {
      schema: { tags, params: idParams, body: kpiPatchSchema, response: { 200: kpiSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await updateKpi(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/kpis/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteKpi(ctxOf(req), req.params.id)),
  );
  app.get(
    '/kpis/:id/values',
    {
      schema: {
        tags,
        params: idParams,
        querystring: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
        response: { 200: z.array(kpiValueSchema) },
      },
    },
    async (req, reply) => sendResult(reply, await listKpiValues(ctxOf(req), req.params.id, req.query)),
  );
  app.post(
    '/kpis/:id/values',
    { schema: { tags, params: idParams, body: kpiValueInputSchema, response: { 201: kpiValueSchema } } },
    async (req, reply) => sendResult(reply, await recordKpiValue(ctxOf(req), req.params.id, req.body), 201),
  );
}
