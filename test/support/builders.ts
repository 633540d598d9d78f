import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database';
import type { Role } from '../../src/core/model';
import { createUser, login } from '../../src/services/accounts';
import type { WorkspaceContext } from '../../src/services/context';
import { createPersona } from '../../src/services/personas';
import { createTouchpoint } from '../../src/services/touchpoints';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { createWorkspace, type NewJourneyModel, type Workspace } from '../../src/services/workspaces';
import type { PersonaInput } from '../../src/contract/personas';
import type { TouchpointInput } from '../../src/contract/touchpoints';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  /** A session token, usable as a bearer token or cookie. */
  token: string;
}

/** A user with a fresh session. E-mails are unique so tests never collide. */
export async function aUser(db: Db, name = 'Test User'): Promise<TestUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.com`;
  const created = await createUser(db, { email, name, password: TEST_PASSWORD });
  if (!created.ok) throw new Error(created.error.message);
  const session = await login(db, email, TEST_PASSWORD, 1);
  if (!session.ok) throw new Error(session.error.message);
  return { ...created.value, token: session.value.token };
}

export interface TestWorkspace {
  workspace: Workspace;
  owner: TestUser;
  ctx: WorkspaceContext;
  /** Adds another member with `role` and returns them with a session. */
  member(role: Role, name?: string): Promise<TestUser>;
}

/** A workspace of its own for each test, with an owner and the AIDA(LA) model unless told otherwise. */
export async function aWorkspace(
  db: Db,
  options: { name?: string; journeyModel?: NewJourneyModel } = {},
): Promise<TestWorkspace> {
  const owner = await aUser(db, 'Owner');
  const created = await createWorkspace(db, {
    name: options.name ?? `Test ${randomUUID().slice(0, 8)}`,
    ownerUserId: owner.id,
    ...(options.journeyModel && { journeyModel: options.journeyModel }),
  });
  if (!created.ok) throw new Error(created.error.message);
  const workspace = created.value;
  const ctx: WorkspaceContext = {
    db,
    workspaceId: workspace.id,
    actor: { userId: owner.id, label: owner.name, role: 'owner' },
  };
  return {
    workspace,
    owner,
    ctx,
    member: async (role, name = role) => {
      const user = await aUser(db, name);
      await db
        .insertInto('memberships')
        .values({ workspace_id: workspace.id, user_id: user.id, role })
        .execute();
      return user;
    },
  };
}

export async function aPersona(ctx: WorkspaceContext, input: Partial<PersonaInput> = {}) {
  const result = await createPersona(ctx, { name: 'Einkäuferin Medizintechnik', ...input });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function aTouchpoint(ctx: WorkspaceContext, input: Partial<TouchpointInput> = {}) {
  const result = await createTouchpoint(ctx, { name: 'Website', ...input });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * A new workspace with a write key, as a sending system (a shop, a CRM) uses it.
 * @example const source = await aWorkspaceWithWriteKey(db); // source.writeKey: 'wk_…'
 */
export async function aWorkspaceWithWriteKey(db: Db): Promise<TestWorkspace & { writeKey: string }> {
  const ws = await aWorkspace(db);
  const created = await createWriteKey(ws.ctx, { name: 'Shop' });
  if (!created.ok) throw new Error(created.error.message);
  return { ...ws, writeKey: created.value.key };
}
