import type { Paths, PathsPeriod, PathsQuery } from '../../contract/paths';
import { computePaths, type PathOptions, type PathsResult } from '../../core/paths';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';
import { scanPathSequences, type AnalysisFilters } from './pathsEvents';

type PathsInput = Pick<
  PathsQuery,
  'start' | 'end' | 'depth' | 'collapse' | 'top' | 'from' | 'to' | 'persona' | 'channel'
>;

/** The core's options from the query; the anchor touchpoint must be one of the workspace's. */
export async function pathOptionsOf(
  ctx: WorkspaceContext,
  q: PathsInput,
): Promise<Result<{ options: PathOptions; names: Map<string, string> }>> {
  const anchor: PathOptions['anchor'] =
    q.start !== undefined
      ? { kind: 'start', touchpointId: q.start }
      : { kind: 'end', touchpointId: q.end ?? '' };
  const touchpoints = await ctx.db
    .selectFrom('touchpoints')
    .select(['id', 'name'])
    .where('workspace_id', '=', ctx.workspaceId)
    .execute();
  const names = new Map(touchpoints.map((t) => [t.id, t.name]));
  if (!names.has(anchor.touchpointId))
    return err('validation_failed', `${anchor.kind}: the workspace has no such touchpoint`, {
      field: `querystring.${anchor.kind}`,
    });
  return ok({ options: { anchor, depth: q.depth, collapse: q.collapse === 'true', top: q.top }, names });
}

/** The paths of one period, computed in the core from one scan. */
export async function pathsOfPeriod(
  ctx: WorkspaceContext,
  options: PathOptions,
  period: { from: string; to: string },
  filters: AnalysisFilters,
): Promise<PathsResult> {
  return computePaths(await scanPathSequences(ctx, options, period, filters), options);
}

function toPeriod(
  r: PathsResult,
  period: { from: string; to: string },
  names: Map<string, string>,
): PathsPeriod {
  return {
    from: period.from,
    to: period.to,
    profiles: r.profiles,
    shownProfiles: r.shownProfiles,
    paths: r.paths,
    nodes: r.nodes.map((n) => ({
      ...n,
      name: n.touchpointId === null ? null : (names.get(n.touchpointId) ?? ''),
    })),
    links: r.links,
  };
}

/**
 * The most frequent paths from a start touchpoint (or to an end one) in a period, as paths and as a
 * Sankey (nodes per level with their drop-off, links), optionally beside a comparison period.
 *
 * @example await getPaths(ctx, { start: touchpointId, depth: 5, collapse: 'true', top: 10 })
 */
export async function getPaths(ctx: WorkspaceContext, q: PathsQuery): Promise<Result<Paths>> {
  const resolved = await pathOptionsOf(ctx, q);
  if (!resolved.ok) return resolved;
  const { options, names } = resolved.value;
  const filters: AnalysisFilters = { persona: q.persona, channel: q.channel };
  const period = resolveDateRange({ from: q.from, to: q.to });
  const comparePeriod =
    q.compareFrom !== undefined && q.compareTo !== undefined
      ? { from: q.compareFrom, to: q.compareTo }
      : null;
  const [main, compare] = await Promise.all([
    pathsOfPeriod(ctx, options, period, filters),
    comparePeriod === null ? null : pathsOfPeriod(ctx, options, comparePeriod, filters),
  ]);
  return ok({
    ...toPeriod(main, period, names),
    anchor: { ...options.anchor, name: names.get(options.anchor.touchpointId) ?? '' },
    depth: options.depth,
    collapse: options.collapse,
    compare: compare === null || comparePeriod === null ? null : toPeriod(compare, comparePeriod, names),
  });
}
