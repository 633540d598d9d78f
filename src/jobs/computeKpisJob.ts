import { sql } from 'kysely';
import type { Db } from '../db/database';
import { computeKpiValues, type ComputedValue } from '../services/kpis/computedKpis';

/** A UTC day as `YYYY-MM-DD`, `offset` days from `now`. */
export const utcDay = (now: Date, offset = 0): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);

export interface ComputeRunResult {
  workspaces: number;
  values: number;
  alerts: number;
}

/**
 * The daily job: computes yesterday's (now complete) and today's (so far) values of every computed
 * KPI in every workspace that has one, and waits until the alerts it raised are delivered. Only
 * yesterday's values are checked against their bands: today's are partial (half an hour of visits
 * right after midnight is not a slump), and are checked tomorrow, when the day is complete. A failing
 * workspace is logged and does not stop the others.
 *
 * @example await computeAllKpis(db, new Date()) // { workspaces: 3, values: 24, alerts: 1 }
 */
export async function computeAllKpis(
  db: Db,
  now: Date,
  log: (message: string) => void = (m) => console.error(m),
  /** Only these workspaces (tests share one database). */
  workspaceIds?: readonly string[],
): Promise<ComputeRunResult> {
  const workspaces = await sql<{ workspace_id: string }>`
    select distinct workspace_id from kpis where metric is not null
    ${workspaceIds ? sql`and workspace_id = any(${[...workspaceIds]}::uuid[])` : sql``}
  `.execute(db);
  const result: ComputeRunResult = { workspaces: 0, values: 0, alerts: 0 };
  const deliveries: Promise<unknown>[] = [];
  for (const { workspace_id } of workspaces.rows) {
    try {
      for (const [day, complete] of [
        [utcDay(now, -1), true],
        [utcDay(now), false],
      ] as const) {
        const values: ComputedValue[] = await computeKpiValues(db, workspace_id, day, {
          checkBands: complete,
          onAlert: (raised) => {
            result.alerts++;
            deliveries.push(raised.delivered);
          },
        });
        result.values += values.filter((v) => v.stored).length;
      }
      result.workspaces++;
    } catch (error) {
      log(
        `Computing the KPIs of workspace ${workspace_id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  await Promise.all(deliveries);
  return result;
}
