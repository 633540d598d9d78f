import { workspaceParams } from '../../contract/common';
import { dateRangeQuery, touchpointActivitySchema, webKpisSchema } from '../../contract/analytics';
import { getTouchpointActivity } from '../../services/analytics/getTouchpointActivity';
import { getWebKpis } from '../../services/analytics/getWebKpis';
import { ctxOf, type App } from '../types';

/** Dashboard figures; each reads only daily aggregates kept up to date by the event processor. */
export async function analyticsRoutes(app: App) {
  const tags = ['analytics'];
  app.get(
    '/analytics/web',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: dateRangeQuery,
        response: { 200: webKpisSchema },
      },
    },
    async (req) => getWebKpis(ctxOf(req), req.query),
  );
  app.get(
    '/analytics/touchpoints',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: dateRangeQuery,
        response: { 200: touchpointActivitySchema },
      },
    },
    async (req) => getTouchpointActivity(ctxOf(req), req.query),
  );
}
