import { z } from 'zod';
import { deletedSchema, idParams, idSchema, workspaceParams } from '../../contract/common';
import { historyEntrySchema } from '../../contract/history';
import { measureSchema } from '../../contract/measures';
import { kpiInputSchema, kpiSchema } from '../../contract/kpis';
import {
  ratingInputSchema,
  ratingLinkInputSchema,
  ratingLinkSchema,
  ratingSchema,
} from '../../contract/ratings';
import {
  checklistToggleSchema,
  fromCatalogueSchema,
  moveSchema,
  retireSchema,
  touchpointInputSchema,
  touchpointListQuery,
  touchpointPatchSchema,
  touchpointSchema,
} from '../../contract/touchpoints';
import { listHistory } from '../../services/audit';
import { createKpi, listKpis } from '../../services/kpis';
import { listMeasures } from '../../services/measures';
import {
  addRating,
  createRatingLinks,
  deleteRating,
  listRatingLinks,
  listRatings,
  revokeRatingLink,
} from '../../services/ratings';
import {
  createTouchpoint,
  createTouchpointFromCatalogue,
  deleteTouchpoint,
  getTouchpoint,
  listTouchpoints,
  moveTouchpoint,
  restoreTouchpoint,
  retireTouchpoint,
  setChecklistItem,
  updateTouchpoint,
} from '../../services/touchpoints';
import { sendResult } from '../errors';
import { ctxOf, publicUrlOf, type App, type AppDeps } from '../types';

export async function touchpointRoutes(app: App, { config }: AppDeps) {
  const tags = ['touchpoints'];
  app.get(
    '/touchpoints',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: touchpointListQuery,
        response: { 200: z.array(touchpointSchema) },
      },
    },
    async (req) => listTouchpoints(ctxOf(req), req.query),
  );
  app.get(
    '/touchpoints/:id',
    { schema: { tags, params: idParams, response: { 200: touchpointSchema } } },
    async (req, reply) => sendResult(reply, await getTouchpoint(ctxOf(req), req.params.id)),
  );
  app.post(
    '/touchpoints',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: touchpointInputSchema,
        response: { 201: touchpointSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createTouchpoint(ctxOf(req), req.body), 201),
  );
  app.post(
    '/touchpoints/from-catalogue',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: fromCatalogueSchema,
        response: { 201: touchpointSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createTouchpointFromCatalogue(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/touchpoints/:id',
    { schema: { tags, params: idParams, body: touchpointPatchSchema, response: { 200: touchpointSchema } } },
    async (req, reply) => sendResult(reply, await updateTouchpoint(ctxOf(req), req.params.id, req.body)),
  );
  app.post(
    '/touchpoints/:id/move',
    { schema: { tags, params: idParams, body: moveSchema, response: { 200: touchpointSchema } } },
    async (req, reply) => sendResult(reply, await moveTouchpoint(ctxOf(req), req.params.id, req.body)),
  );
  app.post(
    '/touchpoints/:id/retire',
    { schema: { tags, params: idParams, body: retireSchema, response: { 200: touchpointSchema } } },
    async (req, reply) =>
      sendResult(reply, await retireTouchpoint(ctxOf(req), req.params.id, req.body.reason)),
  );
  app.post(
    '/touchpoints/:id/restore',
    { schema: { tags, params: idParams, response: { 200: touchpointSchema } } },
    async (req, reply) => sendResult(reply, await restoreTouchpoint(ctxOf(req), req.params.id)),
  );
  app.delete(
    '/touchpoints/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteTouchpoint(ctxOf(req), req.params.id)),
  );
  app.put(
    '/touchpoints/:id/checklist',
    { schema: { tags, params: idParams, body: checklistToggleSchema, response: { 200: touchpointSchema } } },
    async (req, reply) => sendResult(reply, await setChecklistItem(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/touchpoints/:id/history',
    { schema: { tags, params: idParams, response: { 200: z.array(historyEntrySchema) } } },
    async (req) => listHistory(ctxOf(req), { entityId: req.params.id }),
  );
  app.get(
    '/touchpoints/:id/measures',
    { schema: { tags, params: idParams, response: { 200: z.array(measureSchema) } } },
    async (req) => listMeasures(ctxOf(req), { touchpointId: req.params.id }),
  );

  const ratingTags = ['ratings'];
  app.get(
    '/touchpoints/:id/ratings',
    { schema: { tags: ratingTags, params: idParams, response: { 200: z.array(ratingSchema) } } },
    async (req, reply) => sendResult(reply, await listRatings(ctxOf(req), req.params.id)),
  );
  app.post(
    '/touchpoints/:id/ratings',
    {
      schema: {
        tags: ratingTags,
        params: idParams,
        body: ratingInputSchema,
        response: { 201: ratingSchema },
      },
    },
    async (req, reply) => sendResult(reply, await addRating(ctxOf(req), req.params.id, req.body), 201),
  );
  app.delete(
    '/touchpoints/:id/ratings/:ratingId',
    {
      schema: {
        tags: ratingTags,
        params: idParams.extend({ ratingId: idSchema }),
        response: { 200: deletedSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await deleteRating(ctxOf(req), req.params.id, req.params.ratingId)),
  );
  app.get(
    '/touchpoints/:id/rating-links',
    { schema: { tags: ratingTags, params: idParams, response: { 200: z.array(ratingLinkSchema) } } },
    async (req, reply) =>
      sendResult(reply, await listRatingLinks(ctxOf(req), req.params.id, publicUrlOf(config, req))),
  );
  app.post(
    '/touchpoints/:id/rating-links',
    {
      schema: {
        tags: ratingTags,
        params: idParams,
        body: ratingLinkInputSchema,
        response: { 201: z.array(ratingLinkSchema) },
      },
    },
    async (req, reply) =>
      sendResult(
        reply,
        await createRatingLinks(ctxOf(req), req.params.id, req.body, publicUrlOf(config, req)),
        201,
      ),
  );
  app.delete(
    '/touchpoints/:id/rating-links/:linkId',
    {
      schema: {
        tags: ratingTags,
        params: idParams.extend({ linkId: idSchema }),
        response: { 200: ratingLinkSchema },
      },
    },
    async (req, reply) =>
      sendResult(
        reply,
        await revokeRatingLink(ctxOf(req), req.params.id, req.params.linkId, publicUrlOf(config, req)),
      ),
  );

  app.get(
    '/touchpoints/:id/kpis',
    { schema: { tags: ['kpis'], params: idParams, response: { 200: z.array(kpiSchema) } } },
    async (req) => listKpis(ctxOf(req), { touchpointId: req.params.id }),
  );
  app.post(
    '/touchpoints/:id/kpis',
    {
      schema: { tags: ['kpis'], params: idParams, body: kpiInputSchema, response: { 201: kpiSchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await createKpi(ctxOf(req), req.params.id, req.body), 201),
  );
}
