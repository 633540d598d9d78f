import { isEmailProvider, readWebhook } from '../../core/email/webhookFormats';
import { verifyMailgunSignature, verifySendgridSignature } from '../../core/email/webhookSignature';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WebhookAnswer } from '../../contract/email';
import { recordFeedback, type FeedbackOutcome } from './bounces';
import { workspaceOfWebhookSecret } from './webhookSecret';
import { webhookSigningKeyOf } from './webhookSigningKeys';

export type { WebhookAnswer } from '../../contract/email';

function signatureMatches(input: Parameters<typeof handleEmailWebhook>[1], signingKey: string): boolean {
  const header = (name: string) => {
    const value = input.headers?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  switch (input.provider) {
    case 'mailgun':
      return verifyMailgunSignature(input.body, signingKey);
    case 'sendgrid':
      return verifySendgridSignature(
        input.rawBody ?? '',
        {
          signature: header('x-twilio-email-event-webhook-signature'),
          timestamp: header('x-twilio-email-event-webhook-timestamp'),
        },
        signingKey,
      );
    default:
      return true;
  }
}

/** Fetches an SNS SubscribeURL; the format reader has checked that it points at Amazon SNS. */
export async function confirmSnsSubscription(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'error' });
  if (!response.ok) throw new Error(`SNS answered ${response.status}`);
}

/**
 * One call of a provider's bounce webhook. The secret in the address names the workspace; an unknown
 * provider or secret answers not found, a payload that is not the provider's format validation_failed,
 * and a missing or wrong signature (when the workspace stored the provider's signing key) forbidden.
 */
export async function handleEmailWebhook(
  db: Db,
  input: {
    provider: string;
    secret: string;
    body: unknown;
    /** The body exactly as sent (SendGrid signs it). */
    rawBody?: string | undefined;
    headers?: Record<string, string | string[] | undefined>;
  },
  confirm: (url: string) => Promise<void> = confirmSnsSubscription,
): Promise<Result<WebhookAnswer>> {
  const workspaceId = await workspaceOfWebhookSecret(db, input.secret);
  if (!workspaceId || !isEmailProvider(input.provider))
    return err('not_found', 'No such webhook; check the address shown when the secret was created');
  // The secret names the workspace; a stored signing key then proves the call came from the provider.
  const signingKey = await webhookSigningKeyOf(db, workspaceId, input.provider);
  if (signingKey !== null && !signatureMatches(input, signingKey))
    return err('forbidden', 'signature: does not match the webhook signing key', { field: 'signature' });
  const reading = readWebhook(input.provider, input.body);
  if (!reading.ok) return reading;
  if (reading.value.kind === 'subscription_confirmation') {
    await confirm(reading.value.subscribeUrl);
    return ok({ received: 0, recorded: 0, outcomes: [], confirmed: true });
  }
  const outcomes: FeedbackOutcome[] = [];
  for (const item of reading.value.items) {
    const clues = { workspaceId, token: item.token, messageId: item.messageId, email: item.email };
    const feedback =
      item.kind === 'bounce'
        ? { kind: 'bounce' as const, bounce: item.bounce, status: item.status, diagnostic: item.diagnostic }
        : { kind: 'complaint' as const };
    outcomes.push(await recordFeedback(db, clues, feedback, `${input.provider}:${item.providerEventId}`));
  }
  return ok({
    received: outcomes.length,
    recorded: outcomes.filter((o) => o === 'recorded').length,
    outcomes,
  });
}
