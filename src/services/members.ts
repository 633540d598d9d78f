import { err, ok, type Result } from '../core/result';
import type { Role } from '../core/model';
import { createUser, findUserByEmail } from './accounts';
import type { Member } from '../contract/team';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import type { RemovedMember } from '../contract/team';

export type { Member } from '../contract/team';

export async function listMembers(ctx: WorkspaceContext): Promise<Member[]> {
  const rows = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.name', 'memberships.role', 'memberships.created_at'])
    .where('memberships.workspace_id', '=', ctx.workspaceId)
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    joinedAt: r.created_at.toISOString(),
  }));
}

/**
 * Adds a person to the workspace. An existing account is added as it is; a new one needs a name and an
 * initial password, which the owner hands over.
 */
export async function inviteMember(
  ctx: WorkspaceContext,
  input: { email: string; role: Role; name?: string; password?: string },
): Promise<Result<Member>> {
  let user = await findUserByEmail(ctx.db, input.email);
  if (!user) {
    if (!input.name) return err('validation_failed', 'A new user needs a name', { field: 'name' });
    if (!input.password)
      return err('validation_failed', 'A new user needs an initial password', { field: 'password' });
    const created = await createUser(ctx.db, {
      email: input.email,
      name: input.name,
      password: input.password,
    });
    if (!created.ok) return created;
    user = { ...created.value, passwordHash: '' };
  }
  const result = await ctx.db
    .insertInto('memberships')
    .values({ workspace_id: ctx.workspaceId, user_id: user.id, role: input.role })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (!result) return err('conflict', `${input.email} is a member already`, { field: 'email' });
  await recordHistory(ctx, {
    entityType: 'membership',
    entityId: user.id,
    action: 'invited',
    changes: { role: input.role },
  });
  const member = (await listMembers(ctx)).find((m) => m.userId === user.id);
  return ok(member as Member);
}

export async function changeMemberRole(
  ctx: WorkspaceContext,
  userId: string,
  role: Role,
): Promise<Result<Member>> {
  const current = (await listMembers(ctx)).find((m) => m.userId === userId);
  if (!current) return err('not_found', 'Member not found', { userId });
  if (current.role === 'owner' && role !== 'owner' && (await ownerCount(ctx)) === 1)
    return err('conflict', 'The last owner cannot be demoted', { field: 'role' });
  await ctx.db
    .updateTable('memberships')
    .set({ role })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('user_id', '=', userId)
    .execute();
  await recordHistory(ctx, {
    entityType: 'membership',
    entityId: userId,
    action: 'role_changed',
    changes: { role },
  });
  return ok({ ...current, role });
}

export async function removeMember(ctx: WorkspaceContext, userId: string): Promise<Result<RemovedMember>> {
  const current = (await listMembers(ctx)).find((m) => m.userId === userId);
  if (!current) return err('not_found', 'Member not found', { userId });
  if (current.role === 'owner' && (await ownerCount(ctx)) === 1)
    return err('conflict', 'The last owner cannot be removed', { userId });
  await ctx.db
    .deleteFrom('memberships')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('user_id', '=', userId)
    .execute();
  await recordHistory(ctx, { entityType: 'membership', entityId: userId, action: 'removed' });
  return ok({ userId });
}

async function ownerCount(ctx: WorkspaceContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', ctx.workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
