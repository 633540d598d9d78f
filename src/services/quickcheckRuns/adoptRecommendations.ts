import {
  type QuickcheckAdoptInput,
  type QuickcheckAdoptResult,
  type QuickcheckResultRowView,
  type QuickcheckRun,
} from '../../contract/quickcheck';
import type { Touchpoint } from '../../contract/touchpoints';
import { findDigitalInterface } from '../../core/catalogue';
import { quickcheckInterfaces, type QuickcheckInterface } from '../../core/quickcheck';
import { err, ok, type DomainError, type Result } from '../../core/result';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { createTouchpointFromCatalogue } from '../touchpoints';
import { getQuickcheckRun } from './quickcheckRunStore';

class AdoptionFailed extends Error {
  constructor(readonly domainError: DomainError) {
    super(domainError.message);
  }
}

function chooseRows(
  run: QuickcheckRun,
  wanted: readonly string[] | undefined,
): Result<QuickcheckResultRowView[]> {
  if (wanted === undefined) return ok(run.results.filter((row) => row.labelKey === 'very_recommended'));
  const chosen = new Map<string, QuickcheckResultRowView>();
  const unknown: string[] = [];
  for (const name of wanted) {
    const byName = run.results.find((row) => row.interface === name);
    const entry = byName ? undefined : findDigitalInterface(name);
    const row = byName ?? run.results.find((r) => r.key === entry?.key);
    if (row) chosen.set(row.key, row);
    else unknown.push(name);
  }
  if (unknown.length)
    return err('validation_failed', `Unknown interface: ${unknown.join(', ')}`, {
      field: 'interfaces',
      unknown,
      allowed: quickcheckInterfaces,
    });
  return ok([...chosen.values()].sort((a, b) => a.rank - b.rank));
}

/**
 * Adds recommended interfaces of a run to the touchpoint inventory as target touchpoints: phases from
 * the catalogue, current maturity "none", the given target maturity (default "good") and a link to the
 * run. By default every "Sehr empfehlenswert" interface; interfaces that already have an active
 * touchpoint with the same catalogue key are skipped. All or nothing: on any error nothing is written.
 *
 * @example
 * await adoptRecommendations(ctx, runId, {});
 * // { ok: true, value: { created: [Touchpoint, ...], skipped: ['Website'] } }
 * await adoptRecommendations(ctx, runId, { interfaces: ['Fax'] });
 * // { ok: false, error: { code: 'validation_failed', message: 'Unknown interface: Fax', ... } }
 */
export async function adoptRecommendations(
  ctx: WorkspaceContext,
  id: string,
  input: QuickcheckAdoptInput,
): Promise<Result<QuickcheckAdoptResult>> {
  const run = await getQuickcheckRun(ctx, id);
  if (!run.ok) return run;
  const chosen = chooseRows(run.value, input.interfaces);
  if (!chosen.ok) return chosen;
  const targetMaturity = input.targetMaturity ?? 'good';
  try {
    const value = await inTransaction(ctx.db, async (trx) => {
      const tctx: WorkspaceContext = { ...ctx, db: trx };
      // Two adoptions of the same run wait for each other instead of both creating the same touchpoints.
      await trx
        .selectFrom('quickcheck_runs')
        .select('id')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', id)
        .forUpdate()
        .execute();
      const keys = chosen.value.map((row) => row.key);
      const existing = keys.length
        ? await trx
            .selectFrom('touchpoints')
            .select('catalogue_key')
            .where('workspace_id', '=', ctx.workspaceId)
            .where('retired_at', 'is', null)
            .where('catalogue_key', 'in', keys)
            .execute()
        : [];
      const present = new Set(existing.map((t) => t.catalogue_key));
      const created: Touchpoint[] = [];
      const skipped: QuickcheckInterface[] = [];
      for (const row of chosen.value) {
        if (present.has(row.key)) {
          skipped.push(row.interface);
          continue;
        }
        const result = await createTouchpointFromCatalogue(tctx, {
          catalogueKey: row.key,
          quickcheckRunId: id,
          targetMaturity,
          ...(input.personaIds && { personaIds: input.personaIds }),
        });
        if (!result.ok) throw new AdoptionFailed(result.error);
        created.push(result.value);
      }
      await recordHistory(
        tctx,
        {
          entityType: 'quickcheck_run',
          entityId: id,
          action: 'adopted',
          changes: { created: created.map((t) => t.name), skipped, targetMaturity },
        },
        trx,
      );
      return { created, skipped };
    });
    return ok(value);
  } catch (error) {
    if (error instanceof AdoptionFailed) return { ok: false, error: error.domainError };
    throw error;
  }
}
