import type {
  AdhocFunnelPeriod,
  AdhocFunnelResult,
  FunnelStepDefinition,
  SavedFunnelResultQuery,
} from '../../contract/adhocFunnels';
import { computeAdhocFunnel, type FunnelOrder, type ProfileProgress } from '../../core/adhocFunnel';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { scanFunnelEvents } from './adhocFunnelEvents';
import { resolveDateRange } from './dateRange';
import type { AnalysisFilters } from './pathsEvents';

/** What a funnel is run with: its definition, the period and the filters. */
export interface FunnelRunInput extends SavedFunnelResultQuery {
  steps: FunnelStepDefinition[];
  order: FunnelOrder;
  windowSeconds: number;
}

/**
 * Checks that every touchpoint a step names is one of the workspace's, naming the field
 * (`steps.1.touchpointId`); answers the touchpoints' names for the step labels.
 */
export async function checkFunnelSteps(
  ctx: WorkspaceContext,
  steps: readonly FunnelStepDefinition[],
  field = 'body.steps',
): Promise<Result<Map<string, string>>> {
  const touchpoints = await ctx.db
    .selectFrom('touchpoints')
    .select(['id', 'name'])
    .where('workspace_id', '=', ctx.workspaceId)
    .execute();
  const names = new Map(touchpoints.map((t) => [t.id, t.name]));
  const unknown = steps.findIndex((s) => s.touchpointId !== undefined && !names.has(s.touchpointId));
  if (unknown >= 0)
    return err('validation_failed', `steps[${unknown}].touchpointId: the workspace has no such touchpoint`, {
      field: `${field}.${unknown}.touchpointId`,
      issues: [
        {
          path: `${field}.${unknown}.touchpointId`,
          message: 'the workspace has no such touchpoint',
          code: 'unknown_touchpoint',
        },
      ],
    });
  return ok(names);
}

/** A step's label: as given, or its criteria in words. */
export function stepLabel(step: FunnelStepDefinition, names: Map<string, string>): string {
  if (step.label) return step.label;
  const parts = [
    step.touchpointId === undefined ? null : (names.get(step.touchpointId) ?? step.touchpointId),
    step.eventName ?? null,
    step.eventType === undefined ? null : `type ${step.eventType}`,
    step.channel === undefined ? null : `channel ${step.channel}`,
    ...(step.conditions ?? []).map(
      (c) => `${c.key} ${c.op}${c.value === undefined ? '' : ` ${String(c.value)}`}`,
    ),
  ];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

/** The funnel's figures and each entered profile's progress for one period. */
export async function funnelOfPeriod(
  ctx: WorkspaceContext,
  run: FunnelRunInput,
  period: { from: string; to: string },
): Promise<{ figures: ReturnType<typeof computeAdhocFunnel>['steps']; progress: ProfileProgress[] }> {
  const filters: AnalysisFilters = { persona: run.persona, channel: run.channel };
  const profiles = await scanFunnelEvents(ctx, run.steps, run.order, run.windowSeconds, period, filters);
  const { steps, progress } = computeAdhocFunnel(profiles, {
    stepCount: run.steps.length,
    order: run.order,
    windowSeconds: run.windowSeconds,
    entryFrom: Date.parse(period.from),
    entryBefore: Date.parse(period.to) + 86_400_000,
  });
  return { figures: steps, progress };
}

/**
 * Runs an ad-hoc funnel (saved or not) over a period (default the last 30 days) and, if asked, a second
 * period to compare; filtered by persona (of the touchpoint) and channel. Reads the event log.
 *
 * @example await runAdhocFunnel(ctx, { steps, order: 'loose', windowSeconds: 86_400, from: '2026-03-01', to: '2026-03-31' })
 */
export async function runAdhocFunnel(
  ctx: WorkspaceContext,
  run: FunnelRunInput,
): Promise<Result<AdhocFunnelResult>> {
  const checked = await checkFunnelSteps(ctx, run.steps);
  if (!checked.ok) return checked;
  const labels = run.steps.map((s) => stepLabel(s, checked.value));
  const period = resolveDateRange({ from: run.from, to: run.to });
  const comparePeriod =
    run.compareFrom !== undefined && run.compareTo !== undefined
      ? { from: run.compareFrom, to: run.compareTo }
      : null;
  const toPeriod = (
    p: { from: string; to: string },
    r: Awaited<ReturnType<typeof funnelOfPeriod>>,
  ): AdhocFunnelPeriod => ({
    from: p.from,
    to: p.to,
    steps: r.figures.map((f, index) => ({ index, label: labels[index] ?? '', ...f })),
  });
  const [main, compare] = await Promise.all([
    funnelOfPeriod(ctx, run, period),
    comparePeriod === null ? null : funnelOfPeriod(ctx, run, comparePeriod),
  ]);
  return ok({
    ...toPeriod(period, main),
    order: run.order,
    windowSeconds: run.windowSeconds,
    compare: compare === null || comparePeriod === null ? null : toPeriod(comparePeriod, compare),
  });
}
