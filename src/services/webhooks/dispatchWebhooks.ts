import { sql } from 'kysely';
import { retryDelayMs, signedHeaders } from '../../core/webhooks';
import type { Db } from '../../db/database';
import { onWebhookQueued } from './webhookDispatcherSignal';

/** One attempt may take this long; a receiver that answers later counts as failed. */
const ATTEMPT_TIMEOUT_MS = 10_000;
/**
 * A claimed delivery is leased for this long: a process that dies mid-attempt leaves it to be claimed
 * again after the lease, so a crash delays a message but never loses it.
 */
const LEASE = '2 minutes';
const ERROR_TEXT_MAX = 500;

export interface DispatchResult {
  delivered: number;
  retrying: number;
  failed: number;
}

interface Claimed {
  workspace_id: string;
  id: string;
  message_id: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Sends the deliveries that are due (oldest first, at most `limit`), signed with their endpoint's
 * secret, and records each outcome: a 2xx answer is delivered; anything else is tried again after the
 * pause of the retry schedule, and after the last attempt the delivery is failed. Several processes may
 * dispatch at once: each claims its rows (`for update skip locked`) and leases them.
 *
 * @example await dispatchDueWebhooks(db) // { delivered: 2, retrying: 1, failed: 0 }
 */
export async function dispatchDueWebhooks(
  db: Db,
  options: { limit?: number; workspaceIds?: readonly string[]; now?: () => Date } = {},
): Promise<DispatchResult> {
  const now = options.now ?? (() => new Date());
  const only = options.workspaceIds;
  // A maintenance query across workspaces (docs/scaling.md): which deliveries are due anywhere.
  const claimed = await sql<Claimed>`
    with due as (
      select d.workspace_id, d.id from webhook_deliveries d
      join webhook_endpoints e on e.workspace_id = d.workspace_id and e.id = d.endpoint_id and e.enabled
      where d.status = 'pending' and d.next_attempt_at <= ${now()}
        ${only ? sql`and d.workspace_id = any(${[...only]}::uuid[])` : sql``}
      order by d.next_attempt_at
      limit ${options.limit ?? 50}
      for update of d skip locked
    )
    update webhook_deliveries d
    set attempts = d.attempts + 1, next_attempt_at = ${now()}::timestamptz + ${LEASE}::interval
    from due, webhook_endpoints e
    where d.workspace_id = due.workspace_id and d.id = due.id
      and e.workspace_id = d.workspace_id and e.id = d.endpoint_id
    returning d.workspace_id, d.id, d.message_id, d.payload, d.attempts, e.url, e.secret
  `.execute(db);
  const result: DispatchResult = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.rows.map(async (d) => {
      const outcome = await attempt(d, now());
      if (outcome.ok) {
        result.delivered++;
        await db
          .updateTable('webhook_deliveries')
          .set({ status: 'delivered', delivered_at: now(), last_status: outcome.status, last_error: null })
          .where('workspace_id', '=', d.workspace_id)
          .where('id', '=', d.id)
          .execute();
        return;
      }
      const delay = retryDelayMs(d.attempts);
      if (delay === null) result.failed++;
      else result.retrying++;
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: delay === null ? 'failed' : 'pending',
          next_attempt_at: new Date(now().getTime() + (delay ?? 0)),
          last_status: outcome.status,
          last_error: outcome.error.slice(0, ERROR_TEXT_MAX),
        })
        .where('workspace_id', '=', d.workspace_id)
        .where('id', '=', d.id)
        .execute();
    }),
  );
  return result;
}

async function attempt(
  d: Claimed,
  at: Date,
): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
  const body = JSON.stringify(d.payload);
  try {
    const response = await fetch(d.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Touchpoint-Webhooks/1',
        ...signedHeaders(d.secret, d.message_id, at, body),
      },
      body,
      // A redirect is an answer, not a new address to send the signed message to.
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const text = await response.text().catch(() => '');
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `HTTP ${response.status}${text ? `: ${text}` : ''}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const message =
      error instanceof DOMException && error.name === 'TimeoutError'
        ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
        : `${error instanceof Error ? error.message : String(error)}${cause}`;
    return { ok: false, status: null, error: message };
  }
}

export interface WebhookDispatcher {
  stop(): Promise<void>;
}

/**
 * Sends due deliveries as long as the process runs: at once when this process queues one, and every
 * `intervalMs` for retries that fall due and messages queued by other processes. The delivery table is
 * the queue, so stopping or crashing loses nothing.
 *
 * @example const dispatcher = startWebhookDispatcher(db, { onError: log }); ...; await dispatcher.stop();
 */
export function startWebhookDispatcher(
  db: Db,
  options: {
    intervalMs?: number;
    workspaceIds?: readonly string[];
    onError?: (error: unknown) => void;
  } = {},
): WebhookDispatcher {
  const onError = options.onError ?? ((error: unknown) => console.error('Webhook dispatch failed', error));
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function drain(): Promise<void> {
    for (;;) {
      if (stopped) return;
      const r = await dispatchDueWebhooks(db, { workspaceIds: options.workspaceIds });
      if (r.delivered + r.retrying + r.failed === 0) return;
    }
  }
  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  }
  const unsubscribe = onWebhookQueued(run);
  const timer = setInterval(run, options.intervalMs ?? 1000);
  timer.unref();
  run();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
