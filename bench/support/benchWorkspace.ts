import type { Db } from '../../src/db/database';
import { createUser } from '../../src/services/accounts';
import type { WorkspaceContext } from '../../src/services/context';
import { createWorkspace } from '../../src/services/workspaces';

/**
 * A user and a workspace they own (default journey model), for a benchmark to fill: the owner's
 * context and the model's phases.
 */
export async function benchWorkspace(
  db: Db,
  name: string,
  owner: { email: string; password: string } = { email: 'bench@example.com', password: 'bench-password-1' },
) {
  const user = await createUser(db, { email: owner.email, name: 'Bench', password: owner.password });
  if (!user.ok) throw new Error(user.error.message);
  const ws = await createWorkspace(db, { name, ownerUserId: user.value.id });
  if (!ws.ok) throw new Error(ws.error.message);
  const ctx: WorkspaceContext = {
    db,
    workspaceId: ws.value.id,
    actor: { userId: user.value.id, label: 'bench', role: 'owner' },
  };
  return { ctx, phases: ws.value.journeyModel.phases };
}
