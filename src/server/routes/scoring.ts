import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  companyScoreSchema,
  leadListQuery,
  leadPageSchema,
  predictiveStatusSchema,
  profileScoreSchema,
  scoreFiguresSchema,
  scorePreviewBodySchema,
  scoringRuleInputSchema,
  scoringRuleSchema,
} from '../../contract/scoring';
import { getCompanyScore } from '../../services/scoring/getCompanyScore';
import { getProfileScore, previewScore } from '../../services/scoring/getProfileScore';
import { listLeads } from '../../services/scoring/listLeads';
import { getPredictiveStatus, trainPredictiveModel } from '../../services/scoring/predictiveModel';
import {
  createScoringRule,
  deleteScoringRule,
  listScoringRules,
  replaceScoringRule,
} from '../../services/scoring/scoringRules';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * Lead scoring: rules (owners change them), a profile's explained score, the leads list, an account's
 * roll-up and the predictive model. Everyone in the workspace reads.
 */
export async function scoringRoutes(app: App) {
  const tags = ['lead-scoring'];
  app.get(
    '/scoring/rules',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(scoringRuleSchema) } } },
    async (req) => listScoringRules(ctxOf(req)),
  );
  app.post(
    '/scoring/rules',
    {
      config: { minRole: 'owner' },
      schema: {
        tags,
        params: workspaceParams,
        body: scoringRuleInputSchema,
        response: { 201: scoringRuleSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createScoringRule(ctxOf(req), req.body), 201),
  );
  app.put(
    '/scoring/rules/:id',
    {
      config: { minRole: 'owner' },
      schema: { tags, params: idParams, body: scoringRuleInputSchema, response: { 200: scoringRuleSchema } },
    },
    async (req, reply) => sendResult(reply, await replaceScoringRule(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/scoring/rules/:id',
    { config: { minRole: 'owner' }, schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteScoringRule(ctxOf(req), req.params.id)),
  );
  app.post(
    '/scoring/preview',
    {
      schema: {
        tags,
        summary: 'Scores a profile now with the saved rules or the rules sent, without storing anything',
        params: workspaceParams,
        body: scorePreviewBodySchema,
        response: { 200: scoreFiguresSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await previewScore(ctxOf(req), req.body.profileId, req.body.rules)),
  );
  app.get(
    '/profiles/:id/score',
    { schema: { tags, params: idParams, response: { 200: profileScoreSchema } } },
    async (req, reply) => sendResult(reply, await getProfileScore(ctxOf(req), req.params.id)),
  );
  app.get(
    '/leads',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: leadListQuery,
        response: { 200: leadPageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listLeads(ctxOf(req), req.query)),
  );
  app.get(
    '/companies/:id/score',
    { schema: { tags, params: idParams, response: { 200: companyScoreSchema } } },
    async (req, reply) => sendResult(reply, await getCompanyScore(ctxOf(req), req.params.id)),
  );
  app.get(
    '/scoring/predictive',
    { schema: { tags, params: workspaceParams, response: { 200: predictiveStatusSchema } } },
    async (req) => getPredictiveStatus(ctxOf(req)),
  );
  app.post(
    '/scoring/predictive/train',
    {
      config: { minRole: 'owner' },
      schema: { tags, params: workspaceParams, response: { 200: predictiveStatusSchema } },
    },
    async (req) => trainPredictiveModel(ctxOf(req)),
  );
}
