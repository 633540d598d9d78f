import { z } from 'zod';
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
export async function emailWebhookRoutes(app: App, { db }: AppDeps) {
  app.post(
    '/email/webhooks/:provider/:secret',
    { schema: { tags: ['email'], params: webhookParams } },
    async (req, reply) =>
      sendResult(
        reply,
        await handleEmailWebhook(db, {
          provider: req.params.provider,
          secret: req.params.secret,
          body: req.body,
        }),
      ),
  );
}
