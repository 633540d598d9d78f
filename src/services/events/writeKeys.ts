import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database';
import type { WriteKey } from '../../contract/events';
import { err, ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

export const WRITE_KEY_PREFIX = 'wk_';

/**
 * A write key only lets its holder send events into one workspace. It sits in every page that embeds
 * the tracker, so it is stored as it is (not hashed) and shown to owners again.
 */
export const newWriteKey = (): string => WRITE_KEY_PREFIX + randomBytes(24).toString('base64url');

type Row = { id: string; name: string; key: string; created_at: Date; revoked_at: Date | null };
const toWriteKey = (r: Row): WriteKey => ({
  id: r.id,
  name: r.name,
  key: r.key,
  createdAt: r.created_at.toISOString(),
  revokedAt: r.revoked_at?.toISOString() ?? null,
});

export async function listWriteKeys(ctx: WorkspaceContext): Promise<WriteKey[]> {
  const rows = await ctx.db
    .selectFrom('write_keys')
    .select(['id', 'name', 'key', 'created_at', 'revoked_at'])
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toWriteKey);
}

export async function createWriteKey(
  ctx: WorkspaceContext,
  input: { name: string },
): Promise<Result<WriteKey>> {
  const row = await ctx.db
    .insertInto('write_keys')
    .values({ workspace_id: ctx.workspaceId, name: input.name, key: newWriteKey() })
    .returning(['id', 'name', 'key', 'created_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'write_key',
    entityId: row.id,
    action: 'created',
    changes: { name: input.name },
  });
  return ok(toWriteKey(row));
}

/** Revoking is final; the key answers 401 from then on (after at most `CACHE_MS` in other processes). */
export async function revokeWriteKey(ctx: WorkspaceContext, id: string): Promise<Result<WriteKey>> {
  const row = await ctx.db
    .updateTable('write_keys')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(new Date())) }))
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning(['id', 'name', 'key', 'created_at', 'revoked_at'])
    .executeTakeFirst();
  if (!row) return err('not_found', 'Write key not found', { id });
  cache.delete(row.key);
  await recordHistory(ctx, { entityType: 'write_key', entityId: id, action: 'revoked' });
  return ok(toWriteKey(row));
}

/** Known keys are remembered for half a minute, unknown ones for a few seconds (a flood of bad keys). */
const CACHE_MS = 30_000;
const UNKNOWN_CACHE_MS = 5_000;
const CACHE_MAX_KEYS = 10_000;
const cache = new Map<string, { workspaceId: Promise<string | null>; until: number }>();

/**
 * The workspace a live write key belongs to, or null. Every ingestion request asks, so answers are
 * cached in memory and concurrent lookups of one key share a query.
 */
export function resolveWriteKey(db: Db, key: string): Promise<string | null> {
  if (!key.startsWith(WRITE_KEY_PREFIX) || key.length > 100) return Promise.resolve(null);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.workspaceId;
  if (cache.size >= CACHE_MAX_KEYS) cache.clear();
  const entry = { workspaceId: lookUp(db, key), until: now + CACHE_MS };
  cache.set(key, entry);
  entry.workspaceId.then(
    (workspaceId) => {
      if (workspaceId === null) entry.until = Date.now() + UNKNOWN_CACHE_MS;
    },
    () => cache.get(key) === entry && cache.delete(key),
  );
  return entry.workspaceId;
}

async function lookUp(db: Db, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('write_keys')
    .select('workspace_id')
    .where('key', '=', key)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.workspace_id ?? null;
}
