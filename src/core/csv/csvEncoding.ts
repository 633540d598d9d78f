/**
 * The encodings a CSV file is read in: what Excel, LibreOffice and CRM exports write. `windows-1252`
 * stands for Latin-1 as well: it is a superset for every printable character, and what German Excel
 * writes for "CSV (Trennzeichen-getrennt)".
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding's name as messages show it to users. */
export const csvEncodingNames: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

/** The WHATWG label TextDecoder knows the encoding by. */
export const textDecoderLabel: Record<CsvEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
};

/** The encoding a byte order mark names, or null when the bytes start without one. */
export function bomEncoding(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM, from where the NUL bytes sit: a CSV is mostly ASCII, which UTF-16 LE writes as
 * `x 00` and BE as `00 x`. Null when the pattern is not there.
 */
export function utf16WithoutBom(head: Uint8Array): CsvEncoding | null {
  const pairs = Math.floor(Math.min(head.length, 1024) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.3 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul === 0) return 'utf-16be';
  return null;
}

/** What a file that is no CSV at all is, told by its first bytes: people pick the workbook by mistake. */
export function notCsvFile(head: Uint8Array): string | null {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return 'a ZIP archive, such as an Excel workbook (.xlsx)';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    return 'an old Excel workbook (.xls)';
  return null;
}
