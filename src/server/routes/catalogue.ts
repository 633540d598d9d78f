import { z } from 'zod';
import {
  analogTouchpoints,
  checklistFor,
  digitalInterfaces,
  dosAndDonts,
  needCategories,
} from '../../core/catalogue';
import { catalogueSchema, checklistSchema } from '../../contract/catalogue';
import { checklistKindSchema } from '../../core/model';
import type { App } from '../types';

/** The catalogue is product data: the same for every workspace, readable by anyone logged in or not. */
export async function catalogueRoutes(app: App) {
  const tags = ['catalogue'];
  app.get('/catalogue', { schema: { tags, response: { 200: catalogueSchema } } }, async () => ({
    needCategories,
    digitalInterfaces,
    analogTouchpoints,
    dosAndDonts,
  }));
  app.get(
    '/catalogue/checklists/:kind',
    { schema: { tags, params: z.object({ kind: checklistKindSchema }), response: { 200: checklistSchema } } },
    async (req) => checklistFor(req.params.kind),
  );
}
