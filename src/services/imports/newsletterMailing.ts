import type { NewsletterTool } from '../../core/newsletterImport/newsletterActivity';
import type { Db } from '../../db/database';

/** The mailing an import writes to, as the batches need it. */
export interface NewsletterMailing {
  id: string;
  touchpointId: string | null;
  sentAt: Date;
  campaign: string | null;
}

/**
 * A mailing imported before from this tool's campaign (any tool when `tool` is null), by the campaign
 * id or name it was imported under.
 */
export async function findImportedMailing(
  db: Db,
  workspaceId: string,
  tool: NewsletterTool | null,
  campaign: string,
): Promise<NewsletterMailing | undefined> {
  let q = db
    .selectFrom('mailings')
    .select(['id', 'touchpoint_id', 'sent_at', 'source_campaign'])
    .where('workspace_id', '=', workspaceId)
    .where('source_campaign', '=', campaign);
  if (tool) q = q.where('source_tool', '=', tool);
  const row = await q.orderBy('created_at').executeTakeFirst();
  return (
    row && {
      id: row.id,
      touchpointId: row.touchpoint_id,
      sentAt: row.sent_at ?? new Date(),
      campaign: row.source_campaign,
    }
  );
}

/**
 * The workspace's e-mail newsletter touchpoint, which imported mailings belong to: the one made from
 * the catalogue's newsletter interface, else the first whose name says newsletter, else none.
 */
export async function newsletterTouchpoint(db: Db, workspaceId: string): Promise<string | null> {
  const rows = await db
    .selectFrom('touchpoints')
    .select(['id', 'name', 'catalogue_key'])
    .where('workspace_id', '=', workspaceId)
    .where('retired_at', 'is', null)
    .orderBy('created_at')
    .execute();
  const byCatalogue = rows.find((r) => r.catalogue_key === 'newsletter-email');
  const byName = rows.find((r) => /newsletter/i.test(r.name));
  return (byCatalogue ?? byName)?.id ?? null;
}
