import { sql } from 'kysely';
import type { NewsletterMailingInput } from '../../contract/newsletterImport';
import {
  addStatsDelta,
  mergeRecipientActivity,
  noStatsChange,
  type RecipientState,
} from '../../core/newsletterImport/mergeRecipientActivity';
import type { NewsletterActivity, NewsletterTool } from '../../core/newsletterImport/newsletterActivity';
import { newsletterEventId } from '../../core/newsletterImport/newsletterEventId';
import type { Db } from '../../db/database';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { newRecipientToken } from '../email/segmentRecipients';
import { loadIdentityGraph, saveIdentityGraph } from '../profiles/identity';
import { applyTraits } from '../profiles/profileState';
import { findImportedMailing, type NewsletterMailing } from './newsletterMailing';
import { ImportRefused, type BatchOutcome } from './runCsvImport';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at 14 columns. */
const INSERT_CHUNK = 2000;

export interface NewsletterBatch {
  jobId: string;
  tool: NewsletterTool;
  input: NewsletterMailingInput;
  touchpointId: string | null;
  /** The job's mailing once a batch has made or found it. */
  mailing: NewsletterMailing | null;
  batch: readonly { line: number; item: NewsletterActivity }[];
}

/**
 * Writes one batch of a newsletter import inside the import's transaction: finds or creates the
 * mailing (first batch), resolves each address to a profile, appends the events whose ids are new
 * (a `sent` for every recipient, then what the rows say), and moves the recipients and the mailing's
 * counters by those new events only, so a row met again changes nothing. Answers the mailing and what
 * the batch did (duplicates: rows whose event was stored before).
 */
