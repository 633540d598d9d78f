import { z } from 'zod';

// Answers that are files rather than JSON: the document declares their content type. Fastify sends a
// string with a non-JSON content type as it is, so these schemas never serialise anything.

/** A CSV download (`text/csv`). */
export const csvAnswer = { content: { 'text/csv': { schema: z.string() } } };

/** A printable HTML page (`text/html`). */
export const htmlAnswer = { content: { 'text/html': { schema: z.string() } } };
