/**
 * A small, synchronous MIME reader for bounce messages: headers, multipart bodies, transfer encodings
 * and charsets. Bounces are small and often malformed, so it never throws and never loads more than
 * it needs; the returned message inside a bounce (`message/rfc822`) is parsed as a nested entity.
 */
export interface MimeEntity {
  /** Header fields, names lower-case, values unfolded and RFC 2047-decoded; repeated fields keep every value. */
  headers: Map<string, string[]>;
  /** `text/plain`, lower-case; `text/plain` when absent. */
  contentType: string;
  params: Map<string, string>;
  /** The decoded body for leaf parts; the raw body text of a multipart. */
  body: string;
  parts: MimeEntity[];
}

/**
 * The first value of a header field, or '' when absent.
 * @example headerOf(parseMimeEntity('Subject: Hallo\n\nText'), 'subject') // 'Hallo'
 */
export function headerOf(entity: MimeEntity, name: string): string {
  return entity.headers.get(name)?.[0] ?? '';
}

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(charset: string): TextDecoder | null {
  const name = charset.toLowerCase().replace(/^(x-|cs)/, '');
  if (!decoders.has(name)) {
    try {
      decoders.set(name, new TextDecoder(name === 'unknown-8bit' ? 'utf-8' : name));
    } catch {
      decoders.set(name, null);
    }
  }
  return decoders.get(name) ?? null;
}

/** Bytes held one per char (latin1) → text in `charset`; undeclared 8-bit text is tried as UTF-8. */
function decodeBytes(binary: string, charset: string): string {
  // Pure ASCII needs no decoding, except ISO-2022-JP, which is 7-bit with escape sequences.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(binary) && !/\x1b/.test(binary)) return binary;
  const bytes = Buffer.from(binary, 'latin1');
  const decoder = decoderFor(charset === '' ? 'utf-8' : charset) ?? decoderFor('utf-8');
  return decoder === null ? binary : decoder.decode(bytes);
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/[ \t]+(?=\r?\n)/g, '')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeBase64(text: string): string {
  return Buffer.from(text.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
}

/** `=?utf-8?B?...?=` words in a header value. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, charset: string, enc: string, text: string) => {
      const binary =
        enc.toUpperCase() === 'B' ? decodeBase64(text) : decodeQuotedPrintable(text.replace(/_/g, ' '));
      return decodeBytes(binary, charset.replace(/\*.*$/, ''));
    });
}

function parseHeaderBlock(block: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  // Folded lines start with white space; some MTAs fold without it (`boundary=...` on its own line),
  // so a line that is no `Name: value` continues the field above it too.
  const fields: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    const last = fields.length - 1;
    if (last >= 0 && (/^[ \t]/.test(line) || !/^[\x21-\x39\x3b-\x7e]+:/.test(line))) {
      fields[last] += ` ${line.trim()}`;
    } else fields.push(line);
  }
  for (const line of fields) {
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // Raw 8-bit header text is most often UTF-8.
    const value = decodeEncodedWords(decodeBytes(line.slice(colon + 1).trim(), 'utf-8'));
    const values = headers.get(name);
    if (values) values.push(value);
    else headers.set(name, [value]);
  }
  return headers;
}

/** `multipart/report; report-type=delivery-status; boundary="x"` → type and parameters. */
function parseContentType(value: string): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const [type = '', ...rest] = value.split(';');
  for (const piece of rest) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    params.set(
      key,
      piece
        .slice(eq + 1)
        .trim()
        .replace(/^"|"$/g, ''),
    );
  }
  return { type: type.trim().toLowerCase() || 'text/plain', params };
}

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (m === null) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith(delimiter)) {
      if (current !== null) parts.push(current.join('\n'));
      if (line.slice(delimiter.length).startsWith('--')) return parts;
      current = [];
    } else current?.push(line);
  }
  if (current !== null && current.length > 0) parts.push(current.join('\n'));
  return parts;
}

const MAX_DEPTH = 8;

/**
 * Some MTAs (old sendmail) write a multipart body but no Content-Type header; a top-level body whose
 * boundary line is followed by part headers is read as multipart all the same.
 */
function sniffMultipart(body: string, depth: number): string | undefined {
  if (depth > 0) return undefined;
  const m = /^--([^\s-][^\s]{5,})\r?\n(?:\r?\n)?[\s\S]*?^--\1\r?\nContent-Type:/im.exec(body);
  return m === null ? undefined : `multipart/mixed; boundary="${m[1]}"`;
}

function parseEntityAt(raw: string, depth: number, defaultType: string): MimeEntity {
  const { head, body } = splitHead(raw);
  const headers = parseHeaderBlock(head);
  const contentTypeValue = headers.get('content-type')?.[0] ?? sniffMultipart(body, depth);
  const { type, params } = parseContentType(contentTypeValue ?? defaultType);
  const entity: MimeEntity = { headers, contentType: type, params, body, parts: [] };
  const boundary = params.get('boundary');
  if (type.startsWith('multipart/') && boundary !== undefined && depth < MAX_DEPTH) {
    const childType = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    entity.parts = splitMultipart(body, boundary).map((p) => parseEntityAt(p, depth + 1, childType));
    if (entity.parts.length > 0) return entity;
    // A boundary that never occurs in the body (PMDF, sendmail's postmaster copies): the report is
    // still there, as plain text.
    entity.contentType = 'text/plain';
  }
  const encoding = (headers.get('content-transfer-encoding')?.[0] ?? '').toLowerCase();
  let binary = body;
  if (encoding.includes('base64')) binary = decodeBase64(body);
  else if (encoding.includes('quoted-printable')) binary = decodeQuotedPrintable(body);
  if ((type === 'message/rfc822' || type === 'message/global') && depth < MAX_DEPTH) {
    entity.parts = [parseEntityAt(binary, depth + 1, 'text/plain')];
    entity.body = binary;
    return entity;
  }
  entity.body = decodeBytes(binary, params.get('charset') ?? '');
  return entity;
}

/**
 * Parses a raw message (bytes as read from disk or SMTP).
 * @example parseMimeEntity(Buffer.from('Subject: hi\n\nbody')).body // 'body'
 */
export function parseMimeEntity(raw: Buffer | string): MimeEntity {
  const text = typeof raw === 'string' ? raw : raw.toString('latin1');
  return parseEntityAt(text.replace(/^\s*From [^\n]*\n/, ''), 0, 'text/plain');
}
