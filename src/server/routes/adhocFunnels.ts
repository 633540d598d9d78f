import { z } from 'zod';
import {
  adhocFunnelProfilesBody,
  adhocFunnelResultSchema,
  adhocFunnelRunSchema,
  savedFunnelInputSchema,
  savedFunnelPatchSchema,
  savedFunnelProfilesQuery,
  savedFunnelResultQuery,
  savedFunnelSchema,
} from '../../contract/adhocFunnels';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import { profilePageSchema } from '../../contract/profiles';
import { runAdhocFunnel } from '../../services/analytics/adhocFunnel';
import { listAdhocFunnelProfiles } from '../../services/analytics/adhocFunnelProfiles';
import {
  createSavedFunnel,
  deleteSavedFunnel,
  getSavedFunnel,
  getSavedFunnelResult,
  listSavedFunnelProfiles,
  listSavedFunnels,
  updateSavedFunnel,
} from '../../services/analytics/adhocFunnelStore';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Ad-hoc funnels (issue 13): run a definition, save and share it, and list the people behind a step. */
export async function adhocFunnelRoutes(app: App) {
  const tags = ['analytics'];
  // Running a funnel reads only: viewers may, although the definition travels in a POST body.
  const readOnly = { minRole: 'viewer' as const };
  app.post(
    '/analytics/funnels/run',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: adhocFunnelRunSchema,
        response: { 200: adhocFunnelResultSchema },
      },
      config: readOnly,
    },
    async (req, reply) => sendResult(reply, await runAdhocFunnel(ctxOf(req), req.body)),
  );
  app.post(
    '/analytics/funnels/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: adhocFunnelProfilesBody,
        response: { 200: profilePageSchema },
      },
      config: readOnly,
    },
    async (req, reply) => {
      const { step, dropped, limit, cursor, ...run } = req.body;
      return sendResult(
        reply,
        await listAdhocFunnelProfiles(ctxOf(req), run, { step, dropped, limit, cursor }),
      );
    },
  );
  app.get(
    '/analytics/funnels',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(savedFunnelSchema) } } },
    async (req) => listSavedFunnels(ctxOf(req)),
  );
  app.post(
    '/analytics/funnels',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: savedFunnelInputSchema,
        response: { 201: savedFunnelSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createSavedFunnel(ctxOf(req), req.body), 201),
  );
  app.get(
    '/analytics/funnels/:id',
    { schema: { tags, params: idParams, response: { 200: savedFunnelSchema } } },
    async (req, reply) => sendResult(reply, await getSavedFunnel(ctxOf(req), req.params.id)),
  );
  app.patch(
    '/analytics/funnels/:id',
    {
      schema: { tags, params: idParams, body: savedFunnelPatchSchema, response: { 200: savedFunnelSchema } },
    },
    async (req, reply) => sendResult(reply, await updateSavedFunnel(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/analytics/funnels/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteSavedFunnel(ctxOf(req), req.params.id)),
  );
  app.get(
    '/analytics/funnels/:id/result',
    {
      schema: {
        tags,
        params: idParams,
        querystring: savedFunnelResultQuery,
        response: { 200: adhocFunnelResultSchema },
      },
    },
    async (req, reply) => sendResult(reply, await getSavedFunnelResult(ctxOf(req), req.params.id, req.query)),
  );
  app.get(
    '/analytics/funnels/:id/profiles',
    {
      schema: {
        tags,
        params: idParams,
        querystring: savedFunnelProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await listSavedFunnelProfiles(ctxOf(req), req.params.id, req.query)),
  );
}
