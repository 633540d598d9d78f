import type { AttributionDimension } from '../../contract/attribution';
import type { WorkspaceContext } from '../context';

/**
 * What the screen shows for a key of the dimension: a touchpoint's or campaign's name, a channel as it
 * is; a utm_campaign no campaign claims (`utm:<value>`) as its value.
 */
export async function attributionLabels(
  ctx: WorkspaceContext,
  dimension: AttributionDimension,
  keys: readonly string[],
): Promise<(key: string) => string> {
  const names = new Map<string, string>();
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (ids.length > 0 && dimension === 'touchpoint')
    for (const r of await ctx.db
      .selectFrom('touchpoints')
      .select(['id', 'name'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', ids)
      .execute())
      names.set(r.id, r.name);
  if (ids.length > 0 && dimension === 'campaign')
    for (const r of await ctx.db
      .selectFrom('campaigns')
      .select(['id', 'name'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', ids)
      .execute())
      names.set(r.id, r.name);
  return (key) => names.get(key) ?? (key.startsWith('utm:') ? key.slice(4) : key);
}

/** Lower-cased utm_campaign → campaign id, for matching events to campaigns. */
export async function campaignsByUtm(ctx: WorkspaceContext): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom('campaigns')
    .select(['id', 'utm_campaigns'])
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at')
    .execute();
  const map = new Map<string, string>();
  for (const r of rows) for (const utm of r.utm_campaigns) map.set(utm.toLowerCase(), r.id);
  return map;
}
