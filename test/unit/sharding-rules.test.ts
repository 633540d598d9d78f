import { describe, expect, it } from 'vitest';
import { shardingRuleBreaches, type CatalogueTable } from '../support/shardingRules';

const table = (name: string, over: Partial<CatalogueTable> = {}): CatalogueTable => ({
  name,
  columns: ['workspace_id', 'id'],
  primaryKey: ['workspace_id', 'id'],
  uniqueKeys: [],
  ...over,
});

/** The checker behind test/integration/sharding-rules.test.ts finds each kind of breach. */
describe('shardingRuleBreaches', () => {
  it('passes workspace tables, reference tables and foreign keys that stay on one shard', () => {
    expect(
      shardingRuleBreaches(
        [table('touchpoints'), table('kpis'), table('users', { columns: ['id'], primaryKey: ['id'] })],
        [
          {
            name: 'kpis_touchpoint_fk',
            table: 'kpis',
            columns: ['workspace_id', 'touchpoint_id'],
            references: 'touchpoints',
            referencedColumns: ['workspace_id', 'id'],
          },
          {
            name: 'kpis_user_fk',
            table: 'kpis',
            columns: ['created_by'],
            references: 'users',
            referencedColumns: ['id'],
          },
        ],
      ),
    ).toEqual([]);
  });

  it('names a table without workspace_id, a key without it and a foreign key across shards', () => {
    const breaches = shardingRuleBreaches(
      [
        table('notes', { columns: ['id'], primaryKey: ['id'] }),
        table('tags', { primaryKey: ['id'], uniqueKeys: [['name']] }),
        table('touchpoints'),
        table('users', { columns: ['id'], primaryKey: ['id'] }),
      ],
      [
        {
          name: 'tags_touchpoint_fk',
          table: 'tags',
          columns: ['touchpoint_id'],
          references: 'touchpoints',
          referencedColumns: ['id'],
        },
        {
          name: 'users_tag_fk',
          table: 'users',
          columns: ['favourite_tag_id'],
          references: 'tags',
          referencedColumns: ['id'],
        },
      ],
    );
    expect(breaches).toEqual([
      'notes has no workspace_id column, and it is not a reference table',
      'tags: its primary key (id) lacks workspace_id',
      'tags(name): a unique key without workspace_id that no shard can enforce',
      'tags_touchpoint_fk: tags(touchpoint_id) -> touchpoints(id) does not pair workspace_id with workspace_id, so the rows may sit on different shards',
      'users_tag_fk: the reference table users points into tags',
    ]);
  });

  it('accepts the declared global secrets but no other key without workspace_id', () => {
    expect(shardingRuleBreaches([table('write_keys', { uniqueKeys: [['key']] })], [])).toEqual([]);
    expect(shardingRuleBreaches([table('write_keys', { uniqueKeys: [['label']] })], [])).toEqual([
      'write_keys(label): a unique key without workspace_id that no shard can enforce',
    ]);
  });
});
