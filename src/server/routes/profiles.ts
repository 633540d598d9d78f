import { z } from 'zod';
import { idParams, workspaceParams } from '../../contract/common';
import {
  assignCompanyInputSchema,
  companyInputSchema,
  companySchema,
  eraseResultSchema,
  mergeProfilesInputSchema,
  profileDetailSchema,
  profileExportSchema,
  profileListQuery,
  profilePageSchema,
  timelinePageSchema,
  timelineQuery,
} from '../../contract/profiles';
import { assignProfileCompany, createCompany, listCompanies } from '../../services/profiles/companies';
import { eraseProfile } from '../../services/profiles/eraseProfile';
import { exportProfile } from '../../services/profiles/exportProfile';
import { getProfile } from '../../services/profiles/getProfile';
import { getProfileTimeline } from '../../services/profiles/getProfileTimeline';
import { listProfiles } from '../../services/profiles/listProfiles';
import { mergeProfiles } from '../../services/profiles/mergeProfiles';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/** Customer profiles and companies. Viewers read, editors merge and assign, owners export and erase (GDPR). */
export async function profileRoutes(app: App) {
  const tags = ['profiles'];
  app.get(
    '/profiles',
    {
      schema: {
        tags,
        params: workspaceParams,
        querystring: profileListQuery,
        response: { 200: profilePageSchema },
      },
    },
    async (req, reply) => sendResult(reply, await listProfiles(ctxOf(req), req.query)),
  );
  app.get(
    '/profiles/:id',
    { schema: { tags, params: idParams, response: { 200: profileDetailSchema } } },
    async (req, reply) => sendResult(reply, await getProfile(ctxOf(req), req.params.id)),
  );
  app.get(
    '/profiles/:id/timeline',
    { schema: { tags, params: idParams, querystring: timelineQuery, response: { 200: timelinePageSchema } } },
    async (req, reply) => sendResult(reply, await getProfileTimeline(ctxOf(req), req.params.id, req.query)),
  );
  app.post(
    '/profiles/:id/merge',
    {
      schema: {
        tags,
        params: idParams,
        body: mergeProfilesInputSchema,
        response: { 200: profileDetailSchema },
      },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await mergeProfiles(ctxOf(req), req.params.id, req.body)),
  );
  app.put(
    '/profiles/:id/company',
    {
      schema: {
        tags,
        params: idParams,
        body: assignCompanyInputSchema,
        response: { 200: profileDetailSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await assignProfileCompany(ctxOf(req), req.params.id, req.body.companyId)),
  );
  app.get(
    '/profiles/:id/export',
    {
      config: { minRole: 'owner' },
      schema: { tags, params: idParams, response: { 200: profileExportSchema } },
    },
    async (req, reply) => {
      const result = await exportProfile(ctxOf(req), req.params.id);
      if (result.ok)
        reply.header(
          'content-disposition',
          `attachment; filename="profile-${result.value.profile.id as string}.json"`,
        );
      return sendResult(reply, result);
    },
  );
  app.delete(
    '/profiles/:id',
    {
      config: { minRole: 'owner' },
      schema: { tags, params: idParams, response: { 200: eraseResultSchema } },
    },
    async (req, reply) => sendResult(reply, await eraseProfile(ctxOf(req), req.params.id)),
  );
  app.get(
    '/companies',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(companySchema) } } },
    async (req) => listCompanies(ctxOf(req)),
  );
  app.post(
    '/companies',
    {
      schema: { tags, params: workspaceParams, body: companyInputSchema, response: { 201: companySchema } },
      config: { errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await createCompany(ctxOf(req), req.body), 201),
  );
}
