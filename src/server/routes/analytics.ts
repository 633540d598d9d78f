import { workspaceParams } from '../../contract/common';
import { z } from 'zod';
import {
  conversionPointNameInput,
  conversionPointNameSchema,
  dateRangeQuery,
  touchpointActivitySchema,
  webKpisSchema,
} from '../../contract/analytics';
import { listConversionPointNames, nameConversionPoint } from '../../services/analytics/conversionPointNames';
import { getTouchpointActivity } from '../../services/analytics/getTouchpointActivity';
import { getWebKpis } from '../../services/analytics/getWebKpis';
import { sendResult } from '../errors';
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
    '/conversion-points',
    {
      schema: {
        tags,
        params: workspaceParams,
        response: { 200: z.array(conversionPointNameSchema) },
      },
    },
    async (req) => listConversionPointNames(ctxOf(req)),
  );
  app.put(
    '/conversion-points/:conversionPoint',
    {
      schema: {
        tags,
        params: workspaceParams.extend({ conversionPoint: z.string().min(1).max(200) }),
        body: conversionPointNameInput,
        response: { 200: conversionPointNameSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await nameConversionPoint(ctxOf(req), req.params.conversionPoint, req.body.name)),
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
