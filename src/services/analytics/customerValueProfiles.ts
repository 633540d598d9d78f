import { sql } from 'kysely';
import type { CustomerValueProfilesQuery } from '../../contract/customerValue';
import type { ProfilePage } from '../../contract/profiles';
import { classifyAbc, computeRfm } from '../../core/customerValue';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { decodeCursor, encodeCursor } from '../profiles/keysetCursor';
import { toProfileSummary, type ProfileSummaryRow } from '../profiles/profileSummary';
import { valueSettings } from './customerValue';
import { endOf, loadPeriodCustomers } from './customerValueOrders';
import { resolveDateRange } from './dateRange';

const isRevenueKey = (v: unknown[]): v is [number, string] =>
  v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

/**
 * The customers behind one customer-value figure (an RFM segment or cell, an ABC class, existing or new
 * customers of the period), with the same period, filters and thresholds as the figure; highest revenue
 * (up to the end of the period) first, a page at a time. The classes are computed as the figure computes
 * them, over all customers, and then narrowed.
 *
 * @example await listCustomerValueProfiles(ctx, { rfm: 'at_risk', to: '2026-11-30', limit: 50 })
 */
export async function listCustomerValueProfiles(
  ctx: WorkspaceContext,
  query: CustomerValueProfilesQuery,
): Promise<Result<ProfilePage>> {
  let after: [number, string] | null = null;
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isRevenueKey);
    // The field named as the schema's own errors name query fields.
    if (!key.ok)
      return err('validation_failed', 'cursor: not a cursor this list returned', {
        field: 'querystring.cursor',
      });
    after = key.value;
  }
  const { filters, thresholds } = valueSettings(query);
  const period = resolveDateRange({ from: query.from, to: query.to });
  const customers = await loadPeriodCustomers(ctx, period, filters);
  const rfm = computeRfm(customers, endOf(period.to));
  const classOf = new Map(
    classifyAbc(
      customers.map((c) => ({ id: c.profileId, revenue: c.revenue })),
      thresholds,
    ).map((e) => [e.id, e.class]),
  );
  const periodStart = Date.parse(`${period.from}T00:00:00Z`);
  const chosen = customers
    .filter((c, i) => {
      const score = rfm[i];
      if (!score) return false;
      if (query.rfm !== undefined && score.segment !== query.rfm) return false;
      if (query.r !== undefined && score.r !== query.r) return false;
      if (query.f !== undefined && score.f !== query.f) return false;
      if (query.abc !== undefined && classOf.get(c.profileId) !== query.abc) return false;
      if (query.customer !== undefined) {
        if (c.ordersInPeriod === 0) return false;
        if ((c.firstOrderAt < periodStart ? 'existing' : 'new') !== query.customer) return false;
      }
      return true;
    })
    .sort((x, y) => y.revenue - x.revenue || (x.profileId < y.profileId ? -1 : 1))
    .filter(
      (c) => after === null || c.revenue < after[0] || (c.revenue === after[0] && c.profileId > after[1]),
    );
  const page = chosen.slice(0, query.limit);
  const ids = page.map((c) => c.profileId);
  const { rows } =
    ids.length === 0
      ? { rows: [] }
      : await sql<ProfileSummaryRow>`
          select p.id, p.name, p.email, p.user_id, p.company_id, c.name as company_name, p.first_seen_at,
            p.last_seen_at, p.event_count, p.revenue, p.current_phase_key
          from profiles p
          left join companies c on c.workspace_id = p.workspace_id and c.id = p.company_id
          where p.workspace_id = ${ctx.workspaceId}::uuid and p.id = any(${ids}::uuid[])
        `.execute(ctx.db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const last = page[page.length - 1];
  return ok({
    items: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toProfileSummary(row)] : [];
    }),
    nextCursor: chosen.length > query.limit && last ? encodeCursor([last.revenue, last.profileId]) : null,
  });
}
