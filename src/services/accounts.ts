import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../db/database';
import { err, ok, type Result } from '../core/result';
import type { Role } from '../core/model';
import type { ApiTokenInfo, NewApiToken } from '../contract/team';
import type { Membership } from '../contract/workspaces';
import type { User } from '../contract/auth';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import type { PasswordChanged } from '../contract/auth';

export type { User } from '../contract/auth';

export type { Membership } from '../contract/workspaces';

const SESSION_PREFIX = 'tps_';
const API_TOKEN_PREFIX = 'tpk_';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
export const newSecret = (prefix: string): string => prefix + randomBytes(32).toString('base64url');

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Generated passwords for first start: 20 characters, no look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export async function createUser(
  db: Db,
  input: { email: string; name: string; password: string },
): Promise<Result<User>> {
  const existing = await findUserByEmail(db, input.email);
  if (existing)
    return err('conflict', `A user with e-mail ${input.email} exists already`, { field: 'email' });
  const row = await db
    .insertInto('users')
    .values({
      email: input.email.trim(),
      name: input.name.trim(),
      password_hash: await hashPassword(input.password),
    })
    .returning(['id', 'email', 'name'])
    .executeTakeFirstOrThrow();
  return ok(row);
}

export async function findUserByEmail(
  db: Db,
  email: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  // PostgreSQL cannot hold NUL in text, so no stored address has one (and the query would fail).
  if (email.includes('\u0000')) return undefined;
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash };
}

export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/**
 * The user's own password change: the current password must be right, and every other session of the
 * user ends (a stolen session does not outlive the change); `keepSessionToken`, the caller's, stays.
 * @example await changePassword(db, user.id, { currentPassword, newPassword }, token) // ok({ endedSessions: 2 })
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionToken?: string,
): Promise<Result<PasswordChanged>> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  const valid = row ? await verify(row.password_hash, input.currentPassword).catch(() => false) : false;
  if (!valid) return err('validation_failed', 'The current password is wrong', { field: 'currentPassword' });
  if (input.newPassword === input.currentPassword)
    return err('validation_failed', 'The new password must differ from the current one', {
      field: 'newPassword',
    });
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(input.newPassword) })
    .where('id', '=', userId)
    .execute();
  let ended = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionToken) ended = ended.where('id', '!=', sha256(keepSessionToken));
  const result = await ended.executeTakeFirst();
  return ok({ endedSessions: Number(result.numDeletedRows) });
}

/** Checks the password and opens a session. The same answer for unknown e-mail and wrong password. */
export async function login(
  db: Db,
  email: string,
  password: string,
  sessionHours: number,
): Promise<Result<{ token: string; user: User; expiresAt: Date }>> {
  const user = await findUserByEmail(db, email);
  const valid = user ? await verify(user.passwordHash, password).catch(() => false) : false;
  if (!user || !valid) return err('unauthenticated', 'E-mail or password is wrong');
  const token = newSecret(SESSION_PREFIX);
  const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({ id: sha256(token), user_id: user.id, expires_at: expiresAt })
    .execute();
  return ok({ token, user: { id: user.id, email: user.email, name: user.name }, expiresAt });
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

export async function resolveSession(db: Db, token: string): Promise<User | undefined> {
  if (!token.startsWith(SESSION_PREFIX)) return undefined;
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.name'])
    .where('sessions.id', '=', sha256(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function listMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.workspace_id', 'memberships.workspace_id')
    .select(['memberships.workspace_id', 'workspaces.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();
  return rows.map((r) => ({ workspaceId: r.workspace_id, workspaceName: r.name, role: r.role }));
}

export async function roleInWorkspace(
  db: Db,
  userId: string,
  workspaceId: string,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export type { ApiTokenInfo } from '../contract/team';

/** Creates an API token for scripts. The secret is returned once and stored only as a hash. */
export async function createApiToken(
  ctx: WorkspaceContext,
  input: { name: string; role: Role },
): Promise<Result<NewApiToken>> {
  if (input.role === 'owner' && ctx.actor.role !== 'owner')
    return err('forbidden', 'Only owners can create owner tokens', { field: 'role' });
  const token = newSecret(API_TOKEN_PREFIX);
  const row = await ctx.db
    .insertInto('api_tokens')
    .values({
      workspace_id: ctx.workspaceId,
      name: input.name,
      role: input.role,
      token_hash: sha256(token),
      created_by: ctx.actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'api_token',
    entityId: row.id,
    action: 'created',
    changes: { name: input.name },
  });
  return ok({ token, info: tokenInfo(row) });
}

export async function listApiTokens(ctx: WorkspaceContext): Promise<ApiTokenInfo[]> {
  const rows = await ctx.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(tokenInfo);
}

export async function revokeApiToken(ctx: WorkspaceContext, id: string): Promise<Result<ApiTokenInfo>> {
  const row = await ctx.db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return err('not_found', 'API token not found', { id });
  await recordHistory(ctx, { entityType: 'api_token', entityId: id, action: 'revoked' });
  return ok(tokenInfo(row));
}

export async function resolveApiToken(
  db: Db,
  token: string,
): Promise<{ workspaceId: string; role: Role; name: string; id: string } | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await db
    .updateTable('api_tokens')
    .set({ last_used_at: new Date() })
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .returning(['workspace_id', 'role', 'name', 'id'])
    .executeTakeFirst();
  return row && { workspaceId: row.workspace_id, role: row.role, name: row.name, id: row.id };
}

function tokenInfo(row: {
  id: string;
  name: string;
  role: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
