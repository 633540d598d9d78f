import type { Db } from '../db/database';
import { schmidtDemoDocument } from '../demo/schmidtDemo';
import { loadDemoLiveData } from '../demo/schmidtLiveData';
import { createUser, findUserByEmail, generatePassword } from './accounts';
import { importWorkspaceDocument } from './workspaceTransfer';

export interface BootstrapResult {
  /** Set when this start created the first account. */
  admin?: { email: string; password: string | null; generated: boolean };
  demoWorkspaceId?: string;
}

export const DEFAULT_ADMIN_EMAIL = 'admin@touchpoint.local';

/**
 * First start on an empty database: creates the owner account and loads the demo workspace with its
 * live data (the last weeks of events, profiles and computed KPIs), so the Monitoring screens show
 * something. Later starts change nothing.
 */
export async function bootstrap(
  db: Db,
  options: { adminEmail?: string; adminPassword?: string; loadDemo: boolean },
): Promise<BootstrapResult> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return {};
  const email = options.adminEmail ?? DEFAULT_ADMIN_EMAIL;
  const password = options.adminPassword ?? generatePassword();
  const created = await createUser(db, { email, name: 'Administrator', password });
  const user = created.ok ? created.value : await findUserByEmail(db, email);
  if (!user) throw new Error('could not create the first account');
  const result: BootstrapResult = {
    admin: { email, password: options.adminPassword ? null : password, generated: !options.adminPassword },
  };
  if (options.loadDemo) {
    const imported = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId: user.id });
    if (!imported.ok)
      throw new Error(`the demo workspace does not load: ${JSON.stringify(imported.error.details)}`);
    result.demoWorkspaceId = imported.value.workspaceId;
    await loadDemoLiveData(db, imported.value.workspaceId);
  }
  return result;
}
