import type { LogisticModel } from '../../core/scoring/logisticRegression';
import type { Db } from '../../db/database';
import { loadStages } from '../lifecycle/stages';
import type { ScoringSetup } from './rescoreProfiles';
import { loadActiveRules } from './scoringRules';

/**
 * Everything scoring a workspace needs besides the profiles: active rules, stages, the trained model.
 *
 * @example const setup = await loadScoringSetup(db, workspaceId);
 */
export async function loadScoringSetup(db: Db, workspaceId: string): Promise<ScoringSetup> {
  const [rules, stages, model] = await Promise.all([
    loadActiveRules(db, workspaceId),
    loadStages(db, workspaceId),
    db
      .selectFrom('predictive_models')
      .select(['status', 'result'])
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst(),
  ]);
  const trained = model?.status === 'trained' ? (model.result.model as LogisticModel | undefined) : undefined;
  return { rules, stages, model: trained ?? null };
}
