import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  touchpointJourneysSchema,
  touchpointLinkInputSchema,
  touchpointLinkListQuery,
  touchpointLinkSchema,
} from '../../contract/touchpointLinks';
import {
  createTouchpointLink,
  deleteTouchpointLink,
  getTouchpointJourneys,
  listTouchpointLinks,
} from '../../services/touchpointLinks';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** "Leads to" links between touchpoints and the journeys they form (seed 001, step 4). */
export async function touchpointLinkRoutes(app: App) {
  const tags = ['touchpoint links'];
  app.get(
    '/touchpoint-links',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: touchpointLinkListQuery,
        response: { 200: z.array(touchpointLinkSchema) },
      },
    },
    async (req) => listTouchpointLinks(ctxOf(req), req.query),
  );
  app.get(
    '/touchpoint-links/journeys',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: touchpointLinkListQuery,
        response: { 200: touchpointJourneysSchema },
      },
    },
    async (req) => getTouchpointJourneys(ctxOf(req), req.query),
  );
  app.post(
    '/touchpoint-links',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: touchpointLinkInputSchema,
        response: { 201: touchpointLinkSchema },
      },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await createTouchpointLink(ctxOf(req), req.body), 201),
  );
  app.delete(
    '/touchpoint-links/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteTouchpointLink(ctxOf(req), req.params.id)),
  );
}
