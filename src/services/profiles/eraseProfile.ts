import { sql } from 'kysely';
import type { EraseResult } from '../../contract/profiles';
import { inTransaction } from '../../db/transaction';
import { err, ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { lockEventCursor } from '../events/cursor';
import { findProfile } from './findProfile';
import { personKeysOf } from './personKeys';

/** What erasure keeps on purpose; the answer and docs/profiles-and-analytics.md say why. */
export const KEPT_ON_ERASURE = [
  'email_suppressions: an unsubscribed or bounced address stays suppressed, so the person is never mailed again',
  'aggregates (daily counts without personal data): past totals do not change',
  'companies: an account is data about a company, not about the person',
];

/**
 * GDPR Art. 17, in one transaction: the profile and those merged into it, their identities, every
 * event of the person (processed, and not yet processed ones carrying one of their identifiers), their
 * web visits and daily visitor rows, and mailing recipient rows. Holds the event cursor lock, so the
 * processor cannot re-create the profile from an event in flight. Leaves an entry in
 * `privacy_requests` and the history that names only the profile id and the counts.
 *
 * @example const { erased } = (await eraseProfile(ctx, profileId)).value
 */
export async function eraseProfile(ctx: WorkspaceContext, profileId: string): Promise<Result<EraseResult>> {
  const ws = ctx.workspaceId;
  return inTransaction(ctx.db, async (trx) => {
    const lastSeq = (await lockEventCursor(trx, ws)) ?? 0;
    const profile = await findProfile(trx, ws, profileId, { forUpdate: true });
    if (!profile) return err('not_found', 'Profile not found', { id: profileId });
    const { keys, identities } = await personKeysOf(trx, ws, profile);

    const processed = await trx
      .deleteFrom('events')
      .where('workspace_id', '=', ws)
      .where('profile_id', 'in', keys.profileIds)
      .executeTakeFirst();
    const pending = await trx
      .deleteFrom('events')
      .where('workspace_id', '=', ws)
      .where('seq', '>', lastSeq)
      .where(
        sql<boolean>`(anonymous_id = any(${keys.anonymousIds}::text[]) or user_id = any(${keys.userIds}::text[])
          or lower(properties->>'email') = any(${keys.emails}::text[]))`,
      )
      .executeTakeFirst();
    // A visitor is in daily_visitors for each day one of their visits touched: find those days through
    // the visits (indexed by visitor) instead of scanning daily_visitors.
    const visitorDays = await sql`
      delete from daily_visitors d
      using (
        select distinct s.visitor_id, g.day::date as day
        from web_sessions s
        cross join lateral generate_series(
          (s.started_at at time zone 'UTC')::date, (s.last_event_at at time zone 'UTC')::date, interval '1 day') as g(day)
        where s.workspace_id = ${ws} and s.visitor_id = any(${keys.visitorIds}::text[])
      ) v
      where d.workspace_id = ${ws} and d.visitor_id = v.visitor_id and d.day = v.day
    `.execute(trx);
    const sessions = await trx
      .deleteFrom('web_sessions')
      .where('workspace_id', '=', ws)
      .where(sql<boolean>`visitor_id = any(${keys.visitorIds}::text[])`)
      .executeTakeFirst();
    const recipients = await trx
      .deleteFrom('mailing_recipients')
      .where('workspace_id', '=', ws)
      .where(
        sql<boolean>`(profile_id = any(${keys.profileIds}::uuid[]) or email = any(${keys.emails}::text[]))`,
      )
      .executeTakeFirst();
    // The journey summary has no foreign key to profiles (it would slow the processor down).
    await trx
      .deleteFrom('profile_touchpoint_days')
      .where('workspace_id', '=', ws)
      .where('profile_id', 'in', keys.profileIds)
      .execute();
    // Identities go with their profiles (on delete cascade).
    const profiles = await trx
      .deleteFrom('profiles')
      .where('workspace_id', '=', ws)
      .where('id', 'in', keys.profileIds)
      .executeTakeFirst();

    const erased = {
      profiles: Number(profiles.numDeletedRows),
      identities: identities.length,
      events: Number(processed.numDeletedRows) + Number(pending.numDeletedRows),
      webSessions: Number(sessions.numDeletedRows),
      dailyVisitorRows: Number(visitorDays.numAffectedRows ?? 0),
      mailingRecipients: Number(recipients.numDeletedRows),
    };
    await trx
      .insertInto('privacy_requests')
      .values({
        workspace_id: ws,
        kind: 'erase',
        subject: profile.id,
        actor: ctx.actor.label,
        details: JSON.stringify({ erased }),
      })
      .execute();
    await recordHistory(
      ctx,
      { entityType: 'profile', entityId: profile.id, action: 'privacy_erase', changes: { erased } },
      trx,
    );
    return ok({ profileId: profile.id, erased, kept: KEPT_ON_ERASURE });
  });
}