export async function writeNewsletterBatch(
  trx: Db,
  ctx: WorkspaceContext,
  b: NewsletterBatch,
): Promise<{ mailing: NewsletterMailing; outcome: BatchOutcome }> {
  const { workspaceId } = ctx;
  const refused: { line: number; reason: string }[] = [];
  const mailing = b.mailing ?? (await ensureMailing(trx, ctx, b));
  // Other imports into this mailing wait here, so two jobs never count one recipient twice.
  await sql`select 1 from mailings where workspace_id = ${workspaceId} and id = ${mailing.id} for update`.execute(
    trx,
  );
  const rows = b.batch.filter((r) => {
    const other = b.input.campaign === undefined && r.item.campaign !== null && mailing.campaign !== null;
    if (other && r.item.campaign !== mailing.campaign) {
      refused.push({
        line: r.line,
        reason: `campaign: "${r.item.campaign}" is another campaign than the file's first ("${mailing.campaign}"); import one campaign per file`,
      });
      return false;
    }
    return true;
  });
  if (rows.length === 0) return { mailing, outcome: { written: 0, duplicates: 0, refused } };

  const emails = [...new Set(rows.map((r) => r.item.email))];
  const profileOf = await resolveProfiles(trx, workspaceId, emails);

  // Every recipient was sent the mailing; a "sent" row and this inferred send share one id.
  const sentAtOf = new Map<string, Date>();
  for (const r of rows)
    if (r.item.action === 'sent' && r.item.at) {
      const known = sentAtOf.get(r.item.email);
      if (!known || r.item.at < known) sentAtOf.set(r.item.email, r.item.at);
    }
  const activities: { id: string; activity: NewsletterActivity; row: boolean }[] = [];
  const seen = new Set<string>();
  for (const email of emails) {
    const sent: NewsletterActivity = {
      email,
      action: 'sent',
      at: sentAtOf.get(email) ?? mailing.sentAt,
      url: null,
      bounce: null,
      campaign: null,
    };
    const id = newsletterEventId(mailing.id, sent);
    seen.add(id);
    activities.push({ id, activity: sent, row: false });
  }
  for (const r of rows) {
    const id = newsletterEventId(mailing.id, r.item);
    if (r.item.action === 'sent') continue; // the inferred send above stands for it
    if (!seen.has(id)) {
      seen.add(id);
      activities.push({ id, activity: r.item, row: true });
    }
  }

  const inserted = new Set<string>();
  for (let i = 0; i < activities.length; i += INSERT_CHUNK) {
    const chunk = activities.slice(i, i + INSERT_CHUNK);
    const ids = await trx
      .insertInto('events')
      .values(
        chunk.map(({ id, activity: a }) => ({
          workspace_id: workspaceId,
          event_id: id,
          type: `email_${a.action}`,
          name: `email_${a.action}`,
          occurred_at: a.at ?? mailing.sentAt,
          profile_id: profileOf.get(a.email) ?? null,
          touchpoint_id: mailing.touchpointId,
          channel: 'email',
          channel_class: 'owned' as const,
          url: a.url,
          properties: JSON.stringify({
            mailingId: mailing.id,
            importedFrom: b.tool,
            ...(a.bounce && { bounce: a.bounce }),
          }),
          source: 'import',
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'event_id']).doNothing())
      .returning('event_id')
      .execute();
    for (const r of ids) inserted.add(r.event_id);
  }
  const sentRows = rows.filter((r) => r.item.action === 'sent');
  const fresh = activities.filter((a) => inserted.has(a.id));
  // A "sent" row is written when its recipient's send is new; a second one for the same address is a duplicate.
  const sentIds = new Set(sentRows.map((r) => newsletterEventId(mailing.id, r.item)));
  const written = fresh.filter((a) => a.row).length + [...sentIds].filter((id) => inserted.has(id)).length;
  // The rest met an event stored before, in this batch or an earlier import.
  const duplicates = rows.length - written;

  await applyToRecipients(
    trx,
    workspaceId,
    mailing,
    fresh.map((a) => a.activity),
    profileOf,
  );
  await suppressAddresses(
    trx,
    workspaceId,
    fresh.map((a) => a.activity),
  );
  return { mailing, outcome: { written, duplicates, refused } };
}

/** Finds the mailing of the tool's campaign, or creates it (status sent, marked with the tool). */
async function ensureMailing(trx: Db, ctx: WorkspaceContext, b: NewsletterBatch): Promise<NewsletterMailing> {
  const key =
    b.input.campaign ??
    b.batch.find((r) => r.item.campaign !== null)?.item.campaign ??
    b.input.name ??
    b.input.subject ??
    `import ${b.jobId}`;
  const times = b.batch.flatMap((r) => (r.item.at ? [r.item.at.getTime()] : []));
  const sentAt = b.input.sentAt
    ? new Date(b.input.sentAt)
    : new Date(times.length > 0 ? Math.min(...times) : Date.now());
  let mailing = await findImportedMailing(trx, ctx.workspaceId, b.tool, key);
  if (!mailing) {
    const subject = b.input.subject;
    if (subject === undefined)
      throw new ImportRefused({
        code: 'validation_failed',
        message: `subject: no mailing was imported for campaign "${key}" before; give its subject line`,
        details: { field: 'subject' },
      });
    const created = await trx
      .insertInto('mailings')
      .values({
        workspace_id: ctx.workspaceId,
        kind: 'newsletter',
        name: (b.input.name ?? subject).slice(0, 200),
        subject,
        segment: JSON.stringify({ kind: 'all' }),
        touchpoint_id: b.touchpointId,
        status: 'sent',
        sent_at: sentAt,
        source_tool: b.tool,
        source_campaign: key,
      })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'source_tool', 'source_campaign'])
          .where('source_campaign', 'is not', null)
          .doNothing(),
      )
      .returning(['id', 'touchpoint_id', 'sent_at', 'source_campaign'])
      .executeTakeFirst();
    if (created) {
      await trx
        .insertInto('mailing_stats')
        .values({ workspace_id: ctx.workspaceId, mailing_id: created.id })
        .execute();
      await recordHistory(
        ctx,
        { entityType: 'mailing', entityId: created.id, action: 'create', changes: { importedFrom: b.tool } },
        trx,
      );
      mailing = { id: created.id, touchpointId: created.touchpoint_id, sentAt, campaign: key };
    } else mailing = await findImportedMailing(trx, ctx.workspaceId, b.tool, key);
    if (!mailing) throw new Error(`the mailing of campaign ${key} vanished while it was created`);
  }
  await trx
    .updateTable('import_jobs')
    .set({ mailing_id: mailing.id })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', b.jobId)
    .execute();
  return mailing;
}

/** Each address's profile, created or found through the identity graph (as contacts are). */
async function resolveProfiles(
  trx: Db,
  workspaceId: string,
  emails: readonly string[],
): Promise<Map<string, string>> {
  const keys = emails.map((email) => ({ anonymousId: null, userId: null, email }));
  const graph = await loadIdentityGraph(trx, workspaceId, keys);
  const out = new Map<string, string>();
  keys.forEach((k) => {
    const p = graph.resolve(k);
    if (p.traits.email === undefined) applyTraits(p, { email: k.email });
    out.set(k.email, p.id);
  });
  await saveIdentityGraph(trx, workspaceId, graph);
  return out;
}

