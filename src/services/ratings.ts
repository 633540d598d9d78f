import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { RatingLinksTable } from '../db/schema';
import type { PublicRatingPage, Rating, RatingInput, RatingLink } from '../contract/ratings';
import { err, ok, type Result } from '../core/result';
import type { Db } from '../db/database';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { getTouchpoint } from './touchpoints';
import type { Deleted } from '../contract/common';
import type { PublicRatingThanks } from '../contract/ratings';

export async function listRatings(ctx: WorkspaceContext, touchpointId: string): Promise<Result<Rating[]>> {
  const tp = await getTouchpoint(ctx, touchpointId);
  if (!tp.ok) return tp;
  const rows = await ctx.db
    .selectFrom('ratings')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('touchpoint_id', '=', touchpointId)
    .orderBy('created_at', 'desc')
    .execute();
  return ok(
    rows.map((r) => ({
      id: r.id,
      touchpointId: r.touchpoint_id,
      source: r.source,
      score: r.score,
      comment: r.comment,
      raterName: r.rater_name,
      viaLink: r.rating_link_id !== null,
      createdAt: r.created_at.toISOString(),
    })),
  );
}

/** A rating entered in the app: an employee's own, or a customer's collected in person. */
export async function addRating(
  ctx: WorkspaceContext,
  touchpointId: string,
  input: RatingInput,
): Promise<Result<Rating>> {
  const tp = await getTouchpoint(ctx, touchpointId);
  if (!tp.ok) return tp;
  const row = await ctx.db
    .insertInto('ratings')
    .values({
      workspace_id: ctx.workspaceId,
      touchpoint_id: touchpointId,
      source: input.source,
      score: input.score,
      comment: input.comment ?? '',
      rater_name: input.raterName ?? ctx.actor.label,
      rated_by: ctx.actor.userId,
      rating_link_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'rating',
    entityId: touchpointId,
    action: 'rated',
    changes: { source: input.source, score: input.score },
  });
  return ok({
    id: row.id,
    touchpointId,
    source: input.source,
    score: row.score,
    comment: row.comment,
    raterName: row.rater_name,
    viaLink: false,
    createdAt: row.created_at.toISOString(),
  });
}

export async function deleteRating(
  ctx: WorkspaceContext,
  touchpointId: string,
  ratingId: string,
): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('ratings')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('touchpoint_id', '=', touchpointId)
    .where('id', '=', ratingId)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Rating not found', { id: ratingId });
  await recordHistory(ctx, {
    entityType: 'rating',
    entityId: touchpointId,
    action: 'rating_deleted',
    changes: { ratingId },
  });
  return ok({ id: ratingId });
}

const linkUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/r/${token}`;

function toLink(r: Selectable<RatingLinksTable>, publicUrl: string): RatingLink {
  return {
    id: r.id,
    touchpointId: r.touchpoint_id,
    token: r.token,
    url: linkUrl(publicUrl, r.token),
    label: r.label,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at?.toISOString() ?? null,
    usedAt: r.used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

/** Creates single-use links a customer opens without an account (seed 004: the customer rates the touchpoint). */
export async function createRatingLinks(
  ctx: WorkspaceContext,
  touchpointId: string,
  input: { label?: string; expiresInDays?: number; count: number },
  publicUrl: string,
): Promise<Result<RatingLink[]>> {
  const tp = await getTouchpoint(ctx, touchpointId);
  if (!tp.ok) return tp;
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const rows = await ctx.db
    .insertInto('rating_links')
    .values(
      Array.from({ length: input.count }, () => ({
        workspace_id: ctx.workspaceId,
        touchpoint_id: touchpointId,
        token: randomBytes(18).toString('base64url'),
        label: input.label ?? '',
        created_by: ctx.actor.userId,
        expires_at: expiresAt,
      })),
    )
    .returningAll()
    .execute();
  await recordHistory(ctx, {
    entityType: 'touchpoint',
    entityId: touchpointId,
    action: 'rating_links_created',
    changes: { count: input.count },
  });
  return ok(rows.map((r) => toLink(r, publicUrl)));
}

export async function listRatingLinks(
  ctx: WorkspaceContext,
  touchpointId: string,
  publicUrl: string,
): Promise<Result<RatingLink[]>> {
  const tp = await getTouchpoint(ctx, touchpointId);
  if (!tp.ok) return tp;
  const rows = await ctx.db
    .selectFrom('rating_links')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('touchpoint_id', '=', touchpointId)
    .orderBy('created_at', 'desc')
    .execute();
  return ok(rows.map((r) => toLink(r, publicUrl)));
}

export async function revokeRatingLink(
  ctx: WorkspaceContext,
  touchpointId: string,
  linkId: string,
  publicUrl: string,
): Promise<Result<RatingLink>> {
  const row = await ctx.db
    .updateTable('rating_links')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('touchpoint_id', '=', touchpointId)
    .where('id', '=', linkId)
    .returningAll()
    .executeTakeFirst();
  return row ? ok(toLink(row, publicUrl)) : err('not_found', 'Rating link not found', { id: linkId });
}

export type { PublicRatingPage } from '../contract/ratings';

/** What a customer sees behind a rating link; no account needed. */
export async function openRatingLink(db: Db, token: string): Promise<Result<PublicRatingPage>> {
  const row = await db
    .selectFrom('rating_links')
    .innerJoin('touchpoints', (j) =>
      j
        .onRef('touchpoints.id', '=', 'rating_links.touchpoint_id')
        .onRef('touchpoints.workspace_id', '=', 'rating_links.workspace_id'),
    )
    .innerJoin('workspaces', 'workspaces.workspace_id', 'rating_links.workspace_id')
    .select([
      'workspaces.name as workspaceName',
      'touchpoints.name as touchpointName',
      'touchpoints.customer_view as customerView',
      'rating_links.used_at',
      'rating_links.revoked_at',
      'rating_links.expires_at',
    ])
    .where('rating_links.token', '=', token)
    .executeTakeFirst();
  if (!row) return err('not_found', 'This rating link does not exist');
  const state = row.revoked_at
    ? 'revoked'
    : row.used_at
      ? 'used'
      : row.expires_at && row.expires_at < new Date()
        ? 'expired'
        : 'open';
  return ok({
    workspaceName: row.workspaceName,
    touchpointName: row.touchpointName,
    customerView: row.customerView,
    state,
  });
}

/** Stores a customer's rating; each link takes exactly one, even under concurrent submits. */
export async function submitRatingViaLink(
  db: Db,
  token: string,
  input: { score: number; comment?: string },
): Promise<Result<PublicRatingThanks>> {
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .updateTable('rating_links')
      .set({ used_at: new Date() })
      .where('token', '=', token)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]))
      .returning(['workspace_id', 'id', 'touchpoint_id', 'label'])
      .executeTakeFirst();
    if (!link) {
      const exists = await trx
        .selectFrom('rating_links')
        .select('id')
        .where('token', '=', token)
        .executeTakeFirst();
      return exists
        ? err('gone', 'This rating link has been used already or is no longer valid')
        : err('not_found', 'This rating link does not exist');
    }
    await trx
      .insertInto('ratings')
      .values({
        workspace_id: link.workspace_id,
        touchpoint_id: link.touchpoint_id,
        source: 'customer',
        score: input.score,
        comment: input.comment ?? '',
        rater_name: link.label,
        rated_by: null,
        rating_link_id: link.id,
      })
      .execute();
    return ok({ thanks: true as const });
  });
}
