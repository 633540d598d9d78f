import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  contentAssetInputSchema,
  contentAssetPatchSchema,
  contentAssetSchema,
  contentMapSchema,
} from '../../contract/content';
import {
  createContentAsset,
  deleteContentAsset,
  getContentMap,
  listContentAssets,
  updateContentAsset,
} from '../../services/content';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

export async function contentRoutes(app: App) {
  const tags = ['content'];
  app.get(
    '/content-assets',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(contentAssetSchema) } } },
    async (req) => listContentAssets(ctxOf(req)),
  );
  app.post(
    '/content-assets',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: contentAssetInputSchema,
        response: { 201: contentAssetSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createContentAsset(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/content-assets/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: contentAssetPatchSchema,
        response: { 200: contentAssetSchema },
      },
    },
    async (req, reply) => sendResult(reply, await updateContentAsset(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/content-assets/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteContentAsset(ctxOf(req), req.params.id)),
  );
  app.get(
    '/content-map',
    { schema: { tags, params: workspaceParams, response: { 200: contentMapSchema } } },
    async (req) => getContentMap(ctxOf(req)),
  );
}
