import type { Selectable } from 'kysely';
import type { PersonasTable } from '../db/schema';
import type { Persona, PersonaInput, PersonaPatch } from '../contract/personas';
import { err, ok, type Result } from '../core/result';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { deleteWithHistory } from './deleteWithHistory';
import type { Deleted } from '../contract/common';

export async function listPersonas(ctx: WorkspaceContext): Promise<Persona[]> {
  const rows = await ctx.db
    .selectFrom('personas')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('name')
    .execute();
  return rows.map(toPersona);
}

export async function getPersona(ctx: WorkspaceContext, id: string): Promise<Result<Persona>> {
  const row = await ctx.db
    .selectFrom('personas')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(toPersona(row)) : err('not_found', 'Persona not found', { id });
}

export async function createPersona(ctx: WorkspaceContext, input: PersonaInput): Promise<Result<Persona>> {
  const row = await ctx.db
    .insertInto('personas')
    .values({
      workspace_id: ctx.workspaceId,
      name: input.name,
      role: input.role ?? '',
      industry: input.industry ?? '',
      company_size: input.companySize ?? '',
      description: input.description ?? '',
      needs: JSON.stringify(input.needs ?? []),
      goals: JSON.stringify(input.goals ?? []),
      pains: JSON.stringify(input.pains ?? []),
      preferred_channels: JSON.stringify(input.preferredChannels ?? []),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'persona',
    entityId: row.id,
    action: 'created',
    changes: { name: input.name },
  });
  return ok(toPersona(row));
}

export async function updatePersona(
  ctx: WorkspaceContext,
  id: string,
  patch: PersonaPatch,
): Promise<Result<Persona>> {
  const row = await ctx.db
    .updateTable('personas')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.industry !== undefined && { industry: patch.industry }),
      ...(patch.companySize !== undefined && { company_size: patch.companySize }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.needs !== undefined && { needs: JSON.stringify(patch.needs) }),
      ...(patch.goals !== undefined && { goals: JSON.stringify(patch.goals) }),
      ...(patch.pains !== undefined && { pains: JSON.stringify(patch.pains) }),
      ...(patch.preferredChannels !== undefined && {
        preferred_channels: JSON.stringify(patch.preferredChannels),
      }),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return err('not_found', 'Persona not found', { id });
  await recordHistory(ctx, { entityType: 'persona', entityId: id, action: 'updated', changes: patch });
  return ok(toPersona(row));
}

export async function deletePersona(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'personas', id, 'Persona');
}

function toPersona(r: Selectable<PersonasTable>): Persona {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    industry: r.industry,
    companySize: r.company_size,
    description: r.description,
    needs: r.needs,
    goals: r.goals,
    pains: r.pains,
    preferredChannels: r.preferred_channels,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
