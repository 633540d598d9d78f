/**
 * The length of the UTF-8 sequence that starts at `i`: 1 to 4 when it is valid, 0 when it is not
 * (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF), -1 when the bytes end
 * inside it.
 */
export function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0) return 0;
  // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and > U+10FFFF (F4).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined) return -1;
    if (k === 1 ? b < low || b > high : b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

/** How the bytes fare as UTF-8: multi-byte characters found, the first invalid byte, a cut-off end. */
export interface Utf8Scan {
  multiByte: number;
  /** Index of the first byte that is no UTF-8, or -1. */
  invalidAt: number;
  /** Bytes at the end that start a character the bytes do not finish. */
  cutOff: number;
}

/**
 * Scans `bytes` from `from` as UTF-8 and stops at the first invalid byte.
 * @example scanUtf8(new Uint8Array([0x4d, 0xc3, 0xbc])) // { multiByte: 1, invalidAt: -1, cutOff: 0 }
 */
export function scanUtf8(bytes: Uint8Array, from = 0): Utf8Scan {
  let multiByte = 0;
  let i = from;
  while (i < bytes.length) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) return { multiByte, invalidAt: i, cutOff: 0 };
    if (n === -1) return { multiByte, invalidAt: -1, cutOff: bytes.length - i };
    multiByte++;
    i += n;
  }
  return { multiByte, invalidAt: -1, cutOff: 0 };
}

/** The number of bytes at the end that begin a UTF-8 character the bytes do not finish (0-3). */
export function utf8CutOff(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return utf8SequenceAt(bytes, bytes.length - back) === -1 ? back : 0;
  }
  return 0;
}

/** Index of the first byte of 0x80 or above from `from`, or -1 when the rest is ASCII. */
export function firstNonAscii(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return i;
  return -1;
}
