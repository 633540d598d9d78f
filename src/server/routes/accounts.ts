import { z } from 'zod';
import { workspaceParams } from '../../contract/common';
import {
  accountDetailSchema,
  accountListQuery,
  accountParams,
  accountSummarySchema,
  accountTimelinePageSchema,
  customerListSchema,
} from '../../contract/accounts';
import { timelineQuery } from '../../contract/profiles';
import { accountSummaries } from '../../services/accounts/accountSummaries';
import { getAccount } from '../../services/accounts/getAccount';
import { getAccountTimeline } from '../../services/accounts/getAccountTimeline';
import { listCustomerAccounts } from '../../services/accounts/listCustomerAccounts';
import { loadPipelineStages } from '../../services/deals/pipelineStages';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Accounts (B2B companies) and existing customers (issue 14, docs/pipeline.md); read-only. */
export async function accountRoutes(app: App) {
  const tags = ['accounts'];
  app.get(
    '/accounts',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: accountListQuery,
        response: { 200: z.array(accountSummarySchema) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const stages = await loadPipelineStages(ctx.db, ctx.workspaceId);
      return accountSummaries(ctx.db, ctx.workspaceId, stages, {
        q: req.query.q,
        customersOnly: req.query.customers === 'true',
      });
    },
  );
  app.get(
    '/accounts/:companyId',
    { schema: { tags, params: accountParams, response: { 200: accountDetailSchema } } },
    async (req, reply) => sendResult(reply, await getAccount(ctxOf(req), req.params.companyId)),
  );
  app.get(
    '/accounts/:companyId/timeline',
    {
      schema: {
        tags,
        params: accountParams,
        querystring: timelineQuery,
        response: { 200: accountTimelinePageSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await getAccountTimeline(ctxOf(req), req.params.companyId, req.query)),
  );
  app.get(
    '/customers',
    { schema: { tags, params: workspaceParams, response: { 200: customerListSchema } } },
    async (req) => listCustomerAccounts(ctxOf(req)),
  );
}
