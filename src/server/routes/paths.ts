import { workspaceParams } from '../../contract/common';
import { pathProfilesQuery, pathsQuery, pathsSchema } from '../../contract/paths';
import { profilePageSchema } from '../../contract/profiles';
import { getPaths } from '../../services/analytics/paths';
import { listPathProfiles } from '../../services/analytics/pathsProfiles';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Paths between touchpoints (issue 13): the most frequent ones from a start or to an end, as a Sankey. */
export async function pathRoutes(app: App) {
  const tags = ['analytics'];
  app.get(
    '/analytics/paths',
    { schema: { tags, params: workspaceParams, querystring: pathsQuery, response: { 200: pathsSchema } } },
    async (req, reply) => sendResult(reply, await getPaths(ctxOf(req), req.query)),
  );
  app.get(
    '/analytics/paths/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: pathProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listPathProfiles(ctxOf(req), req.query)),
  );
}
