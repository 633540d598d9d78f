import { cycleReportSchema } from '../../contract/cycle';
import { workspaceParams } from '../../contract/common';
import { getCycle } from '../../services/cycle/getCycle';
import { ctxOf, type App } from '../types';

/** The CTM cycle as the workspace's home; any member may read it. */
export async function cycleRoutes(app: App) {
  app.get(
    '/cycle',
    {
      schema: {
        tags: ['cycle'],
        summary: 'The CTM cycle: four stages with two steps each, judged from the workspace',
        params: workspaceParams,
        response: { 200: cycleReportSchema },
      },
    },
    async (req) => getCycle(ctxOf(req)),
  );
}
