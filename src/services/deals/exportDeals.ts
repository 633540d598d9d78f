import { DEAL_COLUMNS } from '../../core/pipeline';
import { toCsv } from '../csvTable';
import type { WorkspaceContext } from '../context';

/**
 * All deals as CSV in the import's columns (stage by key), so an export imports again as it is; cells
 * are guarded against formula injection.
 *
 * @example const csv = await exportDealsCsv(ctx);
 */
export async function exportDealsCsv(ctx: WorkspaceContext): Promise<string> {
  const ws = ctx.workspaceId;
  const [deals, contacts] = await Promise.all([
    ctx.db
      .selectFrom('deals as d')
      .innerJoin('companies as c', (j) =>
        j.onRef('c.workspace_id', '=', 'd.workspace_id').onRef('c.id', '=', 'd.company_id'),
      )
      .leftJoin('users as u', 'u.id', 'd.owner_user_id')
      .select([
        'd.id',
        'd.external_id',
        'd.title',
        'c.name as company',
        'c.external_id as company_external_id',
        'd.value',
        'd.stage',
        'd.probability',
        'd.expected_close',
        'u.email as owner_email',
        'd.reason',
        'd.renewal_date',
      ])
      .where('d.workspace_id', '=', ws)
      .orderBy('d.created_at')
      .orderBy('d.id')
      .execute(),
    ctx.db
      .selectFrom('deal_contacts as dc')
      .innerJoin('profiles as p', (j) =>
        j.onRef('p.workspace_id', '=', 'dc.workspace_id').onRef('p.id', '=', 'dc.profile_id'),
      )
      .select(['dc.deal_id', 'p.email'])
      .where('dc.workspace_id', '=', ws)
      .where('p.email', 'is not', null)
      .orderBy('dc.position')
      .execute(),
  ]);
  const emails = new Map<string, string[]>();
  for (const c of contacts) if (c.email) emails.set(c.deal_id, [...(emails.get(c.deal_id) ?? []), c.email]);
  return toCsv(
    DEAL_COLUMNS,
    deals.map((d) => ({
      // A deal without its own id gets its Touchpoint id, so importing the export updates, not duplicates.
      external_id: d.external_id ?? d.id,
      title: d.title,
      company: d.company,
      company_external_id: d.company_external_id,
      value: Number(d.value),
      stage: d.stage,
      probability: d.probability,
      expected_close: d.expected_close,
      owner_email: d.owner_email,
      reason: d.reason,
      renewal_date: d.renewal_date,
      contact_emails: (emails.get(d.id) ?? []).join(' '),
    })),
  );
}
