import { z } from 'zod';
import { idSchema, requiredName, workspaceParams } from '../../contract/common';
import { writeKeySchema } from '../../contract/events';
import { createWriteKey, listWriteKeys, revokeWriteKey } from '../../services/events/writeKeys';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Write keys of the workspace, for the tracker and other senders of events. Owners only. */
export async function writeKeyRoutes(app: App) {
  const tags = ['events'];
  app.get(
    '/write-keys',
    {
      schema: { tags, params: workspaceParams, response: { 200: z.array(writeKeySchema) } },
      config: { minRole: 'owner' },
    },
    async (req) => listWriteKeys(ctxOf(req)),
  );
  app.post(
    '/write-keys',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: z.strictObject({ name: requiredName }),
        response: { 201: writeKeySchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await createWriteKey(ctxOf(req), req.body), 201),
  );
  app.delete(
    '/write-keys/:keyId',
    {
      schema: {
        tags,
        params: workspaceParams.extend({ keyId: idSchema }),
        response: { 200: writeKeySchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await revokeWriteKey(ctxOf(req), req.params.keyId)),
  );
}
