import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { decideAlias } from '../../core/identity/decideAlias';
import { moveJourneySummary } from '../events/journeySummary';
import { assertUnreachable } from '../../core/result';
import {
  finalProfile,
  mergeProfileStates,
  newProfileState,
  profileColumns,
  profileStateOf,
  type ProfileState,
} from './profileState';

export type IdentityKind = 'anonymous' | 'user' | 'email';

/** The identifiers one event carries. */
export interface IdentityKeys {
  anonymousId: string | null;
  userId: string | null;
  email: string | null;
}

const keyOf = (kind: IdentityKind, value: string) => `${kind}\u0000${value}`;

/**
 * Which profile each identifier (anonymous id, user id, e-mail) belongs to, for the identifiers of
 * one batch of events. Resolving an event may create a profile or merge an anonymous one into a known
 * one; `saveIdentityGraph` writes all of it back.
 *
 * Rules (docs/profiles-and-analytics.md):
 * - A user id is the strongest identifier, then a profile that has one, then the e-mail, then the
 *   anonymous id.
 * - A profile without a user id that shares an identifier with the event's profile is merged into it
 *   (typically: anonymous browsing, then a login or a form with the e-mail address).
 * - Two profiles with different user ids are never merged automatically (a shared computer): the
 *   identifier moves to the event's profile, past events stay where they are. Only a Segment `alias`,
 *   the sender's explicit statement, merges them (`alias`, src/core/identity/decideAlias.ts).
 */
export class IdentityGraph {
  private readonly byKey = new Map<string, ProfileState>();
  private readonly changed = new Map<string, { kind: IdentityKind; value: string }>();
  readonly created: ProfileState[] = [];
  readonly merges: { from: ProfileState; into: ProfileState }[] = [];
  /** Profiles read from the database, by id. */
  readonly loaded = new Map<string, ProfileState>();

  constructor(private readonly newId: () => string = randomUUID) {}

  /** Registers an identity found in the database. */
  know(kind: IdentityKind, value: string, profile: ProfileState): void {
    this.loaded.set(profile.id, profile);
    this.byKey.set(keyOf(kind, value), profile);
  }

  /** A profile by id (read from the database), or the one it was merged into. */
  byId(id: string): ProfileState | undefined {
    const p = this.loaded.get(id);
    return p && finalProfile(p);
  }

  lookup(kind: IdentityKind, value: string): ProfileState | undefined {
    const p = this.byKey.get(keyOf(kind, value));
    return p && finalProfile(p);
  }

  /** The profile an event belongs to, creating or merging profiles as the rules say. */
  resolve(ids: IdentityKeys): ProfileState {
    const byUser = ids.userId ? this.lookup('user', ids.userId) : undefined;
    const others = [
      ids.email ? this.lookup('email', ids.email) : undefined,
      ids.anonymousId ? this.lookup('anonymous', ids.anonymousId) : undefined,
    ];
    let target: ProfileState;
    if (byUser) target = byUser;
    else if (ids.userId) {
      target = others.find((p) => p && p.userId === null) ?? this.create();
      target.userId = ids.userId;
      target.touched = true;
    } else target = others.find((p) => p?.userId) ?? others.find((p) => p) ?? this.create();

    if (ids.userId) this.point('user', ids.userId, target);
    const pairs: [IdentityKind, string | null][] = [
      ['email', ids.email],
      ['anonymous', ids.anonymousId],
    ];
    for (const [kind, value] of pairs) {
      if (!value) continue;
      const current = this.lookup(kind, value);
      if (current === target) continue;
      if (current && current.userId === null) this.merge(current, target);
      else this.point(kind, value, target);
    }
    return target;
  }

  /**
   * A Segment alias: the sender says `previousId` (a user id, else an anonymous id) and `userId` are one
   * person. `decideAlias` decides; this applies it. Returns the merge it made, for the history.
   */
  alias(userId: string, previousId: string): { from: ProfileState; into: ProfileState } | null {
    const user = this.lookup('user', userId);
    const previous = this.lookup('user', previousId) ?? this.lookup('anonymous', previousId);
    const decision = decideAlias({ user, previous });
    switch (decision.kind) {
      case 'nothing':
        return null;
      case 'join':
        if (previous) this.point('user', userId, previous);
        return null;
      case 'merge':
        if (!previous || !user) return null;
        this.merge(previous, user);
        return { from: previous, into: user };
      default:
        return assertUnreachable(decision);
    }
  }

  /** Merges `from` into `into` (both final). */
  merge(from: ProfileState, into: ProfileState): void {
    mergeProfileStates(from, into);
    from.mergedInto = into;
    from.touched = true;
    this.merges.push({ from, into });
  }

  private point(kind: IdentityKind, value: string, profile: ProfileState): void {
    const key = keyOf(kind, value);
    if (this.byKey.get(key) === profile) return;
    this.byKey.set(key, profile);
    this.changed.set(key, { kind, value });
  }

  private create(): ProfileState {
    const p = newProfileState(this.newId());
    this.created.push(p);
    return p;
  }

  /** Identities to write: new ones and those that moved to another profile. */
  changedIdentities(): { kind: IdentityKind; value: string; profileId: string }[] {
    return [...this.changed].map(([key, { kind, value }]) => ({
      kind,
      value,
      profileId: finalProfile(this.byKey.get(key) as ProfileState).id,
    }));
  }
}

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
