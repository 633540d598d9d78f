import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Segment } from '../../contract/email';
import { assertUnreachable } from '../../core/result';
import type { Db } from '../../db/database';
import { segmentProfileFilter } from '../segments/segmentProfileFilter';

/** 128 random bits as lower-case hex: fits a VERP local part and survives lower-casing mail servers. */
export const newRecipientToken = (): string => randomBytes(16).toString('hex');

const BATCH = 500;

/**
 * Adds the segment's profiles that are not on the mailing's list yet: one row per address (lower-case),
 * merged profiles and suppressed addresses left out. Returns how many were added; calling it again
 * adds only profiles that joined the segment since, so a resumed mailing never lists anyone twice.
 */
export async function addSegmentRecipients(
  db: Db,
  workspaceId: string,
  mailingId: string,
  segment: Segment,
): Promise<number> {
  let q = db
    .selectFrom('profiles as p')
    .select(['p.id', sql<string>`lower(trim(p.email))`.as('email')])
    .distinctOn(sql`lower(trim(p.email))`)
    .where('p.workspace_id', '=', workspaceId)
    .where('p.merged_into', 'is', null)
    .where('p.email', 'like', '%_@_%')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('email_suppressions as s')
            .select('s.email')
            .where('s.workspace_id', '=', workspaceId)
            .whereRef('s.email', '=', sql`lower(trim(p.email))`),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mailing_recipients as r')
            .select('r.email')
            .where('r.workspace_id', '=', workspaceId)
            .where('r.mailing_id', '=', mailingId)
            .whereRef('r.email', '=', sql`lower(trim(p.email))`),
        ),
      ),
    );
  switch (segment.kind) {
    case 'all':
      break;
    case 'company':
      q = q.where('p.company_id', 'in', segment.companyIds);
      break;
    case 'trait':
      q = q.where(sql<string>`p.traits ->> ${segment.key}`, '=', segment.value);
      break;
    case 'profiles':
      q = q.where('p.id', 'in', segment.profileIds);
      break;
    case 'saved': {
      // A saved segment deleted since the mailing was made sends to no one rather than to everyone.
      const members = await segmentProfileFilter(db, workspaceId, segment.segmentId);
      if (!members.ok) return 0;
      q = q.where('p.id', 'in', members.value);
      break;
    }
    default:
      assertUnreachable(segment);
  }
  const candidates = await q
    .orderBy(sql`lower(trim(p.email))`)
    .orderBy('p.created_at')
    .execute();
  let added = 0;
  for (let i = 0; i < candidates.length; i += BATCH) {
    const rows = candidates.slice(i, i + BATCH).map((c) => ({
      workspace_id: workspaceId,
      mailing_id: mailingId,
      profile_id: c.id,
      email: c.email,
      token: newRecipientToken(),
    }));
    const inserted = await db
      .insertInto('mailing_recipients')
      .values(rows)
      .onConflict((oc) => oc.columns(['workspace_id', 'mailing_id', 'email']).doNothing())
      .returning('email')
      .execute();
    added += inserted.length;
  }
  return added;
}
