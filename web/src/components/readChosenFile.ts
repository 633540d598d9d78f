/**
 * The text of the file a user chose for an import, or the message to show instead: none chosen, or
 * the browser could not read it.
 *
 * @example
 * const read = await readChosenFile(file, { none: t('import.chooseFile'), unreadable: t('import.readFailed') });
 * if (!read.ok) return setMessage(read.message);
 */
export async function readChosenFile(
  file: File | null,
  messages: { none: string; unreadable: string },
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (!file) return { ok: false, message: messages.none };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: messages.unreadable };
  }
}
