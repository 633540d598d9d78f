import type { z } from 'zod';
import type { recipientSchema, RecipientStatus } from '../../contract/email';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { loadMailing } from './mailings';

/** A mailing's recipients with their delivery status and tracking counters, a page at a time. */
export async function listMailingRecipients(
  ctx: WorkspaceContext,
  mailingId: string,
  query: { status?: RecipientStatus; limit: number; offset: number },
): Promise<Result<z.infer<typeof recipientSchema>[]>> {
  if (!(await loadMailing(ctx, mailingId))) return err('not_found', 'Mailing not found', { id: mailingId });
  let q = ctx.db
    .selectFrom('mailing_recipients')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('mailing_id', '=', mailingId);
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q.orderBy('email').limit(query.limit).offset(query.offset).execute();
  return ok(
    rows.map((r) => ({
      email: r.email,
      profileId: r.profile_id,
      status: r.status,
      messageId: r.message_id,
      error: r.error,
      sentAt: r.sent_at?.toISOString() ?? null,
      opens: r.opens,
      clicks: r.clicks,
      unsubscribedAt: r.unsubscribed_at?.toISOString() ?? null,
      bounceStatus: r.bounce_status,
    })),
  );
}
