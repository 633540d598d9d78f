import { workspaceParams } from '../../contract/common';
import { funnelProfilesQuery, phaseFunnelQuery, phaseFunnelSchema } from '../../contract/funnel';
import { profilePageSchema } from '../../contract/profiles';
import { getPhaseFunnel } from '../../services/analytics/phaseFunnel';
import { listPhaseFunnelProfiles } from '../../services/analytics/phaseFunnelProfiles';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** The phase funnel (issue 13): figures per phase of the journey model, and the profiles behind each. */
export async function funnelRoutes(app: App) {
  const tags = ['analytics'];
  app.get(
    '/analytics/phase-funnel',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: phaseFunnelQuery,
        response: { 200: phaseFunnelSchema },
      },
    },
    async (req, reply) => sendResult(reply, await getPhaseFunnel(ctxOf(req), req.query)),
  );
  app.get(
    '/analytics/phase-funnel/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: funnelProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listPhaseFunnelProfiles(ctxOf(req), req.query)),
  );
}
