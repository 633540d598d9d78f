import { sql } from 'kysely';
import type { z } from 'zod';
import type { sendTimeAnalysisSchema } from '../../contract/email';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';

/** An ad-hoc scan of the event log: never more than a year at once. */
export const MAX_SEND_TIME_DAYS = 366;
const DEFAULT_DAYS = 90;
const DAY_MS = 86_400_000;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Seed 000's "Tageszeit" analysis: e-mail opens by weekday and hour in a time zone, counted from the
 * `email_open` events of a bounded date range (default: the last 90 days). The scan uses the
 * `(workspace_id, occurred_at)` index of the event log.
 */
export async function getSendTimeAnalysis(
  ctx: WorkspaceContext,
  query: { from?: string; to?: string; timeZone: string; mailingId?: string },
  today = new Date(),
): Promise<Result<z.infer<typeof sendTimeAnalysisSchema>>> {
  if (!isTimeZone(query.timeZone))
    return err('validation_failed', `timeZone: unknown time zone ${query.timeZone}`, { field: 'timeZone' });
  const to = query.to ?? today.toISOString().slice(0, 10);
  const from =
    query.from ?? new Date(Date.parse(to) - (DEFAULT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days < 1) return err('validation_failed', 'from: must not be after to', { field: 'from' });
  if (days > MAX_SEND_TIME_DAYS)
    return err('validation_failed', `to: the range may span at most ${MAX_SEND_TIME_DAYS} days`, {
      field: 'to',
      days,
    });

  const local = sql`e.occurred_at at time zone ${query.timeZone}`;
  const weekday = sql<number>`extract(isodow from ${local})::int`;
  const hour = sql<number>`extract(hour from ${local})::int`;
  let q = ctx.db
    .selectFrom('events as e')
    .select((eb) => [weekday.as('weekday'), hour.as('hour'), eb.fn.countAll<number>().as('opens')])
    .where('e.workspace_id', '=', ctx.workspaceId)
    .where('e.occurred_at', '>=', sql<Date>`(${from}::date)::timestamp at time zone ${query.timeZone}`)
    .where('e.occurred_at', '<', sql<Date>`(${to}::date + 1)::timestamp at time zone ${query.timeZone}`)
    .where('e.type', '=', 'email_open');
  if (query.mailingId) q = q.where(sql`e.properties ->> 'mailingId'`, '=', query.mailingId);
  // By position: the time zone is a parameter, and two parameters are never the same expression.
  const rows = await q
    .groupBy([sql`1`, sql`2`])
    .orderBy(sql`1`)
    .orderBy(sql`2`)
    .execute();

  const cells = rows.map((r) => ({
    weekday: Number(r.weekday),
    hour: Number(r.hour),
    opens: Number(r.opens),
  }));
  const sumBy = (pick: (c: (typeof cells)[number]) => number, n: number, first: number) =>
    Array.from({ length: n }, (_, i) => i + first).map((k) =>
      cells.filter((c) => pick(c) === k).reduce((s, c) => s + c.opens, 0),
    );
  return ok({
    from,
    to,
    timeZone: query.timeZone,
    totalOpens: cells.reduce((s, c) => s + c.opens, 0),
    cells,
    byWeekday: sumBy((c) => c.weekday, 7, 1).map((opens, i) => ({ weekday: i + 1, opens })),
    byHour: sumBy((c) => c.hour, 24, 0).map((opens, hour) => ({ hour, opens })),
  });
}
