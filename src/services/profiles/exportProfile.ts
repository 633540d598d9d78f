import { sql } from 'kysely';
import type { ProfileExport } from '../../contract/profiles';
import { inTransaction } from '../../db/transaction';
import { err, ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { findProfile } from './findProfile';
import { personKeysOf } from './personKeys';

/**
 * GDPR Art. 15: everything stored about one person, as stored: the profile and the profiles merged
 * into it, its company, identifiers, every event (also those not processed yet that carry one of its
 * identifiers), web visits, mailing recipient rows and suppressions. The request is recorded in
 * `privacy_requests` and the history with the profile id only.
 *
 * @example const file = await exportProfile(ctx, profileId)
 */
export async function exportProfile(
  ctx: WorkspaceContext,
  profileId: string,
): Promise<Result<ProfileExport>> {
  const ws = ctx.workspaceId;
  return inTransaction(ctx.db, async (trx) => {
    const profile = await findProfile(trx, ws, profileId);
    if (!profile) return err('not_found', 'Profile not found', { id: profileId });
    const { keys, merged, identities } = await personKeysOf(trx, ws, profile);
    const cursor = await trx
      .selectFrom('event_cursors')
      .select('last_seq')
      .where('workspace_id', '=', ws)
      .executeTakeFirst();
    const lastSeq = Number(cursor?.last_seq ?? 0);
    const [processed, pending, webSessions, recipients, suppressions, company] = await Promise.all([
      trx
        .selectFrom('events')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('profile_id', 'in', keys.profileIds)
        .execute(),
      trx
        .selectFrom('events')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('seq', '>', lastSeq)
        .where('profile_id', 'is', null)
        .where(
          sql<boolean>`(anonymous_id = any(${keys.anonymousIds}::text[]) or user_id = any(${keys.userIds}::text[])
            or lower(properties->>'email') = any(${keys.emails}::text[]))`,
        )
        .execute(),
      trx
        .selectFrom('web_sessions')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where(sql<boolean>`visitor_id = any(${keys.visitorIds}::text[])`)
        .orderBy('started_at')
        .execute(),
      trx
        .selectFrom('mailing_recipients')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where(
          sql<boolean>`(profile_id = any(${keys.profileIds}::uuid[]) or email = any(${keys.emails}::text[]))`,
        )
        .execute(),
      trx
        .selectFrom('email_suppressions')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where(sql<boolean>`lower(email) = any(${keys.emails}::text[])`)
        .execute(),
      profile.company_id
        ? trx
            .selectFrom('companies')
            .selectAll()
            .where('workspace_id', '=', ws)
            .where('id', '=', profile.company_id)
            .executeTakeFirst()
        : undefined,
    ]);
    const events = [...processed, ...pending].sort((a, b) => Number(a.seq) - Number(b.seq));
    await trx
      .insertInto('privacy_requests')
      .values({
        workspace_id: ws,
        kind: 'export',
        subject: profile.id,
        actor: ctx.actor.label,
        details: JSON.stringify({ events: events.length }),
      })
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'profile',
        entityId: profile.id,
        action: 'privacy_export',
        changes: { events: events.length },
      },
      trx,
    );
    // The unsubscribe token is a credential of the link in the mail, not information about the person.
    const mailingRecipients = recipients.map(({ token: _token, ...rest }) => rest);
    return ok({
      exportedAt: new Date().toISOString(),
      profile: { ...profile },
      mergedProfiles: merged.map((m) => ({ ...m })),
      company: company ? { ...company } : null,
      identities: identities.map((i) => ({ ...i })),
      events: events.map((e) => ({ ...e })),
      webSessions: webSessions.map((s) => ({ ...s })),
      mailingRecipients,
      emailSuppressions: suppressions.map((s) => ({ ...s })),
    });
  });
}
