import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { useFreshDatabase } from '../support/childServer';

/**
 * Migration 0009 keeps an alert's breach as data; alerts stored before get it back from their English
 * message, and one whose message does not say keeps nulls (the web app then shows the message).
 */
describe('migration 0009: the breach of older alerts', () => {
  const database = useFreshDatabase('touchpoint_migration');

  it('reads side, bound and band or target from the message', async () => {
    const db = database();
    await migrateTo(db, '0008_known_profiles');
    const kpiId = await sql<{ kpi: string }>`
      with w as (insert into workspaces (name, slug) values ('Migrated', 'migrated') returning workspace_id),
        t as (
          insert into touchpoints (workspace_id, name, medium, directness, ownership, phase_class)
          select workspace_id, 'LinkedIn (Unternehmensseite)', 'digital', 'direct', 'owned', 'cip' from w
          returning workspace_id, id
        )
      insert into kpis (workspace_id, touchpoint_id, name, unit)
      select workspace_id, id, 'Reaktionszeit, above the target 1', 'Stunden' from t returning id as kpi
    `
      .execute(db)
      .then((r) => r.rows[0]!.kpi);
    const alert = (day: string, value: number, message: string) => sql`
      insert into kpi_alerts (workspace_id, kpi_id, measured_on, value, message)
      select workspace_id, id, ${day}, ${value}, ${message} from kpis where id = ${kpiId}
    `;
    const name = 'KPI "Reaktionszeit, above the target 1" (LinkedIn (Unternehmensseite))';
    await alert(
      '2026-11-23',
      51.714,
      `${name} was 51.71 Stunden on 2026-11-23, above the band limit 24 Stunden`,
    ).execute(db);
    await alert('2026-11-24', -3, `${name} was -3 on 2026-11-24, below the target -0.5`).execute(db);
    await alert(
      '2026-11-25',
      2e21,
      `${name} was 2e+21 Stunden on 2026-11-25, above the target 1e+21 Stunden`,
    ).execute(db);
    await alert('2026-11-26', 28, 'Anfragen pro Monat: 28 liegt unter 40').execute(db);

    await migrateToLatest(db);
    const rows = await db
      .selectFrom('kpi_alerts')
      .select(['measured_on', 'breach_side', 'bound', 'bound_kind'])
      .orderBy('measured_on')
      .execute();
    expect(rows).toEqual([
      { measured_on: '2026-11-23', breach_side: 'above', bound: 24, bound_kind: 'band' },
      { measured_on: '2026-11-24', breach_side: 'below', bound: -0.5, bound_kind: 'target' },
      { measured_on: '2026-11-25', breach_side: 'above', bound: 1e21, bound_kind: 'target' },
      { measured_on: '2026-11-26', breach_side: null, bound: null, bound_kind: null },
    ]);
  });
});
