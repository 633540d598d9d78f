import { z } from 'zod';
import { idParams, workspaceParams } from '../../contract/common';
import { acknowledgedAlertSchema, alertListQuery, kpiAlertSchema } from '../../contract/kpis';
import { acknowledgeAlert, listAlerts } from '../../services/kpis/alerts';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** KPI alerts: a value left its band. The web app lists the open ones; acknowledging closes one. */
export async function alertRoutes(app: App) {
  const tags = ['kpis'];
  app.get(
    '/alerts',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: alertListQuery,
        response: { 200: z.array(kpiAlertSchema) },
      },
    },
    async (req) => listAlerts(ctxOf(req), req.query),
  );
  app.post(
    '/alerts/:id/acknowledge',
    { schema: { tags, params: idParams, response: { 200: acknowledgedAlertSchema } } },
    async (req, reply) => sendResult(reply, await acknowledgeAlert(ctxOf(req), req.params.id)),
  );
}
