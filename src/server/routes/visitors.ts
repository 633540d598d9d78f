import { workspaceParams } from '../../contract/common';
import { newVsReturningQuery, newVsReturningSchema } from '../../contract/visitors';
import { getNewVsReturning } from '../../services/analytics/newVsReturning';
import { ctxOf, type App } from '../types';

/** New vs returning visitors (issue 13) over time and per journey phase. */
export async function visitorRoutes(app: App) {
  app.get(
    '/analytics/new-vs-returning',
    {
      schema: {
        tags: ['analytics'],
        params: workspaceParams,
        querystring: newVsReturningQuery,
        response: { 200: newVsReturningSchema },
      },
    },
    async (req) => getNewVsReturning(ctxOf(req), req.query),
  );
}
