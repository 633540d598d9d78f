import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { useFreshDatabase } from '../support/childServer';

/**
 * Migration 0010: a new touchpoint is "not yet assessed" (impact and effort null) instead of 3 / 3;
 * touchpoints stored before keep the values their users saw.
 */
describe('migration 0010: impact and effort may be not yet assessed', () => {
  const database = useFreshDatabase('touchpoint_migration_assessment');

  it('keeps the values of existing touchpoints and gives new ones none', async () => {
    const db = database();
    await migrateTo(db, '0009_alert_breach');
    const insert = (name: string) => sql`
      insert into touchpoints (workspace_id, name, medium, directness, ownership, phase_class)
      select workspace_id, ${name}, 'digital', 'direct', 'owned', 'cip' from workspaces
    `;
    await sql`insert into workspaces (name, slug) values ('Migrated', 'migrated')`.execute(db);
    await insert('Website').execute(db);
    await sql`update touchpoints set impact = 5, effort = 2 where name = 'Website'`.execute(db);
    await insert('Messe').execute(db);

    await migrateToLatest(db);
    await insert('Neu').execute(db);
    const rows = await db
      .selectFrom('touchpoints')
      .select(['name', 'impact', 'effort'])
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'Messe', impact: 3, effort: 3 },
      { name: 'Neu', impact: null, effort: null },
      { name: 'Website', impact: 5, effort: 2 },
    ]);
  });
});
