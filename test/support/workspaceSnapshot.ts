import { sql } from 'kysely';
import type { Db } from '../../src/db/database';

/**
 * A digest of every row of every table that holds workspace data (found in the catalogue, so a new
 * table is covered without editing this), plus the owner's memberships and sessions, in one query:
 * any write at all changes it, and the key names the table. Tests compare it before and after a
 * request that must change nothing.
 */
export async function workspaceSnapshot(
  db: Db,
  workspaceId: string,
  ownerId: string,
): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where column_name = 'workspace_id' and table_schema = current_schema()
    order by table_name
  `.execute(db);
  const digest = sql`md5(coalesce(string_agg(x::text, '|' order by x::text), ''))`;
  const parts = [
    ...tables.map(
      ({ table_name: t }) =>
        sql`select ${t}::text as name, ${digest} as digest from ${sql.table(t)} x where x.workspace_id = ${workspaceId}`,
    ),
    sql`select 'memberships of the owner', ${digest} from memberships x where x.user_id = ${ownerId}`,
    sql`select 'sessions of the owner', ${digest} from sessions x where x.user_id = ${ownerId}`,
  ];
  const { rows } = await sql<{ name: string; digest: string }>`${sql.join(parts, sql` union all `)}`.execute(
    db,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}
