import { sql } from 'kysely';
import type { CustomerAccount } from '../../contract/accounts';
import type { WorkspaceContext } from '../context';
import { loadPipelineStages } from '../deals/pipelineStages';
import { accountSummaries } from './accountSummaries';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Existing customers (seed 003, question 15): accounts with a won deal or order revenue, soonest
 * renewal first (then the longest quiet), each with its last three interactions and its complaints of
 * the last 90 days, so retention work does not drown among new leads.
 *
 * @example await listCustomerAccounts(ctx)
 */
export async function listCustomerAccounts(
  ctx: WorkspaceContext,
  now = new Date(),
): Promise<CustomerAccount[]> {
  const ws = ctx.workspaceId;
  const stages = await loadPipelineStages(ctx.db, ws);
  const customers = (await accountSummaries(ctx.db, ws, stages, { customersOnly: true })).slice(0, 500);
  if (customers.length === 0) return [];
  const ids = customers.map((c) => c.id);
  const since = new Date(now.getTime() - 90 * DAY_MS);
  const [complaints, last] = await Promise.all([
    sql<{ company_id: string; n: number }>`
      select p.company_id, count(*)::int as n from events e
      join profiles p on p.workspace_id = e.workspace_id and p.id = e.profile_id
      where e.workspace_id = ${ws} and p.company_id = any(${ids}::uuid[])
        and e.type = 'complaint' and e.occurred_at >= ${since}
      group by 1
    `.execute(ctx.db),
    sql<{ company_id: string; type: string; occurred_at: Date; touchpoint_name: string | null }>`
      select c.id as company_id, l.type, l.occurred_at, l.touchpoint_name
      from unnest(${ids}::uuid[]) as c(id)
      cross join lateral (
        select e.type, e.occurred_at, t.name as touchpoint_name from profiles p
        join events e on e.workspace_id = p.workspace_id and e.profile_id = p.id
        left join touchpoints t on t.workspace_id = e.workspace_id and t.id = e.touchpoint_id
        where p.workspace_id = ${ws} and p.company_id = c.id and p.merged_into is null
        order by e.occurred_at desc limit 3
      ) l
    `.execute(ctx.db),
  ]);
  const complaintsOf = new Map(complaints.rows.map((r) => [r.company_id, Number(r.n)]));
  const lastOf = new Map<string, CustomerAccount['lastInteractions']>();
  for (const r of last.rows)
    lastOf.set(r.company_id, [
      ...(lastOf.get(r.company_id) ?? []),
      { type: r.type, occurredAt: new Date(r.occurred_at).toISOString(), touchpointName: r.touchpoint_name },
    ]);
  return customers
    .map((c) => ({
      ...c,
      openComplaints: complaintsOf.get(c.id) ?? 0,
      lastInteractions: lastOf.get(c.id) ?? [],
    }))
    .sort(
      (a, b) =>
        (a.nextRenewal ?? '9999').localeCompare(b.nextRenewal ?? '9999') ||
        (a.lastInteractionAt ?? '').localeCompare(b.lastInteractionAt ?? ''),
    );
}
