import { sql } from 'kysely';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { announceEmailEvents, recordEmailEvent } from './emailEvents';

/**
 * The recipient's side of a mailing, reached through the token in its links (no account, like a
 * rating link): the open pixel, the click redirect, unsubscribing and resubscribing. Counters move in
 * the same transaction as the per-recipient row, so unique opens and clicks are exact under
 * concurrent requests.
 */
export const isRecipientToken = (token: string): boolean => /^[0-9a-f]{32}$/.test(token);

/** Statuses of a mail that went out; a pixel load for anything else cannot be real. */
const SENT_STATUSES = ['sent', 'bounced_soft', 'bounced_hard'] as const;

interface RecipientRef {
  workspace_id: string;
  mailing_id: string;
  email: string;
  profile_id: string | null;
  touchpoint_id: string | null;
}

async function findRecipient(db: Db, token: string) {
  if (!isRecipientToken(token)) return undefined;
  return db
    .selectFrom('mailing_recipients as r')
    .innerJoin('mailings as m', (j) =>
      j.onRef('m.workspace_id', '=', 'r.workspace_id').onRef('m.id', '=', 'r.mailing_id'),
    )
    .innerJoin('workspaces as w', 'w.workspace_id', 'r.workspace_id')
    .select([
      'r.workspace_id',
      'r.mailing_id',
      'r.email',
      'r.profile_id',
      'r.status',
      'r.unsubscribed_at',
      'm.touchpoint_id',
      'm.links',
      'w.name as workspace_name',
      'w.locale',
    ])
    .where('r.token', '=', token)
    .executeTakeFirst();
}

async function bumpStats(
  db: Db,
  r: RecipientRef,
  column: 'opens' | 'clicks' | 'unsubscribes',
  first: boolean,
) {
  const unique = column === 'opens' ? 'unique_opens' : column === 'clicks' ? 'unique_clicks' : null;
  await db
    .updateTable('mailing_stats')
    .set((eb) => ({
      [column]: eb(column, '+', 1),
      ...(unique && first && { [unique]: eb(unique, '+', 1) }),
    }))
    .where('workspace_id', '=', r.workspace_id)
    .where('mailing_id', '=', r.mailing_id)
    .execute();
}

/** Counts one load of the open pixel. Unknown tokens are ignored: the pixel is served anyway. */
export async function recordOpen(db: Db, token: string): Promise<boolean> {
  if (!isRecipientToken(token)) return false;
  const workspaceId = await inTransaction(db, async (trx) => {
    const r = await trx
      .updateTable('mailing_recipients as r')
      .from('mailings as m')
      .set((eb) => ({
        opens: eb('r.opens', '+', 1),
        first_opened_at: sql`coalesce(r.first_opened_at, now())`,
      }))
      .whereRef('m.workspace_id', '=', 'r.workspace_id')
      .whereRef('m.id', '=', 'r.mailing_id')
      .where('r.token', '=', token)
      .where('r.status', 'in', SENT_STATUSES)
      .returning(['r.workspace_id', 'r.mailing_id', 'r.email', 'r.profile_id', 'r.opens', 'm.touchpoint_id'])
      .executeTakeFirst();
    if (!r) return null;
    await bumpStats(trx, r, 'opens', r.opens === 1);
    await recordEmailEvent(trx, r.workspace_id, {
      eventId: `email:${token}:open:${r.opens}`,
      type: 'email_open',
      profileId: r.profile_id,
      touchpointId: r.touchpoint_id,
      properties: { mailingId: r.mailing_id, unique: r.opens === 1 },
    });
    return r.workspace_id;
  });
  if (workspaceId) announceEmailEvents(workspaceId);
  return workspaceId !== null;
}

/**
 * Counts a click and answers the link's target. Only indexes into the mailing's own link list exist,
 * so the redirect can never be pointed elsewhere.
 */
