import { z } from 'zod';
import { membershipSchema } from './workspaces';

export const userSchema = z.object({ id: z.uuid(), email: z.string(), name: z.string() });
export type User = z.infer<typeof userSchema>;

/** `GET /auth/me`: the caller and the workspaces they belong to. */
export const meSchema = z.object({ user: userSchema, workspaces: z.array(membershipSchema) });
export type Me = z.infer<typeof meSchema>;

/** `POST /auth/login`: who logged in, plus the session token for clients that do not keep cookies. */
export const loginAnswerSchema = meSchema.extend({ token: z.string(), expiresAt: z.string() });

/** `POST /auth/password`: the caller's other sessions were ended. */
export const passwordChangedSchema = z.object({ endedSessions: z.number().int() });
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;
