import { err, ok, type Result } from '../result';
import {
  bomEncoding,
  csvEncodingNames,
  notCsvFile,
  textDecoderLabel,
  utf16WithoutBom,
  type CsvEncoding,
} from './csvEncoding';
import { firstNonAscii, scanUtf8, utf8CutOff, utf8SequenceAt } from './utf8Sequences';

/** Turns the bytes of a CSV file into text, chunk by chunk, in the encoding the bytes show. */
export interface CsvDecoder {
  /** The text of the next bytes (possibly shorter: a character cut by the chunk waits for the next). */
  write(chunk: Uint8Array): Result<string>;
  /** The rest of the text once the bytes are all written. */
  end(): Result<string>;
  /** The encoding decided on; null while every byte so far was ASCII, which reads the same in all. */
  readonly encoding: CsvEncoding | null;
}

const EMPTY = new Uint8Array(0);
/** A BOM is at most 3 bytes, a workbook's signature 4. */
const HEAD_BYTES = 4;
/** Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; TextDecoder maps them to C1 controls. */
const UNDEFINED_IN_1252 = /[\u0080-\u009f]/;
const asciiDecoder = new TextDecoder('utf-8');

/**
 * A decoder for one file. A BOM decides (UTF-8, UTF-16 LE/BE); else NUL bytes in the UTF-16 pattern;
 * else the first non-ASCII bytes: UTF-8 sequences mean UTF-8, bytes that are no UTF-8 mean Windows-1252
 * (Latin-1, German Excel's "CSV"); see `guessFromNonAscii`. Once decided, decoding is strict: a byte that is not
 * valid in the encoding is an error naming the encoding, the byte and the line, never a U+FFFD in the
 * text. A character cut by a chunk boundary is completed by the next chunk.
 *
 * @example
 * const decoder = createCsvDecoder();
 * const text = decoder.write(new Uint8Array([0x4d, 0xfc, 0x6c])); // ok('Mül'), decoder.encoding 'windows-1252'
 */
export function createCsvDecoder(): CsvDecoder {
  return new StreamingCsvDecoder();
}

class StreamingCsvDecoder implements CsvDecoder {
  encoding: CsvEncoding | null = null;
  private started = false;
  /** Bytes not decoded yet: the file's first bytes, or a cut-off character while still undecided. */
  private held: Uint8Array = EMPTY;
  private decoder: TextDecoder | null = null;
  /** UTF-8 bytes the TextDecoder holds back as the start of a cut-off character. */
  private tail: Uint8Array = EMPTY;
  /** Bytes handed to the decoder so far (the position of the next chunk's first byte). */
  private bytes = 0;
  /** Line feeds in the text so far. */
  private lines = 0;

  write(chunk: Uint8Array): Result<string> {
    return this.take(chunk, false);
  }

  end(): Result<string> {
    return this.take(EMPTY, true);
  }

  private take(chunk: Uint8Array, final: boolean): Result<string> {
    let data = this.held.length ? concat(this.held, chunk) : chunk;
    this.held = EMPTY;
    if (!this.started) {
      if (data.length < HEAD_BYTES && !final) {
        this.held = data;
        return ok('');
      }
      this.started = true;
      const other = notCsvFile(data);
      if (other)
        return err('validation_failed', `The file is ${other}, not a CSV file; save it as CSV first`, {
          line: 1,
        });
      const marked = bomEncoding(data) ?? utf16WithoutBom(data);
      if (marked) this.decide(marked);
    }
    if (this.decoder === null) {
      const high = firstNonAscii(data);
      if (high >= 0) {
        const guess = guessFromNonAscii(data, high, final);
        if (guess) this.decide(guess);
        else {
          // Not telling yet (a character cut by the chunk, or weak evidence): wait for more bytes.
          this.held = data.subarray(high);
          data = data.subarray(0, high);
        }
      }
      if (this.decoder === null) {
        const text = asciiDecoder.decode(data);
        this.advance(text, data.length);
        return ok(text);
      }
    }
    return this.decode(this.decoder, data, final);
  }

  private decide(encoding: CsvEncoding): void {
    this.encoding = encoding;
    this.decoder = new TextDecoder(textDecoderLabel[encoding], { fatal: true });
  }

  private decode(decoder: TextDecoder, data: Uint8Array, final: boolean): Result<string> {
    let text: string;
    try {
      text = decoder.decode(data, { stream: !final });
    } catch {
      return this.invalid(data, final);
    }
    if (this.encoding === 'windows-1252') {
      const c1 = UNDEFINED_IN_1252.exec(text);
      if (c1) return this.undefinedIn1252(text, c1.index);
    } else if (this.encoding === 'utf-8' || this.encoding === 'utf-8-bom') {
      const recent = data.length >= HEAD_BYTES ? data : concat(this.tail, data);
      this.tail = recent.subarray(recent.length - utf8CutOff(recent));
    }
    this.advance(text, data.length);
    return ok(text);
  }

