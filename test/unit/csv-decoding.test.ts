import { describe, expect, it } from 'vitest';
import { createCsvDecoder } from '../../src/core/csv/createCsvDecoder';
import { decodeCsvBytes } from '../../src/core/csv/decodeCsvBytes';
import type { CsvEncoding } from '../../src/core/csv/csvEncoding';

const GERMAN = 'Name;Straße;Größe;Preis;Zitat\r\nMüller;Hauptstraße 5;XL;12,50 €;„Anführungszeichen“\r\n';
const WITHOUT_EURO_AND_QUOTES = 'Name;Ort\r\nMüller;Köln\r\nÖzil;Straße\r\n';

/** The bytes of `text` in `encoding`, as the spreadsheet program writes them. */
function bytesOf(text: string, encoding: CsvEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf-16be':
      return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    case 'windows-1252':
      return Buffer.from(
        [...text].map((c) => ({ '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 })[c] ?? c.charCodeAt(0)),
      );
  }
}

/** Feeds `bytes` to one decoder in chunks of `size` and joins the text. */
function decodeInChunks(bytes: Uint8Array, size: number) {
  const decoder = createCsvDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) {
    const r = decoder.write(bytes.subarray(i, i + size));
    if (!r.ok) return r;
    text += r.value;
  }
  const r = decoder.end();
  if (!r.ok) return r;
  return { ok: true as const, text: text + r.value, encoding: decoder.encoding };
}

describe('decodeCsvBytes', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const)(
    'reads German text written as %s',
    (encoding) => {
      const r = decodeCsvBytes(bytesOf(GERMAN, encoding));
      expect(r).toEqual({ ok: true, value: { text: GERMAN, encoding } });
    },
  );

  it('reads Latin-1 (ISO-8859-1) as Windows-1252', () => {
    const r = decodeCsvBytes(Buffer.from(WITHOUT_EURO_AND_QUOTES, 'latin1'));
    expect(r).toEqual({ ok: true, value: { text: WITHOUT_EURO_AND_QUOTES, encoding: 'windows-1252' } });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    const le = Buffer.from(GERMAN, 'utf16le');
    expect(decodeCsvBytes(le)).toEqual({ ok: true, value: { text: GERMAN, encoding: 'utf-16le' } });
    expect(decodeCsvBytes(Buffer.from(le).swap16())).toEqual({
      ok: true,
      value: { text: GERMAN, encoding: 'utf-16be' },
    });
  });

  it('calls an ASCII file UTF-8 and an empty one too', () => {
    expect(decodeCsvBytes(Buffer.from('a,b\n1,2\n'))).toEqual({
      ok: true,
      value: { text: 'a,b\n1,2\n', encoding: 'utf-8' },
    });
    expect(decodeCsvBytes(new Uint8Array(0))).toEqual({ ok: true, value: { text: '', encoding: 'utf-8' } });
  });

  it('refuses a UTF-8 file with a damaged byte, naming the encoding, line and byte', () => {
    const bytes = Buffer.concat([Buffer.from('name\nMüller\nK'), Buffer.from([0xf6]), Buffer.from('ln\n')]);
    const r = decodeCsvBytes(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details).toEqual({ encoding: 'UTF-8', line: 3, byte: 15 });
    expect(r.error.message).toContain('cannot be read as UTF-8');
    expect(r.error.message).toContain('line 3');
  });

  it('refuses a BOM-marked UTF-8 file with a Latin-1 byte instead of guessing', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('name\nM\xfcller\n', 'latin1'),
    ]);
    const r = decodeCsvBytes(bytes);
    expect(!r.ok && r.error.details).toEqual({ encoding: 'UTF-8 (with BOM)', line: 2, byte: 10 });
  });

  it('refuses a file that ends inside a UTF-8 character', () => {
    const bytes = Buffer.from('name\nMüller\nKö').subarray(0, 15);
    const r = decodeCsvBytes(bytes);
    expect(!r.ok && r.error.message).toContain('ends in the middle of a character');
  });

  it('refuses bytes Windows-1252 does not define instead of storing control characters', () => {
    const r = decodeCsvBytes(Buffer.from([0x61, 0x0a, 0xfc, 0x81, 0x0a]));
    expect(!r.ok && r.error.details).toEqual({ encoding: 'Windows-1252 (Latin-1)', line: 2, byte: 4 });
  });

  it('refuses an unpaired surrogate in UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFa\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x61, 0x00])]);
    const r = decodeCsvBytes(bytes);
    expect(!r.ok && r.error.details).toMatchObject({ encoding: 'UTF-16 LE', line: 2 });
  });

  it('tells an Excel workbook from a CSV file', () => {
    const r = decodeCsvBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(!r.ok && r.error.message).toContain('Excel workbook (.xlsx)');
  });

  it('never puts a replacement character into the text', () => {
    for (const bytes of [
      Buffer.from([0xff, 0xfe, 0x00]),
      Buffer.from([0xc3, 0x28]),
      Buffer.from([0xe2, 0x82]),
    ]) {
      const r = decodeCsvBytes(bytes);
      if (r.ok) expect(r.value.text).not.toContain('\uFFFD');
    }
  });
});