export async function recordClick(
  db: Db,
  token: string,
  index: number,
  options: { count: boolean } = { count: true },
): Promise<Result<string>> {
  const found = await findRecipient(db, token);
  const url = found?.links[index];
  if (!found || url === undefined) return err('not_found', 'This link does not exist');
  if (!options.count || !(SENT_STATUSES as readonly string[]).includes(found.status)) return ok(url);
  await inTransaction(db, async (trx) => {
    const r = await trx
      .updateTable('mailing_recipients')
      .set((eb) => ({
        clicks: eb('clicks', '+', 1),
        first_clicked_at: sql`coalesce(first_clicked_at, now())`,
      }))
      .where('token', '=', token)
      .returning(['clicks'])
      .executeTakeFirstOrThrow();
    await bumpStats(trx, found, 'clicks', r.clicks === 1);
    await recordEmailEvent(trx, found.workspace_id, {
      eventId: `email:${token}:click:${r.clicks}`,
      type: 'email_click',
      profileId: found.profile_id,
      touchpointId: found.touchpoint_id,
      url,
      properties: { mailingId: found.mailing_id, link: index, unique: r.clicks === 1 },
    });
  });
  announceEmailEvents(found.workspace_id);
  return ok(url);
}

export interface PreferenceState {
  workspaceName: string;
  locale: 'de' | 'en';
  email: string;
  subscribed: boolean;
}

export async function preferenceState(db: Db, token: string): Promise<Result<PreferenceState>> {
  const found = await findRecipient(db, token);
  if (!found) return err('not_found', 'This link does not exist');
  const suppressed = await db
    .selectFrom('email_suppressions')
    .select('reason')
    .where('workspace_id', '=', found.workspace_id)
    .where('email', '=', found.email)
    .executeTakeFirst();
  return ok({
    workspaceName: found.workspace_name,
    locale: found.locale === 'en' ? 'en' : 'de',
    email: found.email,
    subscribed: !suppressed,
  });
}

/**
 * Unsubscribes the address from every mailing of the workspace (one-click, preference page or mailto).
 * The mailing's Abmelderate counts each recipient once, however often the link is used.
 */
export async function unsubscribe(
  db: Db,
  token: string,
  via: 'one_click' | 'preference_page' | 'mailto',
): Promise<Result<PreferenceState>> {
  const found = await findRecipient(db, token);
  if (!found) return err('not_found', 'This link does not exist');
  await inTransaction(db, async (trx) => {
    const first = await trx
      .updateTable('mailing_recipients')
      .set({ unsubscribed_at: new Date() })
      .where('token', '=', token)
      .where('unsubscribed_at', 'is', null)
      .returning('email')
      .executeTakeFirst();
    const suppressed = await trx
      .insertInto('email_suppressions')
      .values({ workspace_id: found.workspace_id, email: found.email, reason: 'unsubscribed' })
      .onConflict((oc) => oc.columns(['workspace_id', 'email']).doNothing())
      .returning('email')
      .executeTakeFirst();
    if (first) await bumpStats(trx, found, 'unsubscribes', true);
    if (first || suppressed)
      await recordEmailEvent(trx, found.workspace_id, {
        eventId: first ? `email:${token}:unsubscribe` : `email:${token}:unsubscribe:${Date.now()}`,
        type: 'email_unsubscribe',
        profileId: found.profile_id,
        touchpointId: found.touchpoint_id,
        properties: { mailingId: found.mailing_id, via },
      });
  });
  announceEmailEvents(found.workspace_id);
  return preferenceState(db, token);
}

/**
 * Takes back an unsubscription or complaint through the preference page. A hard bounce stays: the
 * address does not exist, whatever the page says.
 */
export async function resubscribe(db: Db, token: string): Promise<Result<PreferenceState>> {
  const found = await findRecipient(db, token);
  if (!found) return err('not_found', 'This link does not exist');
  const removed = await db
    .deleteFrom('email_suppressions')
    .where('workspace_id', '=', found.workspace_id)
    .where('email', '=', found.email)
    .where('reason', 'in', ['unsubscribed', 'complaint'])
    .returning('email')
    .executeTakeFirst();
  if (removed)
    await recordEmailEvent(db, found.workspace_id, {
      eventId: `email:${token}:resubscribe:${Date.now()}`,
      type: 'email_resubscribe',
      profileId: found.profile_id,
      touchpointId: found.touchpoint_id,
      properties: { mailingId: found.mailing_id },
    });
  return preferenceState(db, token);
}
