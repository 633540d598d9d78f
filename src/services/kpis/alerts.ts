import nodemailer from 'nodemailer';
import { sql } from 'kysely';
import type { KpiAlert } from '../../contract/kpis';
import { alertMessage, breachOf } from '../../core/kpis/band';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import { emitWebhookEvent } from '../webhooks/emitWebhookEvent';
import type { AcknowledgedAlert } from '../../contract/kpis';

export const WEBHOOK_TIMEOUT_MS = 5000;

/** What happened to each way of telling people; a failure is logged and reported, never thrown. */
export interface AlertDelivery {
  email: 'sent' | 'not_configured' | 'no_recipients' | `failed: ${string}` | `skipped: ${string}`;
  webhook: 'sent' | 'no_webhook' | `failed: ${string}`;
}

export interface RaisedAlert {
  alert: KpiAlert;
  /** Resolves when e-mail and webhook are done (they never reject). */
  delivered: Promise<AlertDelivery>;
}

type Log = (message: string) => void;
const defaultLog: Log = (message) => console.warn(`KPI alert: ${message}`);

/**
 * Checks a value just recorded for a KPI (by hand, imported or computed): when it leaves the KPI's
 * band (or misses its target when there is no band), stores an alert, at most one per KPI and day,
 * and sends it by e-mail to the KPI's `alertEmails` (through the workspace's SMTP server) and as JSON
 * to its `alertWebhook`. Returns null when the value is fine or the day has an alert already.
 *
 * @example
 * const raised = await raiseAlertIfOutOfBand(db, workspaceId, kpiId, '2026-05-04', 38);
 * if (raised) await raised.delivered; // { email: 'sent', webhook: 'sent' }
 */
export async function raiseAlertIfOutOfBand(
  db: Db,
  workspaceId: string,
  kpiId: string,
  day: string,
  value: number,
  log: Log = defaultLog,
): Promise<RaisedAlert | null> {
  const kpi = await db
    .selectFrom('kpis as k')
    .innerJoin('touchpoints as t', (j) =>
      j.onRef('t.workspace_id', '=', 'k.workspace_id').onRef('t.id', '=', 'k.touchpoint_id'),
    )
    .select([
      'k.id',
      'k.name',
      'k.unit',
      'k.direction',
      'k.target_value',
      'k.band_low',
      'k.band_high',
      'k.alert_emails',
      'k.alert_webhook',
      'k.touchpoint_id',
      't.name as touchpoint_name',
    ])
    .where('k.workspace_id', '=', workspaceId)
    .where('k.id', '=', kpiId)
    .executeTakeFirst();
  if (!kpi) return null;
  const limits = {
    bandLow: kpi.band_low,
    bandHigh: kpi.band_high,
    target: kpi.target_value,
    direction: kpi.direction,
  };
  const breach = breachOf(value, limits);
  if (!breach) return null;
  const hasBand = kpi.band_low !== null || kpi.band_high !== null;
  const message = alertMessage(kpi.name, kpi.touchpoint_name, value, kpi.unit, day, breach, hasBand);
  const boundKind = hasBand ? 'band' : 'target';
  const toAlert = (row: {
    id: string;
    measured_on: string;
    value: number;
    message: string;
    created_at: Date;
  }): KpiAlert => ({
    id: row.id,
    kpiId,
    kpiName: kpi.name,
    touchpointId: kpi.touchpoint_id,
    touchpointName: kpi.touchpoint_name,
    unit: kpi.unit,
    measuredOn: row.measured_on,
    value: row.value,
    breach: { ...breach, boundKind },
    message: row.message,
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: null,
  });
  // The alert and its outbound webhook messages (docs/webhooks.md) commit together.
  const alert = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('kpi_alerts')
      .values({
        workspace_id: workspaceId,
        kpi_id: kpiId,
        measured_on: day,
        value,
        message,
        breach_side: breach.side,
        bound: breach.bound,
        bound_kind: boundKind,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'kpi_id', 'measured_on']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    const raised = toAlert(row);
    await emitWebhookEvent(trx, workspaceId, 'kpi.alert_raised', { alert: raised });
    return raised;
  });
  if (!alert) return null;
  const payload = {
    type: 'kpi_alert',
    workspaceId,
    alert,
    kpi: { id: kpi.id, name: kpi.name, unit: kpi.unit, ...limits, touchpointName: kpi.touchpoint_name },
    breach,
  };
  const delivered = Promise.all([
    sendAlertMail(db, workspaceId, kpi.alert_emails, message, payload, log),
    postWebhook(kpi.alert_webhook, payload, log),
  ]).then(([email, webhook]) => ({ email, webhook }));
  return { alert, delivered };
}

