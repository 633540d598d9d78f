import { z } from 'zod';
import {
  analogTouchpoints,
  checklistFor,
  digitalInterfaces,
  dosAndDonts,
  needCategories,
} from '../../core/catalogue';
import { checklistKindSchema } from '../../core/model';
import type { App } from '../types';

/** The catalogue is product data: the same for every workspace, readable by anyone logged in or not. */
export async function catalogueRoutes(app: App) {
  const tags = ['catalogue'];
  app.get('/catalogue', { schema: { tags } }, async () => ({
    needCategories,
    digitalInterfaces,
    analogTouchpoints,
    dosAndDonts,
  }));
  app.get(
    '/catalogue/checklists/:kind',
    { schema: { tags, params: z.object({ kind: checklistKindSchema }) } },
    async (req) => checklistFor(req.params.kind),
  );
}
