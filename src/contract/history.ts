import { z } from 'zod';

/** One recorded change (`GET …/history`, `GET …/touchpoints/:id/history`), newest first. */
export const historyEntrySchema = z.object({
  id: z.number().int(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  actor: z.string(),
  changes: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
