import type { BadRow, ImportJob } from '../../contract/imports';
import { DEAL_COLUMNS, parseDealRow, type DealColumn, type DealRowValues } from '../../core/pipeline';
import { ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import { notify } from '../events/notify';
import { normaliseHeader } from '../imports/rows';
import {
  runCsvImport,
  type ImportOptions,
  type ImportSource,
  type CsvImportHandler,
} from '../imports/runCsvImport';
import { appendDealWonEvent } from './dealWonEvent';
import { setDealContacts } from './dealReferences';
import { loadPipelineStages } from './pipelineStages';

/**
 * Imports deals from CSV with the history import's machinery (`runCsvImport`): streamed, in batches
 * that each commit with the job's progress (resumable, nothing half-written), bad rows reported with
 * their line. A row with an `external_id` updates the deal of that id (a stage change lands in the
 * stage history); an account, owner or contact that cannot be found makes the row bad.
 *
 * @example await importDeals(ctx, { input: stream, fileName: 'crm-deals.csv', totalBytes: null })
 */
export function importDeals(
  ctx: WorkspaceContext,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<Result<ImportJob>> {
  return runCsvImport(ctx, dealsHandler(ctx), source, options);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dealsHandler(ctx: WorkspaceContext): CsvImportHandler<DealRowValues> {
  let header: string[] = [];
  return {
    kind: 'deals',
    checkHeader(raw) {
      header = raw.map(normaliseHeader);
      const unknown = header.filter((h) => !(DEAL_COLUMNS as readonly string[]).includes(h));
      if (unknown.length) return `unknown column(s) ${unknown.join(', ')}; known: ${DEAL_COLUMNS.join(', ')}`;
      if (!header.includes('title')) return 'the column "title" is missing';
      if (!header.includes('company') && !header.includes('company_external_id'))
        return 'name the account: a column "company" or "company_external_id"';
      const twice = header.find((h, i) => header.indexOf(h) !== i);
      return twice ? `the column "${twice}" appears twice in the header` : null;
    },
    async open() {
      const stages = await loadPipelineStages(ctx.db, ctx.workspaceId);
      let wonEvents = 0;
      return ok({
        row(_line, record) {
          const cells: Partial<Record<DealColumn, string>> = {};
          header.forEach((h, i) => (cells[h as DealColumn] = record[i] ?? ''));
          const parsed = parseDealRow(cells, stages);
          return parsed.ok ? { item: parsed.value } : { reason: parsed.reason };
        },
        async write(trx, batch) {
          const out = await writeDeals(ctx, trx, batch);
          wonEvents += out.wonEvents;
          return { written: out.written, duplicates: 0, refused: out.refused };
        },
        committed() {
          if (wonEvents > 0) notify(ctx.workspaceId);
          wonEvents = 0;
        },
      });
    },
  };
}

async function writeDeals(
  ctx: WorkspaceContext,
  trx: Db,
  batch: readonly { line: number; item: DealRowValues }[],
): Promise<{ written: number; refused: BadRow[]; wonEvents: number }> {
  const ws = ctx.workspaceId;
  const items = batch.map((b) => b.item);
  const lower = (s: string) => s.toLowerCase();
  const externalIds = [
    ...new Set(items.flatMap((i) => ('externalId' in i.company ? [i.company.externalId] : []))),
  ];
  const names = [...new Set(items.flatMap((i) => ('name' in i.company ? [lower(i.company.name)] : [])))];
  const owners = [...new Set(items.flatMap((i) => (i.ownerEmail ? [i.ownerEmail] : [])))];
  const contacts = [...new Set(items.flatMap((i) => i.contactEmails))];
  const dealIds = [...new Set(items.flatMap((i) => (i.externalId ? [i.externalId] : [])))];
  const [byExternal, byName, ownerRows, contactRows, existing] = await Promise.all([
    externalIds.length
      ? trx
          .selectFrom('companies')
          .select(['id', 'external_id'])
          .where('workspace_id', '=', ws)
          .where('external_id', 'in', externalIds)
          .execute()
      : [],
    names.length
      ? trx
          .selectFrom('companies')
          .select(['id', 'name'])
          .where('workspace_id', '=', ws)
          .where((eb) => eb(eb.fn('lower', ['name']), 'in', names))
          .orderBy('created_at', 'desc')
          .execute()
      : [],
    owners.length
      ? trx
          .selectFrom('memberships as m')
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .select(['u.id', 'u.email'])
          .where('m.workspace_id', '=', ws)
          .where((eb) => eb(eb.fn('lower', ['u.email']), 'in', owners))
          .execute()
      : [],
    contacts.length
      ? trx
          .selectFrom('profiles')
          .select(['id', 'email'])
          .where('workspace_id', '=', ws)
          .where('merged_into', 'is', null)
          .where((eb) => eb(eb.fn('lower', ['email']), 'in', contacts))
          .orderBy('created_at', 'desc')
          .execute()
      : [],
    dealIds.length
      ? trx
          .selectFrom('deals')
          .select(['id', 'external_id', 'stage'])
          .where('workspace_id', '=', ws)
          .where((eb) => {
            // An export names a deal without an id of its own by its Touchpoint id.
            const uuids = dealIds.filter((d) => UUID.test(d));
            const byExternal = eb('external_id', 'in', dealIds);
            return uuids.length ? eb.or([byExternal, eb('id', 'in', uuids)]) : byExternal;
          })
          .forUpdate()
          .execute()
      : [],
  ]);
  // Later rows of the query win: the oldest company / profile of a name is the one meant.
  const companyOfExternal = new Map(byExternal.map((c) => [c.external_id ?? '', c.id]));
  const companyOfName = new Map(byName.map((c) => [lower(c.name), c.id]));
  const ownerOf = new Map(ownerRows.map((o) => [lower(o.email), o.id]));
  const profileOf = new Map(contactRows.map((p) => [lower(p.email ?? ''), p.id]));
  const dealOf = new Map(existing.map((d) => [d.external_id ?? d.id, d]));
  const refused: BadRow[] = [];
  let written = 0;
  let wonEvents = 0;
  const now = new Date();
  for (const { line, item } of batch) {
    const companyId =
      'externalId' in item.company
        ? companyOfExternal.get(item.company.externalId)
        : companyOfName.get(lower(item.company.name));
    if (!companyId) {
      refused.push({
        line,
        reason:
          'externalId' in item.company
            ? `company_external_id: no company "${item.company.externalId}" in this workspace`
            : `company: no company "${item.company.name}" in this workspace (import companies first)`,
      });
      continue;
    }
    const ownerId = item.ownerEmail ? ownerOf.get(item.ownerEmail) : null;
    if (ownerId === undefined) {
      refused.push({ line, reason: `owner_email: "${item.ownerEmail}" is not a member of this workspace` });
      continue;
    }
    const contactIds = item.contactEmails.map((e) => profileOf.get(e));
    const missing = item.contactEmails.find((_e, i) => contactIds[i] === undefined);
    if (missing) {
      refused.push({ line, reason: `contact_emails: no person with "${missing}" in this workspace` });
      continue;
    }
    const closed = item.stage.kind !== 'open';
    const values = {
      company_id: companyId,
      title: item.title,
      value: item.value,
      stage: item.stage.key,
      probability: item.probability,
      expected_close: item.expectedClose,
      owner_user_id: ownerId,
      reason: item.reason,
      renewal_date: item.renewalDate,
      updated_at: now,
    };
    const before = item.externalId ? dealOf.get(item.externalId) : undefined;
    let dealId: string;
    if (before) {
      await trx
        .updateTable('deals')
        .set({ ...values, ...(before.stage !== item.stage.key && { closed_at: closed ? now : null }) })
        .where('workspace_id', '=', ws)
        .where('id', '=', before.id)
        .execute();
      dealId = before.id;
      if (before.stage !== item.stage.key)
        await trx
          .insertInto('deal_stage_history')
          .values({
            workspace_id: ws,
            deal_id: dealId,
            from_stage: before.stage,
            to_stage: item.stage.key,
            at: now,
            actor: ctx.actor.label,
          })
          .execute();
    } else {
      const created = await trx
        .insertInto('deals')
        .values({
          ...values,
          workspace_id: ws,
          external_id: item.externalId,
          closed_at: closed ? now : null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      dealId = created.id;
      if (item.externalId)
        dealOf.set(item.externalId, { id: dealId, external_id: item.externalId, stage: item.stage.key });
      await trx
        .insertInto('deal_stage_history')
        .values({
          workspace_id: ws,
          deal_id: dealId,
          from_stage: null,
          to_stage: item.stage.key,
          at: now,
          actor: ctx.actor.label,
        })
        .execute();
    }
    const known = item.externalId ? dealOf.get(item.externalId) : undefined;
    if (known) known.stage = item.stage.key;
    if (item.contactEmails.length)
      await setDealContacts(
        trx,
        ws,
        dealId,
        contactIds.filter((c): c is string => !!c),
      );
    if (item.stage.kind === 'won' && before?.stage !== item.stage.key)
      if (
        await appendDealWonEvent(trx, ws, {
          id: dealId,
          title: item.title,
          value: item.value,
          companyId,
          closedAt: now,
        })
      )
        wonEvents += 1;
    written += 1;
  }
  return { written, refused, wonEvents };
}
