import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import { mappingRuleInputSchema, mappingRulePatchSchema, mappingRuleSchema } from '../../contract/events';
import {
  createMappingRule,
  deleteMappingRule,
  listMappingRules,
  updateMappingRule,
} from '../../services/events/mappingRules';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Which events belong to which touchpoint. Reading for everyone, changing for editors. */
export async function mappingRuleRoutes(app: App) {
  const tags = ['events'];
  app.get(
    '/mapping-rules',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(mappingRuleSchema) } } },
    async (req) => listMappingRules(ctxOf(req)),
  );
  app.post(
    '/mapping-rules',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: mappingRuleInputSchema,
        response: { 201: mappingRuleSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createMappingRule(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/mapping-rules/:id',
    {
      schema: { tags, params: idParams, body: mappingRulePatchSchema, response: { 200: mappingRuleSchema } },
    },
    async (req, reply) => sendResult(reply, await updateMappingRule(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/mapping-rules/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteMappingRule(ctxOf(req), req.params.id)),
  );
}
