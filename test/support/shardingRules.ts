/**
 * The rules that let a large installation distribute the workspace tables with Citus, by
 * `workspace_id` (docs/scaling.md). Checked against the migrated database's catalogue by
 * test/integration/sharding-rules.test.ts, and against broken catalogues by its unit test.
 */

/** Tables that Citus keeps whole on every node (reference tables) or only on the coordinator. */
export const REFERENCE_TABLES: Readonly<Record<string, string>> = {
  users: 'a person signs in to many workspaces; a reference table',
  sessions: 'sign-in sessions of users, looked up by cookie before any workspace is known',
  kysely_migration: 'the migrator`s own bookkeeping, on the coordinator',
  kysely_migration_lock: 'the migrator`s own bookkeeping, on the coordinator',
};

/**
 * Unique keys without `workspace_id`: a secret that arrives alone and names its workspace. Citus cannot
 * enforce these across shards; docs/scaling.md says how each is looked up in a distributed installation.
 */
export const GLOBAL_UNIQUE_KEYS: Readonly<Record<string, string>> = {
  'workspaces(slug)': 'the slug in an address; workspaces is small and can be a reference table',
  'write_keys(key)': 'a tracker`s write key arrives without a workspace',
  'api_tokens(token_hash)': 'an API token arrives without a workspace',
  'rating_links(token)': 'a public rating link arrives without a workspace',
  'editorial_feed_tokens(token)': 'a calendar feed address arrives without a workspace',
  'email_webhook_secrets(secret_hash)': 'a provider webhook arrives without a workspace',
  'mailing_recipients(token)': 'an open, click or unsubscribe link arrives without a workspace',
};

export interface CatalogueTable {
  name: string;
  columns: readonly string[];
  /** Column lists of the primary key and every unique constraint or unique index. */
  primaryKey: readonly string[] | null;
  uniqueKeys: readonly (readonly string[])[];
}

export interface CatalogueForeignKey {
  name: string;
  table: string;
  columns: readonly string[];
  references: string;
  referencedColumns: readonly string[];
}

/**
 * Every way the catalogue breaks the distribution rules, one sentence each; empty when it keeps them.
 *
 * @example
 * shardingRuleBreaches([{ name: 'notes', columns: ['id'], primaryKey: ['id'], uniqueKeys: [] }], [])
 * // ['notes has no workspace_id column, and it is not a reference table']
 */
export function shardingRuleBreaches(
  tables: readonly CatalogueTable[],
  foreignKeys: readonly CatalogueForeignKey[],
): string[] {
  const breaches: string[] = [];
  const distributed = new Set<string>();
  for (const t of tables) {
    if (t.name in REFERENCE_TABLES) continue;
    if (!t.columns.includes('workspace_id')) {
      breaches.push(`${t.name} has no workspace_id column, and it is not a reference table`);
      continue;
    }
    distributed.add(t.name);
    if (!t.primaryKey) breaches.push(`${t.name} has no primary key`);
    else if (!t.primaryKey.includes('workspace_id'))
      breaches.push(`${t.name}: its primary key (${t.primaryKey.join(', ')}) lacks workspace_id`);
    for (const key of t.uniqueKeys) {
      const label = `${t.name}(${key.join(',')})`;
      if (!key.includes('workspace_id') && !(label in GLOBAL_UNIQUE_KEYS))
        breaches.push(`${label}: a unique key without workspace_id that no shard can enforce`);
    }
  }
  for (const fk of foreignKeys) {
    const fromDistributed = distributed.has(fk.table);
    const toDistributed = distributed.has(fk.references);
    if (!fromDistributed && toDistributed) {
      breaches.push(`${fk.name}: the reference table ${fk.table} points into ${fk.references}`);
    } else if (fromDistributed && toDistributed) {
      const from = fk.columns.indexOf('workspace_id');
      if (from < 0 || fk.referencedColumns[from] !== 'workspace_id')
        breaches.push(
          `${fk.name}: ${fk.table}(${fk.columns.join(',')}) -> ${fk.references}(${fk.referencedColumns.join(',')}) ` +
            'does not pair workspace_id with workspace_id, so the rows may sit on different shards',
        );
    }
  }
  return breaches;
}