describe('createCsvDecoder in chunks', () => {
  const cases = [
    ['utf-8', GERMAN],
    ['utf-8-bom', GERMAN],
    ['utf-16le', GERMAN],
    ['utf-16be', GERMAN],
    ['windows-1252', GERMAN],
  ] as const;
  it.each(cases)(
    'gives the same text for %s whatever the chunk size, characters cut or not',
    (encoding, text) => {
      const bytes = bytesOf(text, encoding);
      for (const size of [1, 2, 3, 5, 7, 64])
        expect(decodeInChunks(bytes, size)).toEqual({ ok: true, text, encoding });
    },
  );

  it('decides late when the first chunks are ASCII only', () => {
    const ascii = 'name;ort\r\n'.repeat(1000);
    for (const [encoding, tail] of [
      ['utf-8', Buffer.from('Müller;Köln\r\n')],
      ['windows-1252', Buffer.from('Müller;Köln\r\n', 'latin1')],
    ] as const)
      expect(decodeInChunks(Buffer.concat([Buffer.from(ascii), tail]), 4096)).toEqual({
        ok: true,
        text: `${ascii}Müller;Köln\r\n`,
        encoding,
      });
  });

  it('waits for the rest of a UTF-8 character cut at the first non-ASCII byte', () => {
    const decoder = createCsvDecoder();
    const bytes = Buffer.from('abcd;M\u00fcller');
    const first = decoder.write(bytes.subarray(0, 7));
    expect(first).toEqual({ ok: true, value: 'abcd;M' });
    expect(decoder.encoding).toBeNull();
    expect(decoder.write(bytes.subarray(7))).toEqual({ ok: true, value: 'üller' });
    expect(decoder.encoding).toBe('utf-8');
  });

  it('reads „Fuß“ in Windows-1252 as such, though ß“ is a valid UTF-8 sequence', () => {
    const text = 'name;zitat\r\nMaß;„Fuß“\r\nMüller;Köln\r\n';
    for (const size of [1, 4, 16, 1024])
      expect(decodeInChunks(bytesOf(text, 'windows-1252'), size)).toEqual({
        ok: true,
        text,
        encoding: 'windows-1252',
      });
  });

  it('calls weak evidence (Polish ł, ś, ę: 2-byte sequences Windows-1252 could make) UTF-8 once there is enough', () => {
    const text = `name\n${'łśę '.repeat(300)}\n`;
    expect(decodeInChunks(Buffer.from(text, 'utf8'), 100)).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.from('name\nŁęk\n'))).toEqual({
      ok: true,
      value: { text: 'name\nŁęk\n', encoding: 'utf-8' },
    });
  });

  it('reports a damaged byte in a later chunk with its position in the file', () => {
    const good = 'name\nMüller\n'.repeat(100);
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from('K\xf6ln\n', 'latin1')]);
    const r = decodeInChunks(bytes, 16);
    expect(!r.ok && r.error.details).toEqual({
      encoding: 'UTF-8',
      line: 201,
      byte: Buffer.byteLength(good) + 2,
    });
  });
});

describe('createCsvDecoder against TextDecoder on random files', () => {
  /** A small seeded generator (mulberry32), so a failure repeats. */
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  // Without é: é before two typographic characters (`é„“`) is a valid 3-byte UTF-8 sequence, which
  // random text makes often and German text never.
  const latin = [...'abcXYZ019 ;,\t"\r\näöüÄÖÜß€„“–'];
  const wide = [...latin, 'é', 'ʤ', '中', '😀'];

  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const)(
    'decodes 200 random %s files cut at random places as the whole file decodes',
    (encoding) => {
      const next = random(encoding.length * 7919);
      const alphabet = encoding === 'windows-1252' ? latin : wide;
      for (let run = 0; run < 200; run++) {
        const length = Math.floor(next() * 300);
        // Starting with ASCII, as a header line does; the decision then falls on a later chunk.
        const text = `id;name\n${Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')}`;
        const bytes = bytesOf(text, encoding);
        const decoder = createCsvDecoder();
        let out = '';
        for (let i = 0; i < bytes.length;) {
          const size = 1 + Math.floor(next() * 9);
          const r = decoder.write(bytes.subarray(i, i + size));
          expect(r.ok).toBe(true);
          if (r.ok) out += r.value;
          i += size;
        }
        const end = decoder.end();
        expect(end.ok).toBe(true);
        if (end.ok) out += end.value;
        expect(out).toBe(text);
        // ASCII-only files stay undecided, and read the same in every encoding.
        if (
          [...text].some((c) => c.charCodeAt(0) > 0x7f) ||
          encoding.startsWith('utf-16') ||
          encoding === 'utf-8-bom'
        )
          expect(decoder.encoding).toBe(encoding);
      }
    },
  );
});
