import { z } from 'zod';
import {
  campaignInputSchema,
  campaignPatchSchema,
  campaignRoiQuery,
  campaignRoiSchema,
  campaignSchema,
} from '../../contract/campaigns';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  updateCampaign,
} from '../../services/attribution/campaigns';
import { getCampaignRoi } from '../../services/attribution/getCampaignRoi';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Campaigns with their cost (seed 003, question 8), and revenue marketing: ROI per campaign. */
export async function campaignRoutes(app: App) {
  const tags = ['campaigns'];
  app.get(
    '/campaigns',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(campaignSchema) } } },
    async (req) => listCampaigns(ctxOf(req)),
  );
  app.get(
    '/campaigns/:id',
    { schema: { tags, params: idParams, response: { 200: campaignSchema } } },
    async (req, reply) => sendResult(reply, await getCampaign(ctxOf(req), req.params.id)),
  );
  app.post(
    '/campaigns',
    {
      schema: { tags, params: workspaceParams, body: campaignInputSchema, response: { 201: campaignSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await createCampaign(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/campaigns/:id',
    {
      schema: { tags, params: idParams, body: campaignPatchSchema, response: { 200: campaignSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await updateCampaign(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/campaigns/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteCampaign(ctxOf(req), req.params.id)),
  );
  app.get(
    '/analytics/campaign-roi',
    {
      schema: {
        tags: ['analytics'],
        params: workspaceParams,
        querystring: campaignRoiQuery,
        response: { 200: campaignRoiSchema },
      },
    },
    async (req, reply) => sendResult(reply, await getCampaignRoi(ctxOf(req), req.query)),
  );
}
