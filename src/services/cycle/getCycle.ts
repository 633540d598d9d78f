import { buildCycleReport } from '../../core/cycle/buildCycleReport';
import type { CycleReport } from '../../core/cycle/cycleModel';
import type { WorkspaceContext } from '../context';
import { loadCycleCounts } from './loadCycleCounts';

/**
 * The workspace's CTM cycle: each stage and step with its status, figure and the screen to go on.
 * @example (await getCycle(ctx)).next // { stage: 'ist', step: 'capture' } for a new workspace
 */
export async function getCycle(ctx: WorkspaceContext): Promise<CycleReport> {
  return buildCycleReport(await loadCycleCounts(ctx));
}