/** Moves the recipients' rows and the mailing's counters by the new activities. */
async function applyToRecipients(
  trx: Db,
  workspaceId: string,
  mailing: NewsletterMailing,
  fresh: readonly NewsletterActivity[],
  profileOf: Map<string, string>,
): Promise<void> {
  if (fresh.length === 0) return;
  const byEmail = new Map<string, NewsletterActivity[]>();
  for (const a of fresh) byEmail.set(a.email, [...(byEmail.get(a.email) ?? []), a]);
  const emails = [...byEmail.keys()];
  const existing = await trx
    .selectFrom('mailing_recipients')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('mailing_id', '=', mailing.id)
    .where('email', 'in', emails)
    .execute();
  const before = new Map(existing.map((r) => [r.email, r]));
  let delta = noStatsChange();
  const rows = emails.map((email) => {
    const old = before.get(email);
    const state: RecipientState | null = old
      ? {
          status: old.status === 'bounced_hard' || old.status === 'bounced_soft' ? old.status : 'sent',
          sentAt: old.sent_at ?? mailing.sentAt,
          opens: old.opens,
          clicks: old.clicks,
          firstOpenedAt: old.first_opened_at,
          firstClickedAt: old.first_clicked_at,
          unsubscribedAt: old.unsubscribed_at,
          bouncedAt: old.bounced_at,
        }
      : null;
    const m = mergeRecipientActivity(state, byEmail.get(email) ?? [], mailing.sentAt);
    delta = addStatsDelta(delta, m.delta);
    return {
      workspace_id: workspaceId,
      mailing_id: mailing.id,
      email,
      profile_id: profileOf.get(email) ?? null,
      token: old?.token ?? newRecipientToken(),
      status: m.after.status,
      sent_at: m.after.sentAt,
      opens: m.after.opens,
      clicks: m.after.clicks,
      first_opened_at: m.after.firstOpenedAt,
      first_clicked_at: m.after.firstClickedAt,
      unsubscribed_at: m.after.unsubscribedAt,
      bounced_at: m.after.bouncedAt,
    };
  });
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await trx
      .insertInto('mailing_recipients')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'mailing_id', 'email']).doUpdateSet((eb) => ({
          profile_id: eb.ref('excluded.profile_id'),
          status: eb.ref('excluded.status'),
          sent_at: eb.ref('excluded.sent_at'),
          opens: eb.ref('excluded.opens'),
          clicks: eb.ref('excluded.clicks'),
          first_opened_at: eb.ref('excluded.first_opened_at'),
          first_clicked_at: eb.ref('excluded.first_clicked_at'),
          unsubscribed_at: eb.ref('excluded.unsubscribed_at'),
          bounced_at: eb.ref('excluded.bounced_at'),
        })),
      )
      .execute();
  await trx
    .updateTable('mailing_stats')
    .set((eb) => ({
      sent: eb('sent', '+', delta.sent),
      hard_bounces: eb('hard_bounces', '+', delta.hardBounces),
      soft_bounces: eb('soft_bounces', '+', delta.softBounces),
      opens: eb('opens', '+', delta.opens),
      unique_opens: eb('unique_opens', '+', delta.uniqueOpens),
      clicks: eb('clicks', '+', delta.clicks),
      unique_clicks: eb('unique_clicks', '+', delta.uniqueClicks),
      unsubscribes: eb('unsubscribes', '+', delta.unsubscribes),
    }))
    .where('workspace_id', '=', workspaceId)
    .where('mailing_id', '=', mailing.id)
    .execute();
}

/**
 * Hard bounces and unsubscriptions keep the address out of the workspace's own mailings, as ours do:
 * a hard bounce outranks an unsubscription, an unsubscription never replaces a hard bounce.
 */
async function suppressAddresses(
  trx: Db,
  workspaceId: string,
  fresh: readonly NewsletterActivity[],
): Promise<void> {
  const hard = [
    ...new Set(fresh.filter((a) => a.action === 'bounce' && a.bounce === 'hard').map((a) => a.email)),
  ];
  const unsubscribed = [
    ...new Set(
      fresh.filter((a) => a.action === 'unsubscribe' && !hard.includes(a.email)).map((a) => a.email),
    ),
  ];
  if (hard.length > 0)
    await trx
      .insertInto('email_suppressions')
      .values(hard.map((email) => ({ workspace_id: workspaceId, email, reason: 'hard_bounce' as const })))
      .onConflict((oc) => oc.columns(['workspace_id', 'email']).doUpdateSet({ reason: 'hard_bounce' }))
      .execute();
  if (unsubscribed.length > 0)
    await trx
      .insertInto('email_suppressions')
      .values(
        unsubscribed.map((email) => ({ workspace_id: workspaceId, email, reason: 'unsubscribed' as const })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'email']).doNothing())
      .execute();
}
