import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001_ctm_model';
import * as m0002 from './migrations/0002_live_data';
import * as m0004 from './migrations/0004_event_processor_indexes';
import * as m0006 from './migrations/0006_channel_stats';
import * as m0007 from './migrations/0007_import_duplicates';
import * as m0008 from './migrations/0008_known_profiles';
import * as m0009 from './migrations/0009_alert_breach';
import * as m0010 from './migrations/0010_touchpoint_assessment';
import * as m0011 from './migrations/0011_conversion_point_names';
import * as m0013 from './migrations/0013_editorial_plan';
import * as m0014 from './migrations/0014_event_name_mappings';
import * as m0015 from './migrations/0015_newsletter_import';
import * as m0016 from './migrations/0016_mapping_apply_runs';
import * as m0017 from './migrations/0017_touchpoint_links';
import * as m0018 from './migrations/0018_market_mirror_and_visitor_salts';
import * as m0019 from './migrations/0019_seen_event_names_index';
import * as m0021 from './migrations/0021_attribution_campaigns';
import * as m0022 from './migrations/0022_adhoc_funnels';
import * as m0023 from './migrations/0023_journey_summary';
import * as m0024 from './migrations/0024_lead_scoring';
import * as m0025 from './migrations/0025_pipeline';
import * as m0026 from './migrations/0026_order_events_index';
import * as m0028 from './migrations/0028_webhooks';
import * as m0003email from './migrations/0003_email';
import * as m0005email from './migrations/0005_email_delivery';
import * as m0012strategy from './migrations/0012_strategy';
import * as m0020segments from './migrations/0020_segments';

/** Migrations are imported, not read from disk, so they travel inside the built bundle. */
const migrations: Record<string, Migration> = {
  '0001_ctm_model': m0001,
  '0002_live_data': m0002,
  '0003_email': m0003email,
  '0004_event_processor_indexes': m0004,
  '0005_email_delivery': m0005email,
  '0006_channel_stats': m0006,
  '0007_import_duplicates': m0007,
  '0008_known_profiles': m0008,
  '0009_alert_breach': m0009,
  '0010_touchpoint_assessment': m0010,
  '0011_conversion_point_names': m0011,
  '0012_strategy': m0012strategy,
  '0013_editorial_plan': m0013,
  '0014_event_name_mappings': m0014,
  '0015_newsletter_import': m0015,
  '0016_mapping_apply_runs': m0016,
  '0017_touchpoint_links': m0017,
  '0018_market_mirror_and_visitor_salts': m0018,
  '0019_seen_event_names_index': m0019,
  '0020_segments': m0020segments,
  '0021_attribution_campaigns': m0021,
  '0022_adhoc_funnels': m0022,
  '0023_journey_summary': m0023,
  '0024_lead_scoring': m0024,
  '0025_pipeline': m0025,
  '0026_order_events_index': m0026,
  '0028_webhooks': m0028,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the latest version; concurrent callers are serialised by Kysely's lock table. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Brings the schema to the named migration, up or down (for checking how a migration treats the data
 * of the version before it).
 */
export async function migrateTo(db: Db, name: string): Promise<void> {
  if (!(name in migrations)) throw new Error(`There is no migration ${name}`);
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
