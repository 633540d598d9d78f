import type { FrequencyStatus } from '../../contract/editorialPlan';
import { checkFrequency } from '../../core/editorialPlan/checkFrequency';
import type { WorkspaceContext } from '../context';
import { listEditorialChannels } from './editorialChannels';

const DAY_MS = 86_400_000;
/** Wide enough for the longest check window (30 days) on either side of now. */
const SPAN_DAYS = 31;

/**
 * Each channel's plan against its frequency target, for the next and the last window (core rule:
 * `checkFrequency`).
 *
 * @example await getFrequencyStatus(ctx) // [{ channelName: 'LinkedIn', status: 'behind', coming: { planned: 1, expected: 4 } }, …]
 */
export async function getFrequencyStatus(
  ctx: WorkspaceContext,
  now = new Date(),
): Promise<FrequencyStatus[]> {
  const [channels, items] = await Promise.all([
    listEditorialChannels(ctx),
    ctx.db
      .selectFrom('editorial_items')
      .select(['channel_id', 'planned_at', 'status'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('planned_at', '>=', new Date(now.getTime() - SPAN_DAYS * DAY_MS))
      .where('planned_at', '<', new Date(now.getTime() + SPAN_DAYS * DAY_MS))
      .execute(),
  ]);
  return channels.map((c) => {
    const posts = items
      .filter((i) => i.channel_id === c.id)
      .map((i) => ({ plannedAt: i.planned_at, status: i.status }));
    const target = c.targetCount === null ? null : { count: c.targetCount, period: c.targetPeriod };
    return {
      channelId: c.id,
      channelName: c.name,
      targetCount: c.targetCount,
      targetPeriod: c.targetPeriod,
      ...checkFrequency(target, posts, now),
    };
  });
}
