import type { ProfilePage } from '../../contract/profiles';
import type { Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { checkFunnelSteps, funnelOfPeriod, type FunnelRunInput } from './adhocFunnel';
import { resolveDateRange } from './dateRange';
import { profilePageOf } from './pathsProfilePage';

/**
 * The profiles behind one step of an ad-hoc funnel (the same definition, period and filters): those
 * who reached it, or with `dropped` those who reached it but not the next step.
 *
 * @example await listAdhocFunnelProfiles(ctx, run, { step: 1, dropped: true, limit: 50 })
 */
export async function listAdhocFunnelProfiles(
  ctx: WorkspaceContext,
  run: FunnelRunInput,
  which: { step: number; dropped: boolean; limit: number; cursor?: string | undefined },
  field = 'body.steps',
): Promise<Result<ProfilePage>> {
  const checked = await checkFunnelSteps(ctx, run.steps, field);
  if (!checked.ok) return checked;
  const { progress } = await funnelOfPeriod(ctx, run, resolveDateRange({ from: run.from, to: run.to }));
  const ids = progress
    .filter((p) =>
      which.dropped
        ? p.reachedAt.length === which.step + 1 && which.step + 1 < run.steps.length
        : p.reachedAt.length > which.step,
    )
    .map((p) => p.profileId);
  return profilePageOf(ctx, ids, which);
}
