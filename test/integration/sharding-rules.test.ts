import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDb } from '../support/db';
import {
  shardingRuleBreaches,
  type CatalogueForeignKey,
  type CatalogueTable,
} from '../support/shardingRules';

/**
 * The migrated schema keeps the rules under which a large installation distributes the workspace
 * tables with Citus (docs/scaling.md). A new table without workspace_id, a key that leaves it out,
 * or a foreign key between shards fails here, before it reaches an installation that shards.
 */
describe('the schema can be distributed by workspace', () => {
  it('keeps every table, key and foreign key on one workspace`s shard', async () => {
    const db = testDb();
    const columns = await sql<{ table_name: string; column_name: string }>`
      select c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'`.execute(db);
    const keys = await sql<{ table_name: string; is_primary: boolean; columns: string[] }>`
      select i.indrelid::regclass::text as table_name, i.indisprimary as is_primary,
             array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, n)
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                   order by k.n) as columns
      from pg_index i join pg_class c on c.oid = i.indrelid
      where i.indisunique and c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')`.execute(
      db,
    );
    const fks = await sql<{
      name: string;
      table_name: string;
      columns: string[];
      ref_name: string;
      ref_columns: string[];
    }>`
      select conname as name, conrelid::regclass::text as table_name, confrelid::regclass::text as ref_name,
             array(select a.attname::text from unnest(conkey) with ordinality k(attnum, n)
                   join pg_attribute a on a.attrelid = conrelid and a.attnum = k.attnum order by k.n) as columns,
             array(select a.attname::text from unnest(confkey) with ordinality k(attnum, n)
                   join pg_attribute a on a.attrelid = confrelid and a.attnum = k.attnum order by k.n) as ref_columns
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`.execute(db);

    const byName = new Map<string, CatalogueTable & { columns: string[]; uniqueKeys: string[][] }>();
    for (const c of columns.rows) {
      const t = byName.get(c.table_name) ?? {
        name: c.table_name,
        columns: [],
        primaryKey: null,
        uniqueKeys: [],
      };
      t.columns.push(c.column_name);
      byName.set(c.table_name, t);
    }
    for (const k of keys.rows) {
      const t = byName.get(k.table_name);
      if (!t) continue;
      if (k.is_primary) t.primaryKey = k.columns;
      else t.uniqueKeys.push(k.columns);
    }
    const foreignKeys: CatalogueForeignKey[] = fks.rows.map((f) => ({
      name: f.name,
      table: f.table_name,
      columns: f.columns,
      references: f.ref_name,
      referencedColumns: f.ref_columns,
    }));

    expect(byName.size).toBeGreaterThan(40);
    expect(shardingRuleBreaches([...byName.values()], foreignKeys)).toEqual([]);
  });
});
