import { z } from 'zod';
import { loginAnswerSchema, meSchema, passwordChangedSchema } from '../../contract/auth';
import { changePassword, listMemberships, login, logout } from '../../services/accounts';
import { bearer, requireUser, SESSION_COOKIE } from '../auth';
import { sendError, sendResult } from '../errors';
import type { App, AppDeps } from '../types';

export async function authRoutes(app: App, { db, config }: AppDeps) {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        body: z.strictObject({
          email: z.string().trim().min(1).max(320),
          password: z.string().min(1).max(500),
        }),
        response: { 200: loginAnswerSchema },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' }, errors: ['unauthenticated'] },
    },
    async (req, reply) => {
      const result = await login(db, req.body.email, req.body.password, config.sessionHours);
      if (!result.ok) return sendError(reply, result.error);
      const { token, user, expiresAt } = result.value;
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        expires: expiresAt,
        secure: req.protocol === 'https',
      });
      return {
        user,
        workspaces: await listMemberships(db, user.id),
        token,
        expiresAt: expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (req, reply) => {
      // A client that logged in with the returned token (not the cookie) logs out with it too.
      const token = req.cookies[SESSION_COOKIE] ?? bearer(req);
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        body: z.strictObject({
          currentPassword: z.string().min(1).max(500),
          newPassword: z.string().min(10, 'must have at least 10 characters').max(200),
        }),
        response: { 200: passwordChangedSchema },
      },
      // Guessing the current password through this route is as limited as through the login.
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      onRequest: requireUser(db),
    },
    async (req, reply) => {
      const user = req.user as NonNullable<typeof req.user>;
      const token = req.cookies[SESSION_COOKIE] ?? bearer(req);
      return sendResult(reply, await changePassword(db, user.id, req.body, token));
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], response: { 200: meSchema } }, onRequest: requireUser(db) },
    async (req) => {
      const user = req.user as NonNullable<typeof req.user>;
      return { user, workspaces: await listMemberships(db, user.id) };
    },
  );
}