  private advance(text: string, byteCount: number): void {
    this.lines += countLineFeeds(text);
    this.bytes += byteCount;
  }

  /** The error for bytes the strict decoder refused, with the first bad byte's position. */
  private invalid(data: Uint8Array, final: boolean): Result<never> {
    const encoding = this.encoding ?? 'utf-8';
    if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
      const all = concat(this.tail, data);
      const scan = scanUtf8(all);
      const at = scan.invalidAt >= 0 ? scan.invalidAt : all.length - scan.cutOff;
      const start = this.bytes - this.tail.length;
      const before = countLineFeeds(asciiDecoder.decode(all.subarray(0, at)));
      return this.failure(
        encoding,
        start + at,
        this.lines + before + 1,
        scan.invalidAt < 0 && final
          ? 'the file ends in the middle of a character'
          : `byte 0x${hex(all[at])} is not valid there`,
      );
    }
    // UTF-16: an unpaired surrogate or an odd number of bytes.
    const lenient = new TextDecoder(textDecoderLabel[encoding]).decode(data);
    const at = Math.max(0, lenient.indexOf('\uFFFD'));
    return this.failure(
      encoding,
      this.bytes + 2 * at,
      this.lines + countLineFeeds(lenient.slice(0, at)) + 1,
      'a character is incomplete there',
    );
  }

  private undefinedIn1252(text: string, at: number): Result<never> {
    const code = text.charCodeAt(at);
    return err(
      'validation_failed',
      `The file is neither UTF-8 nor Windows-1252 (Latin-1): byte ${this.bytes + at + 1} (line ${
        this.lines + countLineFeeds(text.slice(0, at)) + 1
      }) is 0x${code.toString(16).toUpperCase()}, which Windows-1252 does not define. Save it again as "CSV UTF-8"`,
      {
        encoding: csvEncodingNames['windows-1252'],
        line: this.lines + countLineFeeds(text.slice(0, at)) + 1,
        byte: this.bytes + at + 1,
      },
    );
  }

  private failure(encoding: CsvEncoding, byte: number, line: number, why: string): Result<never> {
    const name = csvEncodingNames[encoding];
    return err(
      'validation_failed',
      `The file cannot be read as ${name}: at byte ${byte + 1} (line ${line}) ${why}. Save it again as "CSV UTF-8" or correct that line`,
      { encoding: name, line, byte: byte + 1 },
    );
  }
}

/** How many bytes after the first non-ASCII one are looked at before weak evidence decides. */
const ENOUGH_EVIDENCE = 1024;

/**
 * The encoding the non-ASCII bytes from `from` point to, or null while they do not tell yet.
 * German Windows-1252 text makes invalid UTF-8 (`ä` then a letter) almost at once, but an umlaut before
 * typographic punctuation (`ß“` in „Fuß“, `Ä€`) happens to be a valid 2-byte UTF-8 sequence: such
 * sequences are weak evidence. Strong evidence for UTF-8 are the sequences real UTF-8 text is made of:
 * Latin-1 letters (lead byte C2, C3), Greek and Cyrillic (CE, CF, D0, D1), and anything of 3 or 4 bytes.
 * Strong sequences and invalid bytes together are a UTF-8 file with a damaged byte: UTF-8, so that the
 * strict decoder reports that byte rather than the text turning into mojibake.
 */
function guessFromNonAscii(bytes: Uint8Array, from: number, final: boolean): CsvEncoding | null {
  let strong = 0;
  let weak = 0;
  let invalid = 0;
  let i = from;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n === -1) {
      if (final) invalid++;
      break;
    }
    if (n === 0) {
      invalid++;
      i++;
      continue;
    }
    if (n > 2 || lead === 0xc2 || lead === 0xc3 || (lead >= 0xce && lead <= 0xd1)) strong++;
    else weak++;
    i += n;
  }
  if (invalid > 0) return strong > 0 ? 'utf-8' : 'windows-1252';
  if (strong > 0) return 'utf-8';
  if (weak > 0 && (final || bytes.length - from >= ENOUGH_EVIDENCE)) return 'utf-8';
  return null;
}

function countLineFeeds(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const hex = (b: number | undefined) => (b ?? 0).toString(16).toUpperCase().padStart(2, '0');
