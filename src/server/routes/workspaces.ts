import { z } from 'zod';
import { idSchema, requiredName } from '../../contract/common';
import { historyEntrySchema } from '../../contract/history';
import {
  apiTokenInfoSchema,
  memberSchema,
  newApiTokenSchema,
  removedMemberSchema,
} from '../../contract/team';
import {
  journeyModelInputSchema as journeyModelInput,
  journeyModelSchema,
  membershipSchema,
  workspaceLocaleSchema,
  workspaceSchema,
  workspaceStartSchema,
} from '../../contract/workspaces';
import { roleSchema } from '../../core/model';
import { createApiToken, listApiTokens, listMemberships, revokeApiToken } from '../../services/accounts';
import { listHistory } from '../../services/audit';
import { changeMemberRole, inviteMember, listMembers, removeMember } from '../../services/members';
import {
  activateJourneyModel,
  addJourneyModel,
  getWorkspace,
  listJourneyModels,
  renameWorkspace,
} from '../../services/workspaces';
import { startWorkspace } from '../../services/startWorkspace';
import { requireUser } from '../auth';
import { sendError, sendResult } from '../errors';
import { ctxOf, type App, type AppDeps } from '../types';

const workspaceParams = z.object({ workspaceId: idSchema });

/** Workspace list and creation (empty, from the method template, or a copy of the demo): any logged-in user. */
export async function workspaceListRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/workspaces',
    {
      schema: { tags: ['workspaces'], response: { 200: z.array(membershipSchema) } },
      onRequest: requireUser(db),
    },
    async (req) => {
      const user = req.user as NonNullable<typeof req.user>;
      return listMemberships(db, user.id);
    },
  );

  app.post(
    '/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        body: z.strictObject({
          name: requiredName,
          journeyModel: journeyModelInput.optional(),
          start: workspaceStartSchema.default('empty'),
          locale: workspaceLocaleSchema.optional(),
        }),
        response: { 201: workspaceSchema },
      },
      onRequest: requireUser(db),
      config: { errors: ['conflict'] },
    },
    async (req, reply) => {
      const user = req.user as NonNullable<typeof req.user>;
      const { journeyModel, locale, ...rest } = req.body;
      const result = await startWorkspace(
        db,
        { ...rest, ...(journeyModel && { journeyModel }), ...(locale && { locale }) },
        user.id,
      );
      return sendResult(reply, result, 201);
    },
  );
}

/** Everything about one workspace itself: settings, journey models, members, API tokens, history. */
export async function workspaceRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/',
    { schema: { tags: ['workspaces'], params: workspaceParams, response: { 200: workspaceSchema } } },
    async (req, reply) => {
      const ws = await getWorkspace(db, ctxOf(req).workspaceId);
      return ws ? ws : sendError(reply, { code: 'not_found', message: 'Workspace not found' });
    },
  );

  app.patch(
    '/',
    {
      schema: {
        tags: ['workspaces'],
        params: workspaceParams,
        body: z.strictObject({ name: requiredName }),
        response: { 200: workspaceSchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await renameWorkspace(ctxOf(req), req.body.name)),
  );

  app.get(
    '/journey-models',
    {
      schema: {
        tags: ['workspaces'],
        params: workspaceParams,
        response: { 200: z.array(journeyModelSchema) },
      },
    },
    async (req) => listJourneyModels(db, ctxOf(req).workspaceId),
  );

  app.post(
    '/journey-models',
    {
      schema: {
        tags: ['workspaces'],
        params: workspaceParams,
        body: journeyModelInput,
        response: { 201: journeyModelSchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await addJourneyModel(ctxOf(req), req.body), 201),
  );

  app.post(
    '/journey-models/:modelId/activate',
    {
      schema: {
        tags: ['workspaces'],
        params: workspaceParams.extend({ modelId: idSchema }),
        response: { 200: workspaceSchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await activateJourneyModel(ctxOf(req), req.params.modelId)),
  );

  app.get(
    '/members',
    { schema: { tags: ['members'], params: workspaceParams, response: { 200: z.array(memberSchema) } } },
    async (req) => listMembers(ctxOf(req)),
  );

  app.post(
    '/members',
    {
      schema: {
        tags: ['members'],
        params: workspaceParams,
        body: z.strictObject({
          email: z.email().max(320),
          role: roleSchema,
          name: requiredName.optional(),
          password: z.string().min(10, 'must have at least 10 characters').max(200).optional(),
        }),
        response: { 201: memberSchema },
      },
      config: { minRole: 'owner', errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await inviteMember(ctxOf(req), req.body), 201),
  );

  app.patch(
    '/members/:userId',
    {
      schema: {
        tags: ['members'],
        params: workspaceParams.extend({ userId: idSchema }),
        body: z.strictObject({ role: roleSchema }),
        response: { 200: memberSchema },
      },
      config: { minRole: 'owner', errors: ['conflict'] },
    },
    async (req, reply) =>
      sendResult(reply, await changeMemberRole(ctxOf(req), req.params.userId, req.body.role)),
  );

  app.delete(
    '/members/:userId',
    {
      schema: {
        tags: ['members'],
        params: workspaceParams.extend({ userId: idSchema }),
        response: { 200: removedMemberSchema },
      },
      config: { minRole: 'owner', errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await removeMember(ctxOf(req), req.params.userId)),
  );

  app.get(
    '/api-tokens',
    {
      schema: {
        tags: ['api tokens'],
        params: workspaceParams,
        response: { 200: z.array(apiTokenInfoSchema) },
      },
      config: { minRole: 'owner' },
    },
    async (req) => listApiTokens(ctxOf(req)),
  );

  app.post(
    '/api-tokens',
    {
      schema: {
        tags: ['api tokens'],
        params: workspaceParams,
        body: z.strictObject({ name: requiredName, role: roleSchema.default('editor') }),
        response: { 201: newApiTokenSchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await createApiToken(ctxOf(req), req.body), 201),
  );

  app.delete(
    '/api-tokens/:id',
    {
      schema: {
        tags: ['api tokens'],
        params: workspaceParams.extend({ id: idSchema }),
        response: { 200: apiTokenInfoSchema },
      },
      config: { minRole: 'owner' },
    },
    async (req, reply) => sendResult(reply, await revokeApiToken(ctxOf(req), req.params.id)),
  );

  app.get(
    '/history',
    {
      schema: {
        tags: ['history'],
        params: workspaceParams,
        querystring: z.object({
          entityType: z.string().max(40).optional(),
          entityId: idSchema.optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.array(historyEntrySchema) },
      },
    },
    async (req) => listHistory(ctxOf(req), req.query),
  );
}
