import type { Db } from '../db/database';
import type { Role } from '../core/model';

/** Who acts: a logged-in user, an API token, a customer behind a rating link, or the CLI. */
export interface Actor {
  userId: string | null;
  /** Shown in history and as "rated by" / "assessed by". */
  label: string;
  role: Role;
}

/** Every service call that touches workspace data gets one; every query filters by its workspaceId. */
export interface WorkspaceContext {
  db: Db;
  workspaceId: string;
  actor: Actor;
}

export const canEdit = (role: Role): boolean => role === 'owner' || role === 'editor';
