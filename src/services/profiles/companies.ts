import { sql } from 'kysely';
import type { Company, CompanyInput, ProfileDetail } from '../../contract/profiles';
import { inTransaction } from '../../db/transaction';
import { err, ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { lockEventCursor } from '../events/cursor';
import { findProfile } from './findProfile';
import { getProfile } from './getProfile';

/** The workspace's companies (B2B accounts) by name, with how many profiles belong to each. */
export async function listCompanies(ctx: WorkspaceContext): Promise<Company[]> {
  const rows = await ctx.db
    .selectFrom('companies as c')
    .select([
      'c.id',
      'c.external_id',
      'c.name',
      'c.domain',
      'c.created_at',
      (eb) =>
        eb
          .selectFrom('profiles as p')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('p.workspace_id', '=', 'c.workspace_id')
          .whereRef('p.company_id', '=', 'c.id')
          .where('p.merged_into', 'is', null)
          .as('profile_count'),
    ])
    .where('c.workspace_id', '=', ctx.workspaceId)
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    externalId: r.external_id,
    name: r.name,
    domain: r.domain,
    profileCount: Number(r.profile_count ?? 0),
    createdAt: r.created_at.toISOString(),
  }));
}

export async function createCompany(ctx: WorkspaceContext, input: CompanyInput): Promise<Result<Company>> {
  if (input.externalId) {
    const taken = await ctx.db
      .selectFrom('companies')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('external_id', '=', input.externalId)
      .executeTakeFirst();
    if (taken)
      return err('conflict', 'externalId: a company with this id exists already', {
        field: 'body.externalId',
        companyId: taken.id,
      });
  }
  const row = await inTransaction(ctx.db, async (trx) => {
    const created = await trx
      .insertInto('companies')
      .values({
        workspace_id: ctx.workspaceId,
        name: input.name,
        domain: input.domain ?? '',
        external_id: input.externalId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      { entityType: 'company', entityId: created.id, action: 'create', changes: { name: input.name } },
      trx,
    );
    return created;
  });
  return ok({
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    domain: row.domain,
    profileCount: 0,
    createdAt: row.created_at.toISOString(),
  });
}

/** Puts a person in a company (or takes them out with null). */
export async function assignProfileCompany(
  ctx: WorkspaceContext,
  profileId: string,
  companyId: string | null,
): Promise<Result<ProfileDetail>> {
  const ws = ctx.workspaceId;
  const done = await inTransaction(ctx.db, async (trx): Promise<Result<string>> => {
    // The processor writes company_id too (identify with a company): never in between.
    await lockEventCursor(trx, ws);
    const p = await findProfile(trx, ws, profileId, { forUpdate: true });
    if (!p) return err('not_found', 'Profile not found', { id: profileId });
    if (companyId) {
      const company = await trx
        .selectFrom('companies')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', '=', companyId)
        .executeTakeFirst();
      if (!company)
        return err('validation_failed', 'companyId: no such company', { field: 'body.companyId' });
    }
    await trx
      .updateTable('profiles')
      .set({ company_id: companyId })
      .where('workspace_id', '=', ws)
      .where('id', '=', p.id)
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'profile',
        entityId: p.id,
        action: 'assign_company',
        changes: { from: p.company_id, to: companyId },
      },
      trx,
    );
    return ok(p.id);
  });
  return done.ok ? getProfile(ctx, done.value) : done;
}
