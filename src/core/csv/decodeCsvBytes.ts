import { ok, type Result } from '../result';
import type { CsvEncoding } from './csvEncoding';
import { createCsvDecoder } from './createCsvDecoder';

/**
 * The text of a whole CSV file and the encoding it was read in (see {@link createCsvDecoder}); a file
 * that is not valid in the encoding its bytes show is an error naming the encoding and the line.
 * A string is taken as decoded already.
 *
 * @example
 * decodeCsvBytes(Buffer.from('name;city\r\nMüller;Köln\r\n', 'latin1'))
 * // ok({ text: 'name;city\r\nMüller;Köln\r\n', encoding: 'windows-1252' })
 */
export function decodeCsvBytes(bytes: Uint8Array | string): Result<{ text: string; encoding: CsvEncoding }> {
  if (typeof bytes === 'string') return ok({ text: bytes.replace(/^\uFEFF/, ''), encoding: 'utf-8' });
  const decoder = createCsvDecoder();
  const head = decoder.write(bytes);
  if (!head.ok) return head;
  const rest = decoder.end();
  if (!rest.ok) return rest;
  return ok({ text: head.value + rest.value, encoding: decoder.encoding ?? 'utf-8' });
}
