import type { Deal } from '../../contract/deals';
import { cents, dealProbability, type PipelineStage } from '../../core/pipeline';
import type { Db } from '../../db/database';

/**
 * Deals with their account's and owner's names, ready for `toDeals`; callers add filters, order and
 * limits.
 *
 * @example await selectDeals(db, ws).where('d.stage', '=', 'proposal').execute()
 */
export function selectDeals(db: Db, workspaceId: string) {
  return db
    .selectFrom('deals as d')
    .innerJoin('companies as c', (j) =>
      j.onRef('c.workspace_id', '=', 'd.workspace_id').onRef('c.id', '=', 'd.company_id'),
    )
    .leftJoin('users as u', 'u.id', 'd.owner_user_id')
    .select([
      'd.id',
      'd.external_id',
      'd.company_id',
      'c.name as company_name',
      'd.title',
      'd.value',
      'd.stage',
      'd.probability',
      'd.expected_close',
      'd.owner_user_id',
      'u.name as owner_name',
      'd.reason',
      'd.renewal_date',
      'd.closed_at',
      'd.created_at',
      'd.updated_at',
    ])
    .where('d.workspace_id', '=', workspaceId);
}

export type DealRow = Awaited<ReturnType<ReturnType<typeof selectDeals>['execute']>>[number];

/** The deals' contacts, primary contact first, by deal id. */
export async function contactsOf(db: Db, workspaceId: string, dealIds: readonly string[]) {
  const byDeal = new Map<string, Deal['contacts']>();
  if (dealIds.length === 0) return byDeal;
  const rows = await db
    .selectFrom('deal_contacts as dc')
    .innerJoin('profiles as p', (j) =>
      j.onRef('p.workspace_id', '=', 'dc.workspace_id').onRef('p.id', '=', 'dc.profile_id'),
    )
    .select(['dc.deal_id', 'p.id', 'p.name', 'p.email'])
    .where('dc.workspace_id', '=', workspaceId)
    .where('dc.deal_id', 'in', dealIds)
    .orderBy('dc.deal_id')
    .orderBy('dc.position')
    .execute();
  for (const r of rows) {
    const list = byDeal.get(r.deal_id) ?? [];
    list.push({ id: r.id, name: r.name, email: r.email });
    byDeal.set(r.deal_id, list);
  }
  return byDeal;
}

/** Rows of `selectDeals` as the API's deals, with their contacts and weights. */
export async function toDeals(
  db: Db,
  workspaceId: string,
  rows: readonly DealRow[],
  stages: readonly PipelineStage[],
): Promise<Deal[]> {
  const contacts = await contactsOf(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const value = Number(r.value);
    const effective = dealProbability(r, stages);
    return {
      id: r.id,
      externalId: r.external_id,
      companyId: r.company_id,
      companyName: r.company_name,
      title: r.title,
      value,
      stage: r.stage,
      probability: r.probability,
      effectiveProbability: effective,
      weighted: cents((value * effective) / 100),
      expectedClose: r.expected_close,
      ownerUserId: r.owner_user_id,
      ownerName: r.owner_name,
      reason: r.reason,
      renewalDate: r.renewal_date,
      closedAt: r.closed_at?.toISOString() ?? null,
      contacts: contacts.get(r.id) ?? [],
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}
