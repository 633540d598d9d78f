import type { Moments, MomentsQuery } from '../../contract/moments';
import { lowRatedBusy, measureMoments } from '../../core/moments';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';
import { loadJourneys, momentTouchpoints } from './momentsJourneys';

/**
 * Moments that matter, measured (issue 13): per touchpoint the conversion rate of the period's
 * journeys with and without it, the lift with its 95 % interval, and the busy touchpoints customers
 * rate low. One scan of the period's events; the ratings are all the touchpoint's customer ratings
 * (they are too few to cut by period).
 *
 * @example await getMoments(ctx, { from: '2026-03-01', to: '2026-03-31', minJourneys: 30, ratingBelow: 3 })
 */
export async function getMoments(ctx: WorkspaceContext, query: MomentsQuery): Promise<Moments> {
  const period = resolveDateRange({ from: query.from, to: query.to });
  const [journeys, touchpoints, ratings] = await Promise.all([
    loadJourneys(ctx, period, { persona: query.persona, channel: query.channel }),
    momentTouchpoints(ctx),
    ctx.db
      .selectFrom('ratings')
      .select([
        'touchpoint_id',
        (eb) => eb.fn.avg<string>('score').as('average'),
        (eb) => eb.fn.countAll<string>().as('count'),
      ])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('source', '=', 'customer')
      .groupBy('touchpoint_id')
      .execute(),
  ]);
  const byId = new Map(touchpoints.map((t) => [t.id, t]));
  const candidates = measureMoments(
    journeys,
    touchpoints.map((t) => t.id),
    query.minJourneys,
  ).map((c) => ({
    ...c,
    name: byId.get(c.touchpointId)?.name ?? '',
    momentThatMatters: byId.get(c.touchpointId)?.moment_that_matters ?? false,
  }));
  const people = new Map<string, number>();
  for (const j of journeys) for (const id of j.firstTouchAt.keys()) people.set(id, (people.get(id) ?? 0) + 1);
  const ratingOf = new Map(ratings.map((r) => [r.touchpoint_id, r]));
  const { medianPeople, items } = lowRatedBusy(
    touchpoints.map((t) => {
      const r = ratingOf.get(t.id);
      return {
        touchpointId: t.id,
        people: people.get(t.id) ?? 0,
        averageRating: r ? Number(r.average) : null,
        ratings: r ? Number(r.count) : 0,
      };
    }),
    query.ratingBelow,
  );
  return {
    ...period,
    minJourneys: query.minJourneys,
    ratingBelow: query.ratingBelow,
    journeys: journeys.length,
    conversions: journeys.filter((j) => j.convertedAt !== null).length,
    candidates,
    medianPeople,
    lowRated: items.map((i) => ({
      touchpointId: i.touchpointId,
      name: byId.get(i.touchpointId)?.name ?? '',
      people: i.people,
      averageRating: Math.round((i.averageRating ?? 0) * 100) / 100,
      ratings: i.ratings,
    })),
  };
}
