import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { IdentityGraph, type IdentityKeys } from '../../core/identity/identityGraph';
import { moveJourneySummary } from '../events/journeySummary';
import { finalProfile, profileColumns, profileStateOf, type ProfileState } from './profileState';

// The identity rules live in the core; this file loads the graph for a batch and saves what it changed.
export { IdentityGraph, type IdentityKeys, type IdentityKind } from '../../core/identity/identityGraph';

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Reads the identities of a batch and their profiles, plus profiles events name directly (e-mail
 * events arrive with their recipient's profile id), following merges to the surviving profile.
 */
export async function loadIdentityGraph(
  trx: Db,
  workspaceId: string,
  keys: IdentityKeys[],
  profileIds: string[] = [],
): Promise<IdentityGraph> {
  const graph = new IdentityGraph();
  const anonymous = unique(keys.map((k) => k.anonymousId));
  const users = unique(keys.map((k) => k.userId));
  const emails = unique(keys.map((k) => k.email));
  const identities =
    anonymous.length + users.length + emails.length === 0
      ? []
      : await trx
          .selectFrom('profile_identities')
          .select(['kind', 'value', 'profile_id'])
          .where('workspace_id', '=', workspaceId)
          .where(
            sql<boolean>`(kind = 'anonymous' and value = any(${anonymous}::text[]))
              or (kind = 'user' and value = any(${users}::text[]))
              or (kind = 'email' and value = any(${emails}::text[]))`,
          )
          .execute();
  const states = new Map<string, ProfileState>();
  const mergedInto = new Map<string, string>();
  let wanted = unique([...identities.map((i) => i.profile_id), ...profileIds]);
  // Merge chains are kept one link long (moveProfileData re-points them), so this runs at most twice.
  while (wanted.length) {
    const rows = await trx
      .selectFrom('profiles')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where(sql<boolean>`id = any(${wanted}::uuid[])`)
      .execute();
    for (const r of rows) {
      states.set(r.id, profileStateOf(r));
      if (r.merged_into) mergedInto.set(r.id, r.merged_into);
    }
    wanted = unique(rows.map((r) => r.merged_into)).filter((id) => !states.has(id));
  }
  for (const p of states.values()) {
    graph.loaded.set(p.id, p);
    const into = mergedInto.get(p.id);
    p.mergedInto = (into !== undefined && states.get(into)) || null;
  }
  for (const i of identities) {
    const p = states.get(i.profile_id);
    if (p) graph.know(i.kind, i.value, p);
  }
  return graph;
}

/**
 * Writes what resolving a batch changed: new profiles, merges (with everything that points at the
 * merged profile), the computed traits of every touched profile, new and moved identities.
 */
export async function saveIdentityGraph(trx: Db, workspaceId: string, graph: IdentityGraph): Promise<void> {
  const created = graph.created.filter((p) => p.mergedInto === null);
  if (created.length)
    await trx
      .insertInto('profiles')
      .values(created.map((p) => ({ workspace_id: workspaceId, id: p.id, ...profileColumns(p) })))
      .execute();
  await moveProfileData(
    trx,
    workspaceId,
    graph.merges
      .filter(({ from }) => !from.isNew)
      .map(({ from }) => ({ from: from.id, into: finalProfile(from).id })),
  );
  const updated = [...graph.loaded.values()].filter((p) => p.touched && p.mergedInto === null);
  await updateProfiles(trx, workspaceId, updated);
  const identities = graph.changedIdentities();
  if (identities.length)
    await trx
      .insertInto('profile_identities')
      .values(
        identities.map((i) => ({
          workspace_id: workspaceId,
          kind: i.kind,
          value: i.value,
          profile_id: i.profileId,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'kind', 'value'])
          .doUpdateSet({ profile_id: (eb) => eb.ref('excluded.profile_id') }),
      )
      .execute();
}

/** Writes the computed traits of many profiles in one statement. */
export async function updateProfiles(trx: Db, workspaceId: string, profiles: ProfileState[]): Promise<void> {
  if (profiles.length === 0) return;
  const rows = profiles.map((p) => ({ id: p.id, ...profileColumns(p) }));
  await sql`
    update profiles p set
      user_id = v.user_id, email = v.email, name = v.name, company_id = v.company_id, traits = v.traits::jsonb,
      first_seen_at = v.first_seen_at, last_seen_at = v.last_seen_at, event_count = v.event_count,
      revenue = v.revenue, touchpoint_ids = v.touchpoint_ids::jsonb, current_phase_key = v.current_phase_key
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(
      id uuid, user_id text, email text, name text, company_id uuid, traits text, first_seen_at timestamptz,
      last_seen_at timestamptz, event_count bigint, revenue numeric, touchpoint_ids text, current_phase_key text)
    where p.workspace_id = ${workspaceId} and p.id = v.id
  `.execute(trx);
}

/**
 * Moves everything that points at the `from` profiles to their `into` profiles: identities, events,
 * mailing recipients, journey-summary rows and profiles merged into them before. The `from` profiles stay as rows marked
 * `merged_into`, so links to them can be followed; they give up their user id, which is unique. Six
 * statements however many merges a batch holds. No `into` may itself be a `from`.
 */
export async function moveProfileData(
  trx: Db,
  workspaceId: string,
  moves: { from: string; into: string }[],
): Promise<void> {
  if (moves.length === 0) return;
  const m = sql`jsonb_to_recordset(${JSON.stringify(moves)}::jsonb) as m("from" uuid, "into" uuid)`;
  await sql`update profiles p set merged_into = m."into", user_id = null from ${m}
    where p.workspace_id = ${workspaceId} and p.id = m."from"`.execute(trx);
  await sql`update profiles p set merged_into = m."into" from ${m}
    where p.workspace_id = ${workspaceId} and p.merged_into = m."from"`.execute(trx);
  await sql`update profile_identities i set profile_id = m."into" from ${m}
    where i.workspace_id = ${workspaceId} and i.profile_id = m."from"`.execute(trx);
  await sql`update events e set profile_id = m."into" from ${m}
    where e.workspace_id = ${workspaceId} and e.profile_id = m."from"`.execute(trx);
  await sql`update mailing_recipients r set profile_id = m."into" from ${m}
    where r.workspace_id = ${workspaceId} and r.profile_id = m."from"`.execute(trx);
  await moveJourneySummary(trx, workspaceId, moves);
}
