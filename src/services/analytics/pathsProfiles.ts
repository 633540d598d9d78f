import type { PathProfilesQuery } from '../../contract/paths';
import type { ProfilePage } from '../../contract/profiles';
import { levelsOf, nodeId, pathKey } from '../../core/paths';
import type { Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';
import { pathOptionsOf, pathsOfPeriod } from './paths';
import { profilePageOf } from './pathsProfilePage';

/**
 * The profiles behind one node of the paths' Sankey (the same period, filters and options): those on
 * a shown path through that touchpoint at that level, or, for an "(Ende)" / "(Start)" node, those whose
 * shown path stopped (began) there.
 *
 * @example await listPathProfiles(ctx, { start, depth: 5, collapse: 'false', top: 10, node: '2:(end)', limit: 50 })
 */
export async function listPathProfiles(
  ctx: WorkspaceContext,
  q: PathProfilesQuery,
): Promise<Result<ProfilePage>> {
  const resolved = await pathOptionsOf(ctx, q);
  if (!resolved.ok) return resolved;
  const { options } = resolved.value;
  const result = await pathsOfPeriod(ctx, options, resolveDateRange({ from: q.from, to: q.to }), {
    persona: q.persona,
    channel: q.channel,
  });
  const shown = new Set(result.paths.map(pathKey));
  const node = q.node.toLowerCase();
  const ids: string[] = [];
  for (const [profileId, path] of result.pathOf) {
    if (!shown.has(pathKey(path))) continue;
    const levels = levelsOf(path, options);
    const touches = path.touchpointIds.some((id, i) => nodeId(levels[i] ?? i, id, 'touchpoint') === node);
    const lastLevel = levels[levels.length - 1] ?? 0;
    const firstLevel = levels[0] ?? 0;
    const ends = !path.open && options.anchor.kind === 'start' && nodeId(lastLevel + 1, null, 'end') === node;
    const begins =
      !path.open && options.anchor.kind === 'end' && nodeId(firstLevel - 1, null, 'start') === node;
    if (touches || ends || begins) ids.push(profileId);
  }
  return profilePageOf(ctx, ids, q);
}
