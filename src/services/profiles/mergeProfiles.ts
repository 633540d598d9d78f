import type { ProfileDetail } from '../../contract/profiles';
import { inTransaction } from '../../db/transaction';
import { err, ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { lockEventCursor } from '../events/cursor';
import { getProfile } from './getProfile';
import { moveProfileData, updateProfiles } from './identity';
import { mergeProfileStates, profileStateOf } from './profileState';

/**
 * Merges `otherId` into `id` by hand (two profiles the tracking could not connect, e.g. a private and a
 * work address): identities, events and mailing recipients move, counters add up, the other profile is
 * marked merged. Holds the event cursor lock, so the processor never sees half of it.
 *
 * @example await mergeProfiles(ctx, keepId, { otherProfileId: duplicateId })
 */
export async function mergeProfiles(
  ctx: WorkspaceContext,
  id: string,
  input: { otherProfileId: string },
): Promise<Result<ProfileDetail>> {
  const ws = ctx.workspaceId;
  const otherId = input.otherProfileId;
  if (otherId === id)
    return err('validation_failed', 'otherProfileId: a profile cannot be merged into itself', {
      field: 'body.otherProfileId',
    });
  const merged = await inTransaction(ctx.db, async (trx): Promise<Result<true>> => {
    await lockEventCursor(trx, ws);
    const rows = await trx
      .selectFrom('profiles')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', 'in', [id, otherId])
      .forUpdate()
      .execute();
    const target = rows.find((r) => r.id === id);
    const other = rows.find((r) => r.id === otherId);
    if (!target) return err('not_found', 'Profile not found', { id });
    if (!other)
      return err('not_found', 'otherProfileId: profile not found', { field: 'body.otherProfileId' });
    for (const r of [target, other])
      if (r.merged_into)
        return err('conflict', 'This profile was merged into another one already', {
          id: r.id,
          mergedInto: r.merged_into,
        });
    const into = profileStateOf(target);
    mergeProfileStates(profileStateOf(other), into);
    await moveProfileData(trx, ws, [{ from: other.id, into: target.id }]);
    await updateProfiles(trx, ws, [into]);
    await recordHistory(
      ctx,
      { entityType: 'profile', entityId: target.id, action: 'merge', changes: { mergedProfileId: other.id } },
      trx,
    );
    return ok(true);
  });
  return merged.ok ? getProfile(ctx, id) : merged;
}
