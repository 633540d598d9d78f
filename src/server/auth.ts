import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import { canEdit, type WorkspaceContext } from '../services/context';
import { resolveApiToken, resolveSession, roleInWorkspace, type User } from '../services/accounts';
import type { Role } from '../core/model';
import { sendError } from './errors';

export const SESSION_COOKIE = 'tp_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    workspace: WorkspaceContext | null;
  }
  interface FastifyContextConfig {
    /** Least role a route needs; mutations default to editor, reads to viewer. */
    minRole?: Role;
  }
}

export function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** Resolves the logged-in user from the session cookie or a session bearer token. */
export async function currentUser(db: Db, req: FastifyRequest): Promise<User | null> {
  const token = req.cookies[SESSION_COOKIE] ?? bearer(req);
  if (!token) return null;
  return (await resolveSession(db, token)) ?? null;
}

export function requireUser(db: Db) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    req.user = await currentUser(db, req);
    if (!req.user) return sendError(reply, { code: 'unauthenticated', message: 'Log in first' });
  };
}

const rank: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

/**
 * Resolves who may act in `:workspaceId`: a member through a session, or an API token of that very
 * workspace. A workspace the caller does not belong to answers 404, as if it did not exist.
 */
export function requireWorkspace(db: Db) {
  return async (req: FastifyRequest<{ Params: { workspaceId?: string } }>, reply: FastifyReply) => {
    const workspaceId = req.params.workspaceId;
    if (!workspaceId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(workspaceId))
      return sendError(reply, {
        code: 'validation_failed',
        message: 'params.workspaceId: must be a workspace id (a UUID)',
        details: {
          field: 'params.workspaceId',
          issues: [{ field: 'params.workspaceId', message: 'Invalid UUID', code: 'invalid_format' }],
        },
      });
    const token = bearer(req);
    let role: Role | undefined;
    let label: string;
    let userId: string | null = null;
    if (token?.startsWith('tpk_')) {
      const api = await resolveApiToken(db, token);
      if (!api)
        return sendError(reply, { code: 'unauthenticated', message: 'The API token is unknown or revoked' });
      if (api.workspaceId !== workspaceId)
        return sendError(reply, { code: 'not_found', message: 'Workspace not found' });
      role = api.role;
      label = `API token ${api.name}`;
    } else {
      const user = await currentUser(db, req);
      if (!user) return sendError(reply, { code: 'unauthenticated', message: 'Log in first' });
      req.user = user;
      role = await roleInWorkspace(db, user.id, workspaceId);
      label = user.name;
      userId = user.id;
    }
    if (!role) return sendError(reply, { code: 'not_found', message: 'Workspace not found' });
    const mutating = req.method !== 'GET' && req.method !== 'HEAD';
    const needed: Role = req.routeOptions.config.minRole ?? (mutating ? 'editor' : 'viewer');
    if (rank[role] < rank[needed])
      return sendError(reply, {
        code: 'forbidden',
        message: needed === 'owner' ? 'Only owners can do this' : 'Viewers cannot change anything',
        details: { role, needed },
      });
    req.workspace = { db, workspaceId, actor: { userId, label, role } };
  };
}

export { canEdit };
