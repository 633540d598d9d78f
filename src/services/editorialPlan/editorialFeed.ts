import { randomBytes } from 'node:crypto';
import type { EditorialFeed } from '../../contract/editorialPlan';
import { renderEditorialCalendar } from '../../core/editorialPlan/renderEditorialCalendar';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { loadPlanEntries } from './loadPlanEntries';

const DAY_MS = 86_400_000;
/** The feed carries the future and half a year back: calendars keep what they already showed. */
const FEED_DAYS_BACK = 183;
export const FEED_PATH = '/api/v1/public/editorial-plan.ics';

const feedUrl = (baseUrl: string, token: string) => `${baseUrl}${FEED_PATH}?token=${token}`;

async function activeFeed(db: Db, workspaceId: string) {
  return db
    .selectFrom('editorial_feed_tokens')
    .select(['token', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/**
 * The workspace's calendar feed address, or nulls when it has none. Like a rating link, the token is
 * the whole credential and is kept as it is, so the team can look the address up again.
 *
 * @example await getEditorialFeed(ctx, 'https://touchpoint.example.com') // { url: 'https://…/editorial-plan.ics?token=…', createdAt }
 */
export async function getEditorialFeed(ctx: WorkspaceContext, baseUrl: string): Promise<EditorialFeed> {
  const row = await activeFeed(ctx.db, ctx.workspaceId);
  return row
    ? { url: feedUrl(baseUrl, row.token), createdAt: row.created_at.toISOString() }
    : { url: null, createdAt: null };
}

/** A new secret address (144 random bits); the previous one stops working at once. */
export async function createEditorialFeed(ctx: WorkspaceContext, baseUrl: string): Promise<EditorialFeed> {
  const token = randomBytes(18).toString('base64url');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('editorial_feed_tokens')
      .set({ revoked_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .insertInto('editorial_feed_tokens')
      .values({ workspace_id: ctx.workspaceId, token, created_by: ctx.actor.userId })
      .execute();
    await recordHistory(ctx, { entityType: 'editorial_feed', entityId: null, action: 'feed_created' }, trx);
  });
  return getEditorialFeed(ctx, baseUrl);
}

export async function revokeEditorialFeed(ctx: WorkspaceContext): Promise<EditorialFeed> {
  await ctx.db
    .updateTable('editorial_feed_tokens')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('revoked_at', 'is', null)
    .execute();
  await recordHistory(ctx, { entityType: 'editorial_feed', entityId: null, action: 'feed_revoked' });
  return { url: null, createdAt: null };
}

/**
 * The iCalendar text of the workspace whose active feed token this is; not found for any other token,
 * revoked ones included, so a token reveals nothing.
 *
 * @example await renderEditorialFeed(db, token, 'touchpoint.example.com')
 */
export async function renderEditorialFeed(
  db: Db,
  token: string,
  host: string,
  now = new Date(),
): Promise<Result<string>> {
  const found = await db
    .selectFrom('editorial_feed_tokens as t')
    .innerJoin('workspaces as w', 'w.workspace_id', 't.workspace_id')
    .select(['w.workspace_id', 'w.name', 'w.locale'])
    .where('t.token', '=', token)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!found) return err('not_found', 'No calendar feed with this address');
  const entries = await loadPlanEntries(db, found.workspace_id, found.locale === 'en' ? 'en' : 'de', {
    from: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS),
  });
  return ok(renderEditorialCalendar(found.name, entries, host));
}
