import { sql } from 'kysely';
import { scoringRuleInputSchema, type ScoringRuleInput } from '../contract/scoring';
import type { Db } from '../db/database';
import { changeStage } from '../services/lifecycle/changeStage';
import type { WorkspaceContext } from '../services/context';
import { loadStages } from '../services/lifecycle/stages';
import { rescoreWorkspace } from '../services/scoring/scoringConsumer';
import { createScoringRule } from '../services/scoring/scoringRules';

/** The demo's scoring rules: what a B2B sales team in the Mittelstand would start with. */
const RULES: unknown[] = [
  {
    kind: 'fit',
    name: 'Geschäftsführung',
    points: 15,
    conditions: [{ field: 'position', operator: 'contains', value: 'Geschäftsf' }],
  },
  {
    kind: 'fit',
    name: 'Einkauf',
    points: 10,
    conditions: [{ field: 'position', operator: 'contains', value: 'Einkauf' }],
  },
  {
    kind: 'fit',
    name: 'Praktikum',
    points: -15,
    conditions: [{ field: 'position', operator: 'contains', value: 'Prakti' }],
  },
  {
    kind: 'engagement',
    name: 'Angebotsanfrage',
    points: 30,
    eventType: 'quote_request',
    decay: { kind: 'linear', days: 90 },
  },
  {
    kind: 'engagement',
    name: 'Conversion',
    points: 15,
    eventType: 'conversion',
    decay: { kind: 'half_life', days: 30 },
  },
  {
    kind: 'engagement',
    name: 'Messekontakt',
    points: 20,
    eventType: 'trade_fair_contact',
    decay: { kind: 'half_life', days: 60 },
  },
  {
    kind: 'engagement',
    name: 'Seitenaufrufe',
    points: 1,
    eventType: 'page_view',
    cap: 15,
    decay: { kind: 'half_life', days: 14 },
  },
  {
    kind: 'engagement',
    name: 'Newsletter-Klick',
    points: 4,
    eventType: 'email_click',
    cap: 16,
    decay: { kind: 'half_life', days: 21 },
  },
  {
    kind: 'engagement',
    name: 'Karriereseite',
    points: -10,
    eventType: 'page_view',
    urlContains: '/karriere',
    cap: 20,
  },
  {
    kind: 'engagement',
    name: 'Newsletter abbestellt',
    points: -20,
    eventType: 'email_unsubscribe',
    decay: { kind: 'half_life', days: 90 },
  },
  {
    kind: 'engagement',
    name: 'Beschwerde',
    points: -10,
    eventType: 'complaint',
    decay: { kind: 'half_life', days: 60 },
  },
];

/**
 * Lead scoring for the demo workspace: believable rules, every profile scored, the CRM's customer
 * companies' people in the customer stage (cause `import`), and the best-scored leads accepted and
 * qualified by "Vertrieb (Demo)", so the leads list shows MQLs, SALs, SQLs and customers.
 * Deterministic: the same demo data gives the same stages.
 *
 * @example await loadDemoLeadScoring(db, workspaceId, now);
 */
export async function loadDemoLeadScoring(db: Db, workspaceId: string, now: Date): Promise<void> {
  const ctx: WorkspaceContext = { db, workspaceId, actor: { userId: null, label: 'Demo', role: 'owner' } };
  for (const [position, rule] of RULES.entries()) {
    const input: ScoringRuleInput = scoringRuleInputSchema.parse({ ...(rule as object), position });
    const created = await createScoringRule(ctx, input);
    if (!created.ok) throw new Error(`demo scoring rule: ${created.error.message}`);
  }
  await rescoreWorkspace(db, workspaceId, now);
  await db
    .updateTable('scoring_cursors')
    .set({ rescored_at: now })
    .where('workspace_id', '=', workspaceId)
    .execute();
  const stages = await loadStages(db, workspaceId);
  const customer = stages.find((s) => s.kind === 'customer')?.key ?? 'customer';
  const customers = await sql<{ id: string; stage_key: string | null }>`
    select p.id, g.stage_key from profiles p
    join companies c on c.workspace_id = p.workspace_id and c.id = p.company_id
    left join profile_stages g on g.workspace_id = p.workspace_id and g.profile_id = p.id
    where p.workspace_id = ${workspaceId} and p.merged_into is null and c.properties->>'status' = 'Kunde'
    order by p.email nulls last, p.id
  `.execute(db);
  if (customers.rows.length > 0) {
    await db
      .insertInto('profile_stages')
      .values(
        customers.rows.map((r) => ({
          workspace_id: workspaceId,
          profile_id: r.id,
          stage_key: customer,
          changed_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'profile_id']).doUpdateSet({ stage_key: customer, changed_at: now }),
      )
      .execute();
    await db
      .insertInto('stage_history')
      .values(
        customers.rows.map((r) => ({
          workspace_id: workspaceId,
          profile_id: r.id,
          company_id: null,
          from_stage: r.stage_key ?? 'visitor',
          to_stage: customer,
          at: now,
          cause: 'import' as const,
          actor: 'CRM-Import',
          reason: 'Firma ist Kunde im CRM',
          score: null,
        })),
      )
      .execute();
  }
  const sales = { ...ctx, actor: { userId: null, label: 'Vertrieb (Demo)', role: 'editor' as const } };
  const best = await db
    .selectFrom('profile_scores as s')
    .innerJoin('profile_stages as g', (j) =>
      j.onRef('g.workspace_id', '=', 's.workspace_id').onRef('g.profile_id', '=', 's.profile_id'),
    )
    .select(['s.profile_id', 'g.stage_key'])
    .where('s.workspace_id', '=', workspaceId)
    .where('g.stage_key', '=', 'mql')
    .orderBy('s.total', 'desc')
    .orderBy('s.profile_id')
    .limit(6)
    .execute();
  for (const [i, lead] of best.entries()) {
    const accepted = await changeStage(sales, lead.profile_id, {
      stage: 'sal',
      reason: 'Rückruf vereinbart',
    });
    if (!accepted.ok) throw new Error(`demo stage: ${accepted.error.message}`);
    if (i % 2 === 0)
      await changeStage(sales, lead.profile_id, { stage: 'sql', reason: 'Bedarf und Budget bestätigt' });
  }
}
