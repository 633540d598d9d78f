import type { Db } from '../../db/database';
import { companyRefOf, resolveCompanies, type CompanyRef } from '../profiles/companyOfTraits';
import { loadIdentityGraph, saveIdentityGraph } from '../profiles/identity';
import { applyTraits } from '../profiles/profileState';
import type { ContactRow } from './rows';

/**
 * Writes a batch of contacts as profiles through the same identity graph the event processor uses:
 * the external id is the user id, the e-mail address a second identity, so later events with either
 * land on the same person (and an anonymous profile with that e-mail is merged in). The row's other
 * columns become traits; `company` / `company_id` link the profile to a company, created if unknown.
 * Returns how many rows were written (all of them: every row names at least one identifier).
 */
export async function writeContacts(
  trx: Db,
  workspaceId: string,
  rows: readonly ContactRow[],
): Promise<number> {
  const keys = rows.map((r) => ({
    anonymousId: null,
    userId: r.external_id ?? null,
    email: r.email ?? null,
  }));
  const graph = await loadIdentityGraph(trx, workspaceId, keys);
  const refs = rows.flatMap((r) => {
    const ref = companyRefOfRow(r);
    return ref ? [ref] : [];
  });
  const companyIdOf = await resolveCompanies(trx, workspaceId, refs);
  rows.forEach((r, i) => {
    const p = graph.resolve(keys[i] as (typeof keys)[number]);
    const name = r.name ?? ([r.first_name, r.last_name].filter(Boolean).join(' ') || undefined);
    applyTraits(p, {
      ...r.traits,
      ...(r.email !== undefined && { email: r.email }),
      ...(name !== undefined && { name }),
      ...(r.first_name !== undefined && { firstName: r.first_name }),
      ...(r.last_name !== undefined && { lastName: r.last_name }),
    });
    const ref = companyRefOfRow(r);
    const companyId = ref && companyIdOf(ref);
    if (companyId) p.companyId = companyId;
  });
  await saveIdentityGraph(trx, workspaceId, graph);
  return rows.length;
}

function companyRefOfRow(r: ContactRow): CompanyRef | null {
  if (r.company_id !== undefined)
    return companyRefOf({ company: { id: r.company_id, name: r.company ?? r.company_id } });
  return r.company !== undefined ? companyRefOf({ company: r.company }) : null;
}
