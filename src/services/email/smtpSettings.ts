import type { Selectable } from 'kysely';
import type { SmtpSettings, SmtpSettingsInput } from '../../contract/email';
import { ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { SmtpSettingsTable } from '../../db/schema';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

/** The stored row, password included: for the sender only, never for a response. */
export type SmtpSettingsRow = Selectable<SmtpSettingsTable>;

const toSettings = (r: SmtpSettingsRow): SmtpSettings => ({
  host: r.host,
  port: r.port,
  secure: r.secure,
  username: r.username,
  hasPassword: r.password !== '',
  fromAddress: r.from_address,
  fromName: r.from_name,
  bounceAddress: r.bounce_address,
  updatedAt: r.updated_at.toISOString(),
});

export async function loadSmtpSettings(db: Db, workspaceId: string): Promise<SmtpSettingsRow | undefined> {
  return db
    .selectFrom('smtp_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

/** The workspace's SMTP server without its password; `null` until one is set up. */
export async function getSmtpSettings(ctx: WorkspaceContext): Promise<Result<SmtpSettings | null>> {
  const row = await loadSmtpSettings(ctx.db, ctx.workspaceId);
  return ok(row ? toSettings(row) : null);
}

/** Saves the workspace's SMTP server; a left-out password keeps the stored one. */
export async function putSmtpSettings(
  ctx: WorkspaceContext,
  input: SmtpSettingsInput,
): Promise<Result<SmtpSettings>> {
  const values = {
    host: input.host,
    port: input.port,
    secure: input.secure,
    username: input.username,
    from_address: input.fromAddress,
    from_name: input.fromName,
    bounce_address: input.bounceAddress.toLowerCase(),
    updated_at: new Date(),
    ...(input.password !== undefined && { password: input.password }),
  };
  const row = await ctx.db
    .insertInto('smtp_settings')
    .values({ workspace_id: ctx.workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'smtp_settings',
    entityId: null,
    action: 'update',
    changes: { host: input.host, port: input.port, fromAddress: input.fromAddress },
  });
  return ok(toSettings(row));
}
