import { sql, type Kysely } from 'kysely';

/**
 * What an alert broke, as data: the side (below / above), the bound and whether the bound was a band
 * limit or the target. The web app words the alert in the user's language from these; the bound is
 * kept with the alert because the KPI's band and target can change afterwards. Older alerts get them
 * back from their English message (`…, below the band limit 150 visits`); one that does not read
 * like that keeps nulls and is shown by its message.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table kpi_alerts
      add column breach_side text check (breach_side in ('below', 'above')),
      add column bound double precision,
      add column bound_kind text check (bound_kind in ('band', 'target')),
      add constraint kpi_alerts_breach_complete check (
        (breach_side is null) = (bound is null) and (bound is null) = (bound_kind is null)
      )
  `.execute(db);
  await sql`
    update kpi_alerts a
    set breach_side = p.m[1],
      bound_kind = case p.m[2] when 'the band limit' then 'band' else 'target' end,
      bound = p.m[3]::double precision
    from (
      select workspace_id, id,
        regexp_match(message, '^.*, (below|above) (the band limit|the target) (-?[0-9]+(?:[.][0-9]+)?(?:e[+-]?[0-9]+)?)(?: .*)?$') as m
      from kpi_alerts
    ) p
    where p.workspace_id = a.workspace_id and p.id = a.id and p.m is not null
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table kpi_alerts drop constraint kpi_alerts_breach_complete,
      drop column breach_side, drop column bound, drop column bound_kind
  `.execute(db);
}
