import { workspaceParams } from '../../contract/common';
import { mapLiveQuery, mapLiveSchema } from '../../contract/mapLive';
import { getMapLive } from '../../services/analytics/mapLive';
import { ctxOf, type App } from '../types';

/** The journey map's live layer: per card its figures and KPI status, per phase the people who reached it. */
export async function mapLiveRoutes(app: App) {
  app.get(
    '/journey-map/live',
    {
      schema: {
        tags: ['analytics'],
        params: workspaceParams,
        querystring: mapLiveQuery,
        response: { 200: mapLiveSchema },
      },
    },
    async (req) => getMapLive(ctxOf(req), req.query),
  );
}
