import { z } from 'zod';
import { roleSchema } from '../core/model';

/** A person in the workspace with their role (`GET …/members`). */
export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

/** An API token as listed; its secret is shown once, when it is created, and never again. */
export const apiTokenInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenInfo = z.infer<typeof apiTokenInfoSchema>;

/** A new API token: its secret, shown this once, and how it will be listed. */
export const newApiTokenSchema = z.object({ token: z.string(), info: apiTokenInfoSchema });
export type NewApiToken = z.infer<typeof newApiTokenSchema>;

/** What removing a member answers. */
export const removedMemberSchema = z.object({ userId: z.string() });
export type RemovedMember = z.infer<typeof removedMemberSchema>;
