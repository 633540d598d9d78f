import { sql } from 'kysely';
import { POSTS } from './live/cast';
import type { WorkspaceContext } from '../services/context';
import { createCampaign } from '../services/attribution/campaigns';

/**
 * The demo's campaigns with what they cost, matched to the utm_campaign values its live data carries:
 * the trade fair's QR code, the LinkedIn posts and the monthly newsletter. The keys are read from the
 * events (fair year and newsletter months follow the demo's date), so the campaigns always match.
 * The newsletter has no cost entered, to show how a campaign without cost looks.
 *
 * @example await loadDemoCampaigns(ctx)
 */
export async function loadDemoCampaigns(ctx: WorkspaceContext): Promise<number> {
  const { rows } = await sql<{ utm: string }>`
    select distinct lower(utm_campaign) as utm from events
    where workspace_id = ${ctx.workspaceId}::uuid and utm_campaign is not null
    order by 1`.execute(ctx.db);
  const keys = rows.map((r) => r.utm);
  const slugs = new Set(POSTS.map((p) => p.slug));
  const campaigns = [
    {
      name: 'Zuliefermesse (Stand und QR-Code)',
      utmCampaigns: keys.filter((k) => k.startsWith('zuliefermesse')),
      channel: 'trade_fair',
      costEur: 18_500,
      notes: 'Standmiete, Standbau, Reisekosten, Muster.',
    },
    {
      name: 'LinkedIn-Beiträge',
      utmCampaigns: keys.filter((k) => slugs.has(k)),
      channel: 'social',
      costEur: 2_400,
      notes: 'Agentur für Texte und Bilder, sechs Beiträge.',
    },
    {
      name: 'Newsletter „Schmidt aktuell“',
      utmCampaigns: keys.filter((k) => k.startsWith('schmidt-aktuell')),
      channel: 'email',
      costEur: null,
      notes: 'Intern erstellt; Kosten noch nicht erfasst.',
    },
  ];
  for (const campaign of campaigns) {
    const created = await createCampaign(ctx, campaign);
    if (!created.ok) throw new Error(`demo campaign ${campaign.name}: ${created.error.message}`);
  }
  return campaigns.length;
}
