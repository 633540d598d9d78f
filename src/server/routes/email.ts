import { z } from 'zod';
import { workspaceParams } from '../../contract/common';
import {
  analysisRangeQuery,
  emailKpisOverTimeSchema,
  emailKpisQuery,
  mailingIdParams,
  mailingInputSchema,
  mailingKpisSchema,
  mailingPatchSchema,
  mailingSchema,
  recipientListQuery,
  recipientSchema,
  sendMailingInputSchema,
  sendProgressSchema,
  sendSummarySchema,
  sendTimeAnalysisSchema,
  sendTimeQuery,
  smtpSettingsInputSchema,
  smtpSettingsOrNullSchema,
  smtpSettingsSchema,
  subjectLengthAnalysisSchema,
  webhookSecretSchema,
  webhookSigningKeyInputSchema,
  webhookSigningKeySchema,
  deletedMailingSchema,
} from '../../contract/email';
import { getEmailKpisOverTime } from '../../services/email/getEmailKpisOverTime';
import { getMailingKpis } from '../../services/email/getMailingKpis';
import { getSendTimeAnalysis } from '../../services/email/getSendTimeAnalysis';
import { getSubjectLengthAnalysis } from '../../services/email/getSubjectLengthAnalysis';
import { listMailingRecipients } from '../../services/email/listMailingRecipients';
import {
  createMailing,
  deleteMailing,
  getMailing,
  listMailings,
  updateMailing,
} from '../../services/email/mailings';
import { inProcessDelivery } from '../../services/email/mailingDelivery';
import { getSendProgress, startSendingMailing } from '../../services/email/sendMailing';
import { getSmtpSettings, putSmtpSettings } from '../../services/email/smtpSettings';
import { rotateWebhookSecret } from '../../services/email/webhookSecret';
import { setWebhookSigningKey } from '../../services/email/webhookSigningKeys';
import { sendResult } from '../errors';
import { ctxOf, publicUrlOf, type App, type AppDeps } from '../types';

const baseUrlOf = (deps: AppDeps, req: Parameters<typeof publicUrlOf>[1]) =>
  publicUrlOf(deps.config, req).replace(/\/+$/, '');

/** The e-mail touchpoint inside a workspace: SMTP server, mailings, sending, KPIs and analyses. */
export async function emailRoutes(app: App, deps: AppDeps) {
  const tags = ['email'];
  const owner = { minRole: 'owner' as const };
  const delivery =
    deps.mailingDelivery ??
    inProcessDelivery(deps.db, (error) => app.log.error({ err: error }, 'sending a mailing failed'));

  app.get(
    '/email/smtp',
    { schema: { tags, params: workspaceParams, response: { 200: smtpSettingsOrNullSchema } }, config: owner },
    async (req, reply) => sendResult(reply, await getSmtpSettings(ctxOf(req))),
  );
  app.put(
    '/email/smtp',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: smtpSettingsInputSchema,
        response: { 200: smtpSettingsSchema },
      },
      config: owner,
    },
    async (req, reply) => sendResult(reply, await putSmtpSettings(ctxOf(req), req.body)),
  );
  app.post(
    '/email/webhook-secret',
    { schema: { tags, params: workspaceParams, response: { 201: webhookSecretSchema } }, config: owner },
    async (req, reply) => reply.code(201).send(await rotateWebhookSecret(ctxOf(req), baseUrlOf(deps, req))),
  );
  app.put(
    '/email/webhook-signing-key',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: webhookSigningKeyInputSchema,
        response: { 200: webhookSigningKeySchema },
      },
      config: owner,
    },
    async (req, reply) => sendResult(reply, await setWebhookSigningKey(ctxOf(req), req.body)),
  );

  app.get(
    '/mailings',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(mailingSchema) } } },
    async (req) => listMailings(ctxOf(req)),
  );
  app.post(
    '/mailings',
    { schema: { tags, params: workspaceParams, body: mailingInputSchema, response: { 201: mailingSchema } } },
    async (req, reply) => sendResult(reply, await createMailing(ctxOf(req), req.body), 201),
  );
  app.get(
    '/mailings/:id',
    { schema: { tags, params: mailingIdParams, response: { 200: mailingSchema } } },
    async (req, reply) => sendResult(reply, await getMailing(ctxOf(req), req.params.id)),
  );
  app.patch(
    '/mailings/:id',
    {
      schema: { tags, params: mailingIdParams, body: mailingPatchSchema, response: { 200: mailingSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await updateMailing(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/mailings/:id',
    {
      schema: { tags, params: mailingIdParams, response: { 200: deletedMailingSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await deleteMailing(ctxOf(req), req.params.id)),
  );
  app.post(
    '/mailings/:id/send',
    {
      schema: {
        tags,
        params: mailingIdParams,
        body: sendMailingInputSchema.nullish(),
        response: { 202: sendSummarySchema },
      },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const result = await startSendingMailing(ctx, req.params.id, {
        baseUrl: baseUrlOf(deps, req),
        retryFailed: req.body?.retryFailed ?? false,
      });
      if (result.ok) await delivery.enqueue({ workspaceId: ctx.workspaceId, mailingId: req.params.id });
      return sendResult(reply, result, 202);
    },
  );
  app.get(
    '/mailings/:id/send',
    { schema: { tags, params: mailingIdParams, response: { 200: sendProgressSchema } } },
    async (req, reply) => sendResult(reply, await getSendProgress(ctxOf(req), req.params.id)),
  );
  app.get(
    '/mailings/:id/recipients',
    {
      schema: {
        tags,
        params: mailingIdParams,
        querystring: recipientListQuery,
        response: { 200: z.array(recipientSchema) },
      },
    },
    async (req, reply) =>
      sendResult(reply, await listMailingRecipients(ctxOf(req), req.params.id, req.query)),
  );
  app.get(
    '/mailings/:id/kpis',
    { schema: { tags, params: mailingIdParams, response: { 200: mailingKpisSchema } } },
    async (req, reply) => sendResult(reply, await getMailingKpis(ctxOf(req), req.params.id)),
  );

  app.get(
    '/email/kpis',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: emailKpisQuery,
        response: { 200: emailKpisOverTimeSchema },
      },
    },
    async (req) => getEmailKpisOverTime(ctxOf(req), req.query),
  );
  app.get(
    '/email/analysis/subject-length',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: analysisRangeQuery,
        response: { 200: subjectLengthAnalysisSchema },
      },
    },
    async (req) => getSubjectLengthAnalysis(ctxOf(req), req.query),
  );
  app.get(
    '/email/analysis/send-time',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: sendTimeQuery,
        response: { 200: sendTimeAnalysisSchema },
      },
    },
    async (req, reply) => sendResult(reply, await getSendTimeAnalysis(ctxOf(req), req.query)),
  );
}
