import {
  attributionProfilesQuery,
  attributionQuery,
  attributionReportSchema,
  attributionSettingsInputSchema,
  attributionSettingsSchema,
} from '../../contract/attribution';
import { workspaceParams } from '../../contract/common';
import { profilePageSchema } from '../../contract/profiles';
import { listAttributionProfiles } from '../../services/attribution/attributionProfiles';
import {
  getAttributionSettings,
  putAttributionSettings,
} from '../../services/attribution/attributionSettings';
import { getAttribution } from '../../services/attribution/getAttribution';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Attribution from the workspace's events (issue 13): every model side by side, its settings, the people behind. */
export async function attributionRoutes(app: App) {
  const tags = ['analytics'];
  app.get(
    '/analytics/attribution',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: attributionQuery,
        response: { 200: attributionReportSchema },
      },
    },
    async (req, reply) => sendResult(reply, await getAttribution(ctxOf(req), req.query)),
  );
  app.get(
    '/analytics/attribution/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: attributionProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listAttributionProfiles(ctxOf(req), req.query)),
  );
  app.get(
    '/attribution-settings',
    { schema: { tags, params: workspaceParams, response: { 200: attributionSettingsSchema } } },
    async (req) => getAttributionSettings(ctxOf(req)),
  );
  app.put(
    '/attribution-settings',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: attributionSettingsInputSchema,
        response: { 200: attributionSettingsSchema },
      },
    },
    async (req) => putAttributionSettings(ctxOf(req), req.body),
  );
}
