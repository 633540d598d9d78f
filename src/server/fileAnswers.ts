import type { FastifyReply } from 'fastify';
import { z } from 'zod';

// Answers that are files rather than JSON: the document declares their content type. Fastify sends a
// string with a non-JSON content type as it is, so these schemas never serialise anything.

/** A CSV download (`text/csv`). */
export const csvAnswer = { content: { 'text/csv': { schema: z.string() } } };

/**
 * Sends CSV text as a file download. The file starts with a UTF-8 byte order mark: without it Excel
 * reads the bytes as the system's code page and shows "MÃ¼ller" for "Müller". Our imports skip the mark,
 * so an exported file imports back unchanged.
 *
 * @example return sendCsvFile(reply, 'action-plan-2026-12-07.csv', csv);
 */
export function sendCsvFile(reply: FastifyReply, filename: string, csv: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(`\uFEFF${csv}`);
}

/** A printable HTML page (`text/html`). */
export const htmlAnswer = { content: { 'text/html': { schema: z.string() } } };
