import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { webhookAnswerSchema } from '../../contract/email';
import { handleEmailWebhook } from '../../services/email/webhooks';
import { sendResult } from '../errors';
import type { App, AppDeps } from '../types';

const webhookParams = z.object({
  provider: z.string().max(40),
  secret: z.string().max(200),
});

/**
 * Bounce and complaint webhooks of e-mail providers (`ses` through SNS, `mailgun`, `postmark`,
 * `sendgrid`), addressed with the workspace's webhook secret instead of a login.
 */
export async function emailWebhookRoutes(app: App, deps: AppDeps) {
  // Its own plugin scope, so that only these routes keep the JSON body as sent (SendGrid signs it).
  await app.register(async (scope) => webhookRoutes(scope.withTypeProvider<ZodTypeProvider>(), deps));
}

const rawBodies = new WeakMap<FastifyRequest, string>();

async function webhookRoutes(app: App, { db }: AppDeps) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    rawBodies.set(req, body as string);
    // Fastify's own JSON parser answers through `done`; its type also allows a promise form, never used here.
    void parseJson(req, body as string, done);
  });
  app.post(
    '/email/webhooks/:provider/:secret',
    {
      schema: { tags: ['email'], params: webhookParams, response: { 200: webhookAnswerSchema } },
      config: { ownBody: true, errors: ['forbidden'] },
    },
    async (req, reply) =>
      sendResult(
        reply,
        await handleEmailWebhook(db, {
          provider: req.params.provider,
          secret: req.params.secret,
          body: req.body,
          rawBody: rawBodies.get(req) ?? (typeof req.body === 'string' ? req.body : undefined),
          headers: req.headers,
        }),
      ),
  );
}
