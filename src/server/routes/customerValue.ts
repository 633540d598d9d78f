import { workspaceParams } from '../../contract/common';
import {
  customerValueProfilesQuery,
  customerValueQuery,
  customerValueSchema,
} from '../../contract/customerValue';
import { profilePageSchema } from '../../contract/profiles';
import { getCustomerValue } from '../../services/analytics/customerValue';
import { listCustomerValueProfiles } from '../../services/analytics/customerValueProfiles';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Customer value (issue 13): RFM, ABC, CLV, existing vs new customers, and the profiles behind each. */
export async function customerValueRoutes(app: App) {
  const tags = ['analytics'];
  app.get(
    '/analytics/customer-value',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: customerValueQuery,
        response: { 200: customerValueSchema },
      },
    },
    async (req) => getCustomerValue(ctxOf(req), req.query),
  );
  app.get(
    '/analytics/customer-value/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: customerValueProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listCustomerValueProfiles(ctxOf(req), req.query)),
  );
}
