import type { RawFailure } from './readPlainReport';

/**
 * Amazon SES sends its bounce, complaint and delivery notifications as JSON in a plain mail (through
 * SNS, sometimes wrapped in the SNS envelope whose `Message` is the JSON as a string).
 */
export type SesReading =
  { kind: 'bounce'; failures: RawFailure[] } | { kind: 'complaint' } | { kind: 'none' };

interface SesBounceRecipient {
  emailAddress?: unknown;
  action?: unknown;
  status?: unknown;
  diagnosticCode?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function notificationIn(text: string): Record<string, unknown> | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  const json = text.slice(start, end + 1);
  // Mail transports fold long lines; JSON itself never contains a bare line break.
  const outer = parseJson(json) ?? parseJson(json.replace(/\r?\n[ \t]?/g, ''));
  if (outer === null) return null;
  if (typeof outer.Message === 'string') return parseJson(outer.Message);
  return outer;
}

/** SES's own bounce sub-types that name the reason outright. */
const subTypeWords: Readonly<Record<string, string>> = {
  NoEmail: 'address does not exist',
  Suppressed: 'address is on the suppression list',
  MailboxFull: 'mailbox full',
  MessageTooLarge: 'message too large',
  ContentRejected: 'message content rejected',
  AttachmentRejected: 'attachment rejected: virus',
};

/**
 * Reads an SES notification from a message body, if it is one.
 * @example readSesNotification('{"notificationType":"Complaint"}') // { kind: 'complaint' }
 */
export function readSesNotification(text: string): SesReading {
  if (!text.includes('notificationType')) return { kind: 'none' };
  const n = notificationIn(text);
  const type = str(n?.notificationType);
  if (n === null || type === '') return { kind: 'none' };
  if (type === 'Complaint') return { kind: 'complaint' };
  if (type === 'Delivery') {
    const delivery = (n.delivery ?? {}) as { recipients?: unknown; smtpResponse?: unknown };
    const recipients = Array.isArray(delivery.recipients) ? delivery.recipients.map(str) : [];
    return {
      kind: 'bounce',
      failures: recipients.map((address) => ({
        address: address.toLowerCase(),
        diagnostic: str(delivery.smtpResponse),
        status: '2.6.0',
        command: '',
        action: 'delivered',
      })),
    };
  }
  if (type !== 'Bounce') return { kind: 'none' };
  const bounce = (n.bounce ?? {}) as {
    bounceType?: unknown;
    bounceSubType?: unknown;
    bouncedRecipients?: unknown;
  };
  const list = Array.isArray(bounce.bouncedRecipients)
    ? (bounce.bouncedRecipients as SesBounceRecipient[])
    : [];
  const subType = subTypeWords[str(bounce.bounceSubType)] ?? '';
  return {
    kind: 'bounce',
    failures: list.map((r) => ({
      address: str(r.emailAddress).toLowerCase(),
      diagnostic: [str(r.diagnosticCode).replace(/^smtp;\s*/i, ''), subType].filter(Boolean).join('\n'),
      status: str(r.status),
      command: '',
      action: str(bounce.bounceType) === 'Transient' ? 'delayed' : str(r.action),
    })),
  };
}
