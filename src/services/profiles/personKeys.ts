import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { ProfilesTable } from '../../db/schema';

/** Everything that identifies one person in the workspace's data, for export and erasure. */
export interface PersonKeys {
  /** The profile and every profile merged into it. */
  profileIds: string[];
  anonymousIds: string[];
  userIds: string[];
  emails: string[];
  /** Web visitor ids (web_sessions, daily_visitors): anonymous ids and `user:<id>`. */
  visitorIds: string[];
}

export async function personKeysOf(
  db: Db,
  workspaceId: string,
  profile: Selectable<ProfilesTable>,
): Promise<{
  keys: PersonKeys;
  merged: Selectable<ProfilesTable>[];
  identities: { kind: string; value: string }[];
}> {
  const merged = await db
    .selectFrom('profiles')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('merged_into', '=', profile.id)
    .execute();
  const profileIds = [profile.id, ...merged.map((m) => m.id)];
  const identities = await db
    .selectFrom('profile_identities')
    .select(['kind', 'value', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('profile_id', 'in', profileIds)
    .orderBy('kind')
    .orderBy('value')
    .execute();
  const of = (kind: string) => identities.filter((i) => i.kind === kind).map((i) => i.value);
  const people = [profile, ...merged];
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const anonymousIds = uniq(of('anonymous'));
  const userIds = uniq([...of('user'), ...people.map((p) => p.user_id)]);
  const emails = uniq([...of('email'), ...people.map((p) => p.email?.toLowerCase() ?? null)]);
  return {
    keys: {
      profileIds,
      anonymousIds,
      userIds,
      emails,
      visitorIds: [...anonymousIds, ...userIds.map((u) => `user:${u}`)],
    },
    merged,
    identities,
  };
}
