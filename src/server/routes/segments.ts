import { z } from 'zod';
import { deletedSchema, workspaceParams } from '../../contract/common';
import { profilePageSchema } from '../../contract/profiles';
import {
  segmentCountSchema,
  segmentInputSchema,
  segmentParams,
  segmentPatchSchema,
  segmentPreviewInputSchema,
  segmentPreviewSchema,
  segmentProfilesQuery,
  segmentSchema,
} from '../../contract/segments';
import { countSegment, listSegmentProfiles, previewSegment } from '../../services/segments/segmentMembers';
import {
  createSegment,
  deleteSegment,
  getSegment,
  listSegments,
  updateSegment,
} from '../../services/segments/segments';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Saved segments (issue 13): filters over profiles, accounts and behaviour, and their members. */
export async function segmentsRoutes(app: App) {
  const tags = ['segments'];
  app.get(
    '/segments',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(segmentSchema) } } },
    async (req) => listSegments(ctxOf(req)),
  );
  app.post(
    '/segments',
    { schema: { tags, params: workspaceParams, body: segmentInputSchema, response: { 201: segmentSchema } } },
    async (req, reply) => sendResult(reply, await createSegment(ctxOf(req), req.body), 201),
  );
  // Reads only, although it is a POST (the definition is a body): viewers may preview too.
  app.post(
    '/segments/preview',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: segmentPreviewInputSchema,
        response: { 200: segmentPreviewSchema },
      },
      config: { minRole: 'viewer' },
    },
    async (req) => previewSegment(ctxOf(req), req.body.definition),
  );
  app.get(
    '/segments/:segmentId',
    { schema: { tags, params: segmentParams, response: { 200: segmentSchema } } },
    async (req, reply) => sendResult(reply, await getSegment(ctxOf(req), req.params.segmentId)),
  );
  app.patch(
    '/segments/:segmentId',
    { schema: { tags, params: segmentParams, body: segmentPatchSchema, response: { 200: segmentSchema } } },
    async (req, reply) => sendResult(reply, await updateSegment(ctxOf(req), req.params.segmentId, req.body)),
  );
  app.delete(
    '/segments/:segmentId',
    { schema: { tags, params: segmentParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteSegment(ctxOf(req), req.params.segmentId)),
  );
  app.get(
    '/segments/:segmentId/count',
    { schema: { tags, params: segmentParams, response: { 200: segmentCountSchema } } },
    async (req, reply) => sendResult(reply, await countSegment(ctxOf(req), req.params.segmentId)),
  );
  app.get(
    '/segments/:segmentId/profiles',
    {
      schema: {
        tags,
        params: segmentParams,
        querystring: segmentProfilesQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await listSegmentProfiles(ctxOf(req), req.params.segmentId, req.query)),
  );
}
