import { z } from 'zod';
import { roleSchema } from '../../../../src/core/model';

/** `GET /auth/me`; mirrors the schema declared inline in src/server/routes/auth.ts. */
export const meSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  workspaces: z.array(z.object({ workspaceId: z.string(), workspaceName: z.string(), role: roleSchema })),
});
export type Me = z.infer<typeof meSchema>;
