import { decodeCsvBytes } from '../../../src/core/csv/decodeCsvBytes';

/**
 * The text of the CSV file a user chose for an import, or the message to show instead: none chosen,
 * the browser could not read it, or its bytes are not valid in the encoding they show. The bytes are
 * decoded as the server decodes an upload (UTF-8, UTF-16 or Windows-1252, as Excel writes them):
 * `File.text()` would read them as UTF-8 and turn Latin-1 umlauts into U+FFFD.
 *
 * @example
 * const read = await readChosenFile(file, {
 *   none: t('import.chooseFile'),
 *   unreadable: t('import.readFailed'),
 *   undecodable: (p) => t('import.encoding', p),
 * });
 * if (!read.ok) return setMessage(read.message);
 */
export async function readChosenFile(
  file: File | null,
  messages: {
    none: string;
    unreadable: string;
    undecodable: (problem: { encoding: string; line: number }) => string;
  },
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (!file) return { ok: false, message: messages.none };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: messages.unreadable };
  }
  const decoded = decodeCsvBytes(bytes);
  if (decoded.ok) return { ok: true, text: decoded.value.text };
  const { encoding, line } = decoded.error.details ?? {};
  return {
    ok: false,
    message:
      typeof encoding === 'string'
        ? messages.undecodable({ encoding, line: Number(line ?? 1) })
        : decoded.error.message,
  };
}
