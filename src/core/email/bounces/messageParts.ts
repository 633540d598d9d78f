import type { MimeEntity } from './mimeEntity';

/** The parts of a bounce that matter to the reader, with the returned original kept apart. */
export interface MessageParts {
  /** The human-readable report: every text part outside the returned message, in order. */
  text: string;
  /** `message/delivery-status` bodies (RFC 3464). */
  deliveryStatus: string[];
  /** True when a `message/feedback-report` part (ARF, RFC 5965) is present. */
  feedbackReport: boolean;
  /** Header text of the returned original message, '' when not attached. */
  returnedHeaders: string;
  /** Whether the message carries the returned original as a part. */
  hasReturnedMessage: boolean;
  /** The returned original itself where it is attached whole (`message/rfc822`), else null. */
  returned: MimeEntity | null;
}

const returnedTypes = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'text/rfc822-header',
  'message/rfc822-headers',
  'message/global-headers',
  'message/partial',
]);
const statusTypes = new Set(['message/delivery-status', 'message/global-delivery-status']);

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/[ \t]+/g, ' ');
}

function headerTextOf(entity: MimeEntity): string {
  const inner = entity.parts[0];
  if (inner !== undefined) {
    return [...inner.headers.entries()].flatMap(([k, vs]) => vs.map((v) => `${k}: ${v}`)).join('\n');
  }
  return entity.body.split(/\r?\n\r?\n/)[0] ?? '';
}

/**
 * Splits a parsed message into report text, DSN blocks and the returned original.
 * @example splitMessageParts(parseMimeEntity('Subject: x\n\nhello')).text // 'hello'
 */
export function splitMessageParts(root: MimeEntity): MessageParts {
  const plain: string[] = [];
  const html: string[] = [];
  const result: MessageParts = {
    text: '',
    deliveryStatus: [],
    feedbackReport: false,
    returnedHeaders: '',
    hasReturnedMessage: false,
    returned: null,
  };
  const walk = (entity: MimeEntity): void => {
    const type = entity.contentType;
    if (type === 'message/feedback-report') result.feedbackReport = true;
    else if (statusTypes.has(type)) result.deliveryStatus.push(entity.body);
    else if (returnedTypes.has(type)) {
      result.hasReturnedMessage = true;
      if (result.returnedHeaders === '') result.returnedHeaders = headerTextOf(entity);
      result.returned ??= entity.parts[0] ?? null;
    } else if (type.startsWith('multipart/')) entity.parts.forEach(walk);
    else if (type === 'text/html') html.push(htmlToText(entity.body));
    else if (type.startsWith('text/')) plain.push(entity.body);
  };
  walk(root);
  result.text = (plain.length > 0 ? plain : html).join('\n');
  if (result.deliveryStatus.length === 0) {
    const inline = inlineDeliveryStatus(result.text);
    if (inline !== null) result.deliveryStatus.push(inline);
  }
  return result;
}

/**
 * RFC 3464 fields written into the text itself, where the report lost its MIME structure or never had
 * it (PMDF, broken boundaries, WorkMail's "Technical report"): from the first field to the end.
 */
function inlineDeliveryStatus(text: string): string | null {
  if (!/^final-recipient:[ \t]*\S/im.test(text) || !/^(?:action|status):[ \t]*\S/im.test(text)) return null;
  const start =
    /^(?:reporting-mta|original-envelope-id|arrival-date|original-recipient|final-recipient):/im.exec(text);
  return start === null ? null : text.slice(start.index);
}
