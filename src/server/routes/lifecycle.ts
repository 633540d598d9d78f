import { z } from 'zod';
import { idParams, workspaceParams } from '../../contract/common';
import {
  stageChangeBodySchema,
  stageChangeSchema,
  stageHistoryEntrySchema,
  stagesBodySchema,
  stagesSchema,
} from '../../contract/lifecycle';
import { changeStage, listStageHistory } from '../../services/lifecycle/changeStage';
import { getStages, putStages } from '../../services/lifecycle/stages';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * Lifecycle stages: the workspace's list (owners change it), a person moving a profile (editors, the
 * sales team), and the stage history. Viewers read.
 */
export async function lifecycleRoutes(app: App) {
  const tags = ['lifecycle'];
  app.get(
    '/lifecycle/stages',
    { schema: { tags, params: workspaceParams, response: { 200: stagesSchema } } },
    async (req) => getStages(ctxOf(req)),
  );
  app.put(
    '/lifecycle/stages',
    {
      config: { minRole: 'owner', errors: ['conflict'] },
      schema: { tags, params: workspaceParams, body: stagesBodySchema, response: { 200: stagesSchema } },
    },
    async (req, reply) => sendResult(reply, await putStages(ctxOf(req), req.body)),
  );
  app.post(
    '/profiles/:id/stage',
    {
      schema: { tags, params: idParams, body: stageChangeBodySchema, response: { 200: stageChangeSchema } },
    },
    async (req, reply) => sendResult(reply, await changeStage(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/profiles/:id/stage-history',
    { schema: { tags, params: idParams, response: { 200: z.array(stageHistoryEntrySchema) } } },
    async (req, reply) => sendResult(reply, await listStageHistory(ctxOf(req), req.params.id)),
  );
}
