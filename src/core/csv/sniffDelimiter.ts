/**
 * The field delimiter of a CSV file from its first line: comma, semicolon (German spreadsheets) or
 * tab, whichever occurs most often outside quotes; comma when there is none.
 * @example sniffDelimiter(Buffer.from('type;timestamp;email\n')) // ';'
 */
export function sniffDelimiter(firstChunk: Buffer): string {
  const text = firstChunk.subarray(0, 64 * 1024).toString('utf8');
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}
