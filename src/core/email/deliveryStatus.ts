/**
 * Delivery status notifications (RFC 3464): a `multipart/report; report-type=delivery-status` whose
 * `message/delivery-status` part has one block of fields for the reporting server, then one block per
 * recipient (`Final-Recipient`, `Action`, `Status`, `Diagnostic-Code`, …).
 */
export type BounceKind = 'hard' | 'soft';

export interface DsnRecipient {
  finalRecipient: string | null;
  originalRecipient: string | null;
  action: string | null;
  /** Enhanced status code (RFC 3463), e.g. `5.1.1`. */
  status: string | null;
  diagnosticCode: string | null;
}

/** `rfc822; anna@example.org` → `anna@example.org` (lower-case). */
function addressOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const semicolon = value.indexOf(';');
  const address = (semicolon < 0 ? value : value.slice(semicolon + 1))
    .trim()
    .replace(/^<|>$/g, '')
    .toLowerCase();
  return address === '' ? null : address;
}

function parseFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  // A line starting with white space continues the field above it.
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

/**
 * The per-recipient blocks of a `message/delivery-status` body.
 * @example parseDeliveryStatus('Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1')
 * // [{ finalRecipient: 'a@b.c', originalRecipient: null, action: 'failed', status: '5.1.1', diagnosticCode: null }]
 */
export function parseDeliveryStatus(body: string): DsnRecipient[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map(parseFields)
    .filter((f) => f.has('final-recipient') || f.has('original-recipient'))
    .map((f) => ({
      finalRecipient: addressOf(f.get('final-recipient')),
      originalRecipient: addressOf(f.get('original-recipient')),
      action: f.get('action')?.toLowerCase() ?? null,
      status: /\d\.\d{1,3}\.\d{1,3}/.exec(f.get('status') ?? '')?.[0] ?? null,
      diagnosticCode: f.get('diagnostic-code') ?? null,
    }));
}

/**
 * A permanent failure (5.x.x) is a hard bounce, a persistent transient one (4.x.x) a soft bounce;
 * success (2.x.x) and anything unreadable are no bounce.
 * @example bounceKindOfStatus('4.2.2') // 'soft'
 */
export function bounceKindOfStatus(status: string | null): BounceKind | null {
  if (status?.startsWith('5.')) return 'hard';
  if (status?.startsWith('4.')) return 'soft';
  return null;
}

/** The kind of bounce a recipient block reports, or null when it reports a delivery. */
export function bounceKindOf(recipient: DsnRecipient): BounceKind | null {
  if (recipient.action !== null && recipient.action !== 'failed' && recipient.action !== 'delayed')
    return null;
  return bounceKindOfStatus(recipient.status);
}

/**
 * The Message-ID of the returned message from its headers (`text/rfc822-headers` or `message/rfc822`).
 * @example findMessageId('From: a@b.c\nMessage-ID: <x@y>\n') // '<x@y>'
 */
export function findMessageId(headers: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*(<[^>\s]+>)/im.exec(unfolded);
  return m?.[1] ?? null;
}
