import type { Db } from '../../db/database';
import { notify } from '../events/notify';

/**
 * A won deal becomes revenue where every analysis already looks: an `order` event named `deal_won` in
 * the event log, with the deal's value as revenue, for the deal's primary contact (else the account's
 * earliest person). Journey attribution and customer value read it like any order. The event id is
 * `deal:<id>:won`, so winning a deal again after reopening it adds no second revenue; a deal without
 * any person appends no event (its value still counts in the account's won value).
 * The event names no touchpoint unless told (the demo names its order confirmation); a mapping rule
 * applied to past events can give it one. Returns whether an event was appended.
 */
export async function appendDealWonEvent(
  trx: Db,
  workspaceId: string,
  deal: { id: string; title: string; value: number; companyId: string; closedAt: Date },
  touchpointId: string | null = null,
): Promise<boolean> {
  const primary =
    (
      await trx
        .selectFrom('deal_contacts')
        .select('profile_id')
        .where('workspace_id', '=', workspaceId)
        .where('deal_id', '=', deal.id)
        .orderBy('position')
        .limit(1)
        .executeTakeFirst()
    )?.profile_id ??
    (
      await trx
        .selectFrom('profiles')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('company_id', '=', deal.companyId)
        .where('merged_into', 'is', null)
        .orderBy('created_at')
        .limit(1)
        .executeTakeFirst()
    )?.id;
  if (!primary) return false;
  const inserted = await trx
    .insertInto('events')
    .values({
      workspace_id: workspaceId,
      event_id: `deal:${deal.id}:won`,
      type: 'order',
      name: 'deal_won',
      occurred_at: deal.closedAt,
      profile_id: primary,
      touchpoint_id: touchpointId,
      channel: 'sales',
      properties: JSON.stringify({
        dealId: deal.id,
        title: deal.title,
        companyId: deal.companyId,
        currency: 'EUR',
      }),
      revenue: deal.value,
      source: 'pipeline',
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  if (inserted && !trx.isTransaction) notify(workspaceId);
  return inserted !== undefined;
}
