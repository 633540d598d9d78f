import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';

/**
 * Checks that the company, owner and contacts a deal names belong to the workspace (a member as owner,
 * profiles not merged away), so a deal never points into another workspace.
 */
export async function checkDealReferences(
  db: Db,
  workspaceId: string,
  refs: {
    companyId?: string | undefined;
    ownerUserId?: string | null | undefined;
    contactIds?: readonly string[] | undefined;
  },
): Promise<Result<null>> {
  if (refs.companyId !== undefined) {
    const company = await db
      .selectFrom('companies')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', refs.companyId)
      .executeTakeFirst();
    if (!company)
      return err('validation_failed', 'companyId: no such company in this workspace', { field: 'companyId' });
  }
  if (refs.ownerUserId) {
    const member = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', refs.ownerUserId)
      .executeTakeFirst();
    if (!member)
      return err('validation_failed', 'ownerUserId: not a member of this workspace', {
        field: 'ownerUserId',
      });
  }
  const contactIds = [...new Set(refs.contactIds ?? [])];
  if (contactIds.length) {
    const found = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', contactIds)
      .where('merged_into', 'is', null)
      .execute();
    const known = new Set(found.map((f) => f.id));
    const missing = contactIds.filter((id) => !known.has(id));
    if (missing.length)
      return err('validation_failed', 'contactIds: no such people in this workspace', {
        field: 'contactIds',
        ids: missing,
      });
  }
  return ok(null);
}

/** Replaces a deal's contacts; the order given is kept (the first is the primary contact). */
export async function setDealContacts(
  trx: Db,
  workspaceId: string,
  dealId: string,
  contactIds: readonly string[],
): Promise<void> {
  await trx
    .deleteFrom('deal_contacts')
    .where('workspace_id', '=', workspaceId)
    .where('deal_id', '=', dealId)
    .execute();
  const unique = [...new Set(contactIds)];
  if (unique.length)
    await trx
      .insertInto('deal_contacts')
      .values(
        unique.map((profile_id, position) => ({
          workspace_id: workspaceId,
          deal_id: dealId,
          profile_id,
          position,
        })),
      )
      .execute();
}
