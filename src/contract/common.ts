import { z } from 'zod';

/** Building blocks of the API contract. No Node imports here: the web app uses these schemas too. */
export const idSchema = z.uuid();
export const shortText = (max = 200) => z.string().trim().max(max);
export const requiredName = z.string().trim().min(1, 'must not be empty').max(200);
export const longText = z.string().max(10_000);
export const textList = z.array(z.string().trim().min(1).max(500)).max(100);
export const isoDate = z.iso.date();

/**
 * Request bodies are strict objects (`z.strictObject`): a field the API does not know is refused and
 * named, so a typo cannot lose data silently. Responses stay open objects.
 *
 * A PATCH changes at least one field: `{}` (or only fields left out) answers 400 "nothing to change".
 *
 * @example
 * export const personaPatchSchema = patchOf(personaFields);
 */
export function patchOf<T extends z.ZodRawShape>(fields: T) {
  return z
    .strictObject(fields)
    .partial()
    .refine(changesSomething, nothingToChange(Object.keys(fields)));
}
/** For a PATCH schema that needs refinements of its own beside {@link patchOf}'s. */
export const changesSomething = (patch: object) => Object.values(patch).some((v) => v !== undefined);
export const nothingToChange = (fields: string[]) => ({
  message: `nothing to change: send at least one of ${fields.join(', ')}`,
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const idParams = z.object({ workspaceId: idSchema, id: idSchema });
export const workspaceParams = z.object({ workspaceId: idSchema });

/** What a DELETE answers: the id of what is gone. */
export const deletedSchema = z.object({ id: z.string() });
export type Deleted = z.infer<typeof deletedSchema>;
