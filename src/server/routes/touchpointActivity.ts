import { idParams } from '../../contract/common';
import { touchpointActivityQuery, touchpointLiveActivitySchema } from '../../contract/mapping';
import { getTouchpointLiveActivity } from '../../services/analytics/getTouchpointLiveActivity';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** A touchpoint's live activity from tracked events, for its page. */
export async function touchpointActivityRoutes(app: App) {
  app.get(
    '/touchpoints/:id/activity',
    {
      schema: {
        tags: ['touchpoints'],
        params: idParams,
        querystring: touchpointActivityQuery,
        response: { 200: touchpointLiveActivitySchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await getTouchpointLiveActivity(ctxOf(req), req.params.id, req.query.days)),
  );
}
