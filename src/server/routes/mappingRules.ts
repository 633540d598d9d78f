import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import { mappingRuleInputSchema, mappingRulePatchSchema, mappingRuleSchema } from '../../contract/events';
import {
  createMappingRule,
  deleteMappingRule,
  listMappingRules,
  updateMappingRule,
} from '../../services/events/mappingRules';
import { applyRunParams, mappingApplyRunSchema, mappingSuggestionsSchema } from '../../contract/mapping';
import { getApplyRun, startApplyRun } from '../../services/events/applyRuleToPastEvents';
import { inProcessMappingApply } from '../../services/events/mappingApplyQueue';
import { getMappingSuggestions } from '../../services/events/ruleSuggestions';
import { sendResult } from '../errors';
import { ctxOf, type App, type AppDeps } from '../types';

/** Which events belong to which touchpoint. Reading for everyone, changing for editors. */
export async function mappingRuleRoutes(app: App, deps: AppDeps) {
  const tags = ['events'];
  const queue =
    deps.mappingApply ??
    inProcessMappingApply(deps.db, (error) => app.log.error({ err: error }, 'applying mapping rules failed'));
  const startRun = async (req: Parameters<typeof ctxOf>[0], ruleId: string | null) => {
    const ctx = ctxOf(req);
    const run = await startApplyRun(ctx, ruleId);
    if (run.ok && run.value.status === 'running')
      await queue.enqueue({ workspaceId: ctx.workspaceId, runId: run.value.id });
    return run;
  };
  app.get(
    '/mapping-rules/suggestions',
    { schema: { tags, params: workspaceParams, response: { 200: mappingSuggestionsSchema } } },
    async (req) => getMappingSuggestions(ctxOf(req)),
  );
  app.post(
    '/mapping-rules/apply',
    { schema: { tags, params: workspaceParams, response: { 202: mappingApplyRunSchema } } },
    async (req, reply) => sendResult(reply, await startRun(req, null), 202),
  );
  app.post(
    '/mapping-rules/:id/apply',
    { schema: { tags, params: idParams, response: { 202: mappingApplyRunSchema } } },
    async (req, reply) => sendResult(reply, await startRun(req, req.params.id), 202),
  );
  app.get(
    '/mapping-rules/apply-runs/:runId',
    { schema: { tags, params: applyRunParams, response: { 200: mappingApplyRunSchema } } },
    async (req, reply) => sendResult(reply, await getApplyRun(ctxOf(req), req.params.runId)),
  );
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
