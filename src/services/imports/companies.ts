import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { CompanyRow } from './rows';

/**
 * Upserts a batch of companies: one with an `external_id` (the CRM's account id) is matched by it,
 * one without by its name, ignoring case. Name and domain are overwritten, extra columns are merged
 * into the properties. Within a batch the last row of the same company wins.
 */
export async function writeCompanies(
  trx: Db,
  workspaceId: string,
  rows: readonly CompanyRow[],
): Promise<number> {
  const byExternal = new Map<string, CompanyRow>();
  const byName = new Map<string, CompanyRow>();
  for (const r of rows) {
    if (r.external_id !== undefined) byExternal.set(r.external_id, r);
    else byName.set(r.name.toLowerCase(), r);
  }
  const json = (list: CompanyRow[]) =>
    JSON.stringify(
      list.map((r) => ({
        external_id: r.external_id ?? null,
        name: r.name,
        domain: r.domain ?? '',
        properties: r.properties,
      })),
    );
  if (byExternal.size)
    await sql`
      insert into companies (workspace_id, external_id, name, domain, properties)
      select ${workspaceId}, v.external_id, v.name, v.domain, v.properties
      from jsonb_to_recordset(${json([...byExternal.values()])}::jsonb)
        as v(external_id text, name text, domain text, properties jsonb)
      on conflict (workspace_id, external_id) do update set
        name = excluded.name,
        domain = case when excluded.domain = '' then companies.domain else excluded.domain end,
        properties = companies.properties || excluded.properties
    `.execute(trx);
  if (byName.size) {
    const list = [...byName.values()];
    // The oldest company of a name is the one a name refers to (as the event processor resolves it).
    const updated = await sql<{ key: string }>`
      update companies c set
        domain = case when v.domain = '' then c.domain else v.domain end,
        properties = c.properties || v.properties
      from jsonb_to_recordset(${json(list)}::jsonb) as v(external_id text, name text, domain text, properties jsonb)
      where c.workspace_id = ${workspaceId}
        and c.id = (select id from companies o where o.workspace_id = ${workspaceId}
                    and lower(o.name) = lower(v.name) order by o.created_at limit 1)
      returning lower(v.name) as key
    `.execute(trx);
    const done = new Set(updated.rows.map((r) => r.key));
    const fresh = list.filter((r) => !done.has(r.name.toLowerCase()));
    if (fresh.length)
      await sql`
        insert into companies (workspace_id, name, domain, properties)
        select ${workspaceId}, v.name, v.domain, v.properties
        from jsonb_to_recordset(${json(fresh)}::jsonb) as v(external_id text, name text, domain text, properties jsonb)
      `.execute(trx);
  }
  return rows.length;
}
