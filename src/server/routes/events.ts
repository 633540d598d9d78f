import { z } from 'zod';
import { workspaceParams } from '../../contract/common';
import { eventListQuery, storedEventSchema } from '../../contract/events';
import { listEvents } from '../../services/events/listEvents';
import { ctxOf, type App } from '../types';

/** The latest events as stored, e.g. `?unmapped=true` for those no mapping rule claimed. */
export async function eventRoutes(app: App) {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        params: workspaceParams,
        querystring: eventListQuery,
        response: { 200: z.array(storedEventSchema) },
      },
    },
    async (req) => listEvents(ctxOf(req), req.query),
  );
}
