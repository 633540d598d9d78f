import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** The company (account) an identify call names: `company: "Name"` or `company: { id, name, domain }`. */
export interface CompanyRef {
  externalId: string | null;
  name: string;
  domain: string;
  /** The company's other traits (a Segment `group` call's industry, employees, …), kept on the company. */
  properties?: Record<string, unknown>;
}

export function companyRefOf(traits: Record<string, unknown>): CompanyRef | null {
  const c = traits.company;
  const text = (v: unknown) =>
    typeof v === 'string' ? v.trim().slice(0, 200) : typeof v === 'number' ? String(v) : '';
  if (typeof c === 'string') return c.trim() ? { externalId: null, name: text(c), domain: '' } : null;
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return null;
  const o = c as Record<string, unknown>;
  const externalId = text(o.id) || null;
  const name = text(o.name) || externalId;
  if (!name) return null;
  const { id: _id, name: _name, domain: _domain, ...properties } = o;
  return Object.keys(properties).length > 0
    ? { externalId, name, domain: text(o.domain), properties }
    : { externalId, name, domain: text(o.domain) };
}

const refKey = (r: CompanyRef) => (r.externalId ? `id:${r.externalId}` : `name:${r.name.toLowerCase()}`);

/**
 * The ids of the companies named in a batch, creating the missing ones: a company with an id is
 * found by it (`external_id`, the CRM's account id), one with only a name by its name, ignoring case.
 */
export async function resolveCompanies(
  trx: Db,
  workspaceId: string,
  refs: CompanyRef[],
): Promise<(ref: CompanyRef) => string | undefined> {
  const byKey = new Map<string, string>();
  const wanted = new Map<string, CompanyRef>();
  for (const r of refs) {
    const before = wanted.get(refKey(r));
    const properties = before?.properties || r.properties ? { ...before?.properties, ...r.properties } : null;
    wanted.set(refKey(r), properties ? { ...r, properties } : r);
  }
  if (wanted.size) {
    const ids = [...wanted.values()].flatMap((r) => (r.externalId ? [r.externalId] : []));
    const names = [...wanted.values()].flatMap((r) => (r.externalId ? [] : [r.name.toLowerCase()]));
    const found = await trx
      .selectFrom('companies')
      .select(['id', 'external_id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where(sql<boolean>`(external_id = any(${ids}::text[]) or lower(name) = any(${names}::text[]))`)
      .orderBy('created_at')
      .execute();
    for (const c of found) {
      if (c.external_id) byKey.set(`id:${c.external_id}`, c.id);
      const nameKey = `name:${c.name.toLowerCase()}`;
      if (!byKey.has(nameKey)) byKey.set(nameKey, c.id);
    }
    for (const [key, r] of wanted) {
      const known = byKey.get(key);
      if (known) {
        // Later traits win, earlier ones stay: as for a person's traits.
        if (r.properties)
          await trx
            .updateTable('companies')
            .set({ properties: sql`properties || ${JSON.stringify(r.properties)}::jsonb` })
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', known)
            .execute();
        continue;
      }
      const created = await trx
        .insertInto('companies')
        .values({
          workspace_id: workspaceId,
          external_id: r.externalId,
          name: r.name,
          domain: r.domain,
          ...(r.properties && { properties: JSON.stringify(r.properties) }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      byKey.set(key, created.id);
    }
  }
  return (ref) => byKey.get(refKey(ref));
}
