import { EMAIL_PROVIDERS } from '../../core/email/webhookFormats';
import type { Db } from '../../db/database';
import { newSecret, sha256 } from '../accounts';
import type { WorkspaceContext } from '../context';

/** The address to give a provider: the secret in the path is the only credential, like a rating link. */
export const webhookUrl = (baseUrl: string, provider: string, secret: string): string =>
  `${baseUrl}/api/v1/email/webhooks/${provider}/${secret}`;

/**
 * Creates or replaces the workspace's webhook secret; the old one stops working at once. Only the
 * hash is stored, so the secret and the webhook addresses are shown this one time.
 */
export async function rotateWebhookSecret(
  ctx: WorkspaceContext,
  baseUrl: string,
): Promise<{ secret: string; urls: Record<string, string> }> {
  const secret = newSecret('tpwh_');
  await ctx.db
    .insertInto('email_webhook_secrets')
    .values({ workspace_id: ctx.workspaceId, secret_hash: sha256(secret) })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({ secret_hash: sha256(secret), created_at: new Date() }),
    )
    .execute();
  const urls = Object.fromEntries(EMAIL_PROVIDERS.map((p) => [p, webhookUrl(baseUrl, p, secret)]));
  return { secret, urls };
}

/** The workspace a webhook secret belongs to, or null. */
export async function workspaceOfWebhookSecret(db: Db, secret: string): Promise<string | null> {
  if (!/^tpwh_[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
  const row = await db
    .selectFrom('email_webhook_secrets')
    .select('workspace_id')
    .where('secret_hash', '=', sha256(secret))
    .executeTakeFirst();
  return row?.workspace_id ?? null;
}