async function sendAlertMail(
  db: Db,
  workspaceId: string,
  to: string[],
  message: string,
  payload: { alert: KpiAlert },
  log: Log,
): Promise<AlertDelivery['email']> {
  if (to.length === 0) return 'no_recipients';
  try {
    const smtp = await db
      .selectFrom('smtp_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!smtp) {
      log(`no e-mail sent for alert ${payload.alert.id}: no SMTP server is configured for the workspace`);
      return 'not_configured';
    }
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.username && { auth: { user: smtp.username, pass: smtp.password } }),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      await transport.sendMail({
        from: smtp.from_name ? { name: smtp.from_name, address: smtp.from_address } : smtp.from_address,
        to,
        subject: `Touchpoint alert: ${message}`,
        text: `${message}\n\nAcknowledge it in Touchpoint under Monitoring → Alerts.\n`,
      });
    } finally {
      transport.close();
    }
    return 'sent';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`e-mail for alert ${payload.alert.id} failed: ${reason}`);
    return `failed: ${reason}`;
  }
}

async function postWebhook(
  url: string | null,
  payload: { alert: KpiAlert },
  log: Log,
): Promise<AlertDelivery['webhook']> {
  if (!url) return 'no_webhook';
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Touchpoint-Alerts/1' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      redirect: 'manual',
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`answered ${res.status}`);
    return 'sent';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`webhook for alert ${payload.alert.id} to ${url} failed: ${reason}`);
    return `failed: ${reason}`;
  }
}

/** The workspace's alerts, newest first; `open` only those not yet acknowledged. */
export async function listAlerts(
  ctx: WorkspaceContext,
  query: { open?: boolean; limit: number },
): Promise<KpiAlert[]> {
  let q = ctx.db
    .selectFrom('kpi_alerts as a')
    .innerJoin('kpis as k', (j) =>
      j.onRef('k.workspace_id', '=', 'a.workspace_id').onRef('k.id', '=', 'a.kpi_id'),
    )
    .innerJoin('touchpoints as t', (j) =>
      j.onRef('t.workspace_id', '=', 'k.workspace_id').onRef('t.id', '=', 'k.touchpoint_id'),
    )
    .select([
      'a.id',
      'a.kpi_id',
      'k.name',
      'k.unit',
      'k.touchpoint_id',
      't.name as touchpoint_name',
      'a.measured_on',
      'a.value',
      'a.breach_side',
      'a.bound',
      'a.bound_kind',
      'a.message',
      'a.created_at',
      'a.acknowledged_at',
    ])
    .where('a.workspace_id', '=', ctx.workspaceId);
  if (query.open === true) q = q.where('a.acknowledged_at', 'is', null);
  if (query.open === false) q = q.where('a.acknowledged_at', 'is not', null);
  const rows = await q.orderBy('a.created_at', 'desc').limit(query.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    kpiId: r.kpi_id,
    kpiName: r.name,
    touchpointId: r.touchpoint_id,
    touchpointName: r.touchpoint_name,
    unit: r.unit,
    measuredOn: r.measured_on,
    value: r.value,
    breach:
      r.breach_side && r.bound !== null && r.bound_kind
        ? { side: r.breach_side, bound: r.bound, boundKind: r.bound_kind }
        : null,
    message: r.message,
    createdAt: r.created_at.toISOString(),
    acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
  }));
}

/** Marks an alert as seen; acknowledging twice keeps the first time. */
export async function acknowledgeAlert(
  ctx: WorkspaceContext,
  id: string,
): Promise<Result<AcknowledgedAlert>> {
  const row = await sql<{ id: string; acknowledged_at: Date }>`
    update kpi_alerts set acknowledged_at = coalesce(acknowledged_at, now())
    where workspace_id = ${ctx.workspaceId} and id = ${id}
    returning id, acknowledged_at
  `.execute(ctx.db);
  const r = row.rows[0];
  return r
    ? ok({ id: r.id, acknowledgedAt: r.acknowledged_at.toISOString() })
    : err('not_found', 'Alert not found', { id });
}
