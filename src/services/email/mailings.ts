import type { Selectable } from 'kysely';
import {
  segmentSchema,
  type Mailing,
  type MailingInput,
  type MailingPatch,
  type Segment,
} from '../../contract/email';
import { err, ok, type Result } from '../../core/result';
import type { MailingsTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import type { DeletedMailing } from '../../contract/email';

export type MailingRow = Selectable<MailingsTable>;

export function toMailing(r: MailingRow): Mailing {
  const segment = segmentSchema.safeParse(r.segment);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    subject: r.subject,
    bodyHtml: r.body_html,
    bodyText: r.body_text,
    segment: segment.success ? segment.data : { kind: 'all' },
    touchpointId: r.touchpoint_id,
    status: r.status,
    links: r.links,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
    importedFrom: r.source_tool,
  };
}

/** A single mailing goes to exactly one profile; a newsletter to any segment. */
function checkShape(kind: 'newsletter' | 'single', segment: Segment, bodyHtml: string, bodyText: string) {
  if (kind === 'single' && !(segment.kind === 'profiles' && segment.profileIds.length === 1))
    return err('validation_failed', 'segment: a single mailing goes to exactly one profile', {
      field: 'segment',
    });
  if (bodyHtml.trim() === '' && bodyText.trim() === '')
    return err('validation_failed', 'bodyHtml: give an HTML or a text body', { field: 'bodyHtml' });
  return ok(true);
}

async function checkTouchpoint(ctx: WorkspaceContext, touchpointId: string | null | undefined) {
  if (!touchpointId) return ok(true);
  const found = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', touchpointId)
    .executeTakeFirst();
  return found ? ok(true) : err('validation_failed', 'Unknown touchpoint', { field: 'touchpointId' });
}

export async function listMailings(ctx: WorkspaceContext): Promise<Mailing[]> {
  const rows = await ctx.db
    .selectFrom('mailings')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toMailing);
}

export async function loadMailing(ctx: WorkspaceContext, id: string): Promise<MailingRow | undefined> {
  return ctx.db
    .selectFrom('mailings')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function getMailing(ctx: WorkspaceContext, id: string): Promise<Result<Mailing>> {
  const row = await loadMailing(ctx, id);
  return row ? ok(toMailing(row)) : err('not_found', 'Mailing not found', { id });
}

export async function createMailing(ctx: WorkspaceContext, input: MailingInput): Promise<Result<Mailing>> {
  const kind = input.kind ?? 'newsletter';
  const shape = checkShape(kind, input.segment, input.bodyHtml ?? '', input.bodyText ?? '');
  if (!shape.ok) return shape;
  const tp = await checkTouchpoint(ctx, input.touchpointId);
  if (!tp.ok) return tp;
  const row = await inTransaction(ctx.db, async (trx) => {
    const created = await trx
      .insertInto('mailings')
      .values({
        workspace_id: ctx.workspaceId,
        kind,
        name: input.name,
        subject: input.subject,
        body_html: input.bodyHtml ?? '',
        body_text: input.bodyText ?? '',
        segment: JSON.stringify(input.segment),
        touchpoint_id: input.touchpointId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('mailing_stats')
      .values({ workspace_id: ctx.workspaceId, mailing_id: created.id })
      .execute();
    await recordHistory(ctx, { entityType: 'mailing', entityId: created.id, action: 'create' }, trx);
    return created;
  });
  return ok(toMailing(row));
}

/** Only a draft can change: once sending starts, what recipients got must stay what the mailing shows. */
export async function updateMailing(
  ctx: WorkspaceContext,
  id: string,
  patch: MailingPatch,
): Promise<Result<Mailing>> {
  const current = await loadMailing(ctx, id);
  if (!current) return err('not_found', 'Mailing not found', { id });
  if (current.status !== 'draft')
    return err('conflict', 'A mailing that has been sent cannot change; copy it instead', {
      status: current.status,
    });
  const merged = { ...toMailing(current), ...patch };
  const shape = checkShape(merged.kind, merged.segment, merged.bodyHtml, merged.bodyText);
  if (!shape.ok) return shape;
  const tp = await checkTouchpoint(ctx, patch.touchpointId);
  if (!tp.ok) return tp;
  const row = await ctx.db
    .updateTable('mailings')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.subject !== undefined && { subject: patch.subject }),
      ...(patch.bodyHtml !== undefined && { body_html: patch.bodyHtml }),
      ...(patch.bodyText !== undefined && { body_text: patch.bodyText }),
      ...(patch.segment !== undefined && { segment: JSON.stringify(patch.segment) }),
      ...(patch.touchpointId !== undefined && { touchpoint_id: patch.touchpointId }),
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirst();
  if (!row) return err('conflict', 'The mailing started sending meanwhile', { id });
  await recordHistory(ctx, { entityType: 'mailing', entityId: id, action: 'update', changes: patch });
  return ok(toMailing(row));
}

/** Deletes a mailing with its recipients and counters; not while it is being sent. */
export async function deleteMailing(ctx: WorkspaceContext, id: string): Promise<Result<DeletedMailing>> {
  const current = await loadMailing(ctx, id);
  if (!current) return err('not_found', 'Mailing not found', { id });
  if (current.status === 'sending')
    return err('conflict', 'The mailing is being sent; wait until it has finished', { id });
  await ctx.db
    .deleteFrom('mailings')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .execute();
  await recordHistory(ctx, { entityType: 'mailing', entityId: id, action: 'delete' });
  return ok({ deleted: true });
}
