import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { ProfilesTable } from '../../db/schema';

/**
 * A profile of the workspace by id; for a merged one, the profile it lives on in (merge chains are
 * kept one link long). Undefined when there is none.
 */
export async function findProfile(
  db: Db,
  workspaceId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Selectable<ProfilesTable> | undefined> {
  const read = (profileId: string) => {
    const q = db
      .selectFrom('profiles')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', profileId);
    return (options.forUpdate ? q.forUpdate() : q).executeTakeFirst();
  };
  const row = await read(id);
  return row?.merged_into ? read(row.merged_into) : row;
}
