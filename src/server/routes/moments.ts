import { workspaceParams } from '../../contract/common';
import { momentProfilesQuery, momentsQuery, momentsSchema } from '../../contract/moments';
import { profilePageSchema } from '../../contract/profiles';
import { getMoments } from '../../services/analytics/moments';
import { listMomentProfiles } from '../../services/analytics/momentsProfiles';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * Moments that matter, measured (issue 13): the touchpoints whose presence lifts conversion, the busy
 * ones rated low, and the people behind each figure. Adopting a candidate is the touchpoint update.
 */
export async function momentsRoutes(app: App) {
  const tags = ['analytics'];
  app.get(
    '/analytics/moments',
    {
      schema: { tags, params: workspaceParams, querystring: momentsQuery, response: { 200: momentsSchema } },
    },
    async (req) => getMoments(ctxOf(req), req.query),
  );
  app.get(
    '/analytics/moments/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: momentProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listMomentProfiles(ctxOf(req), req.query)),
  );
}
