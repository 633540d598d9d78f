import type { z } from 'zod';
import type { webhookSigningKeyInputSchema, webhookSigningKeySchema } from '../../contract/email';
import { sendgridPublicKey } from '../../core/email/webhookSignature';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';

/**
 * Stores (or with null removes) a provider's webhook signing key. With a key, every call of that
 * provider's webhook must carry a valid signature besides the secret in the address. A SendGrid key
 * must be the public key SendGrid shows for its signed event webhook.
 */
export async function setWebhookSigningKey(
  ctx: WorkspaceContext,
  input: z.infer<typeof webhookSigningKeyInputSchema>,
): Promise<Result<z.infer<typeof webhookSigningKeySchema>>> {
  if (input.signingKey === null) {
    await ctx.db
      .deleteFrom('email_webhook_signing_keys')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('provider', '=', input.provider)
      .execute();
    return ok({ provider: input.provider, verified: false });
  }
  const signingKey = input.signingKey;
  if (input.provider === 'sendgrid' && !sendgridPublicKey(signingKey))
    return err('validation_failed', 'signingKey: is not a public key (base64) as SendGrid shows it', {
      field: 'signingKey',
    });
  await ctx.db
    .insertInto('email_webhook_signing_keys')
    .values({ workspace_id: ctx.workspaceId, provider: input.provider, signing_key: signingKey })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'provider'])
        .doUpdateSet({ signing_key: signingKey, created_at: new Date() }),
    )
    .execute();
  return ok({ provider: input.provider, verified: true });
}

/** The signing key a workspace stored for a provider, or null (then only the secret in the address counts). */
export async function webhookSigningKeyOf(
  db: Db,
  workspaceId: string,
  provider: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('email_webhook_signing_keys')
    .select('signing_key')
    .where('workspace_id', '=', workspaceId)
    .where('provider', '=', provider)
    .executeTakeFirst();
  return row?.signing_key ?? null;
}
