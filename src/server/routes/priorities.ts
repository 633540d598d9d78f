import { z } from 'zod';
import { idSchema, workspaceParams } from '../../contract/common';
import { priorityReportSchema } from '../../contract/priorities';
import { getPriorities } from '../../services/priorities';
import { ctxOf, type App } from '../types';

export async function priorityRoutes(app: App) {
  app.get(
    '/priorities',
    {
      schema: {
        tags: ['priorities'],
        params: workspaceParams,
        querystring: z.object({ personaId: idSchema.optional() }),
        response: { 200: priorityReportSchema },
      },
    },
    async (req) => getPriorities(ctxOf(req), req.query),
  );
}
