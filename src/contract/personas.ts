import { z } from 'zod';
import { idSchema, longText, patchOf, requiredName, shortText, textList } from './common';

const personaFields = {
  name: requiredName,
  role: shortText().optional(),
  industry: shortText().optional(),
  companySize: shortText().optional(),
  description: longText.optional(),
  needs: textList.optional(),
  goals: textList.optional(),
  pains: textList.optional(),
  preferredChannels: textList.optional(),
};
export const personaInputSchema = z.strictObject(personaFields);
export type PersonaInput = z.infer<typeof personaInputSchema>;
export const personaPatchSchema = patchOf(personaFields);
export type PersonaPatch = z.infer<typeof personaPatchSchema>;

export const personaSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: z.string(),
  industry: z.string(),
  companySize: z.string(),
  description: z.string(),
  needs: z.array(z.string()),
  goals: z.array(z.string()),
  pains: z.array(z.string()),
  preferredChannels: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Persona = z.infer<typeof personaSchema>;
