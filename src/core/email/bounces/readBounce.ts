import type { BounceKind } from '../deliveryStatus';
import { findMessageId, parseDeliveryStatus } from '../deliveryStatus';
import { autoReplySubject, bounceSentence, bounceSubject, daemonSender } from './bounceMarkers';
import { bounceKindOfReason, type BounceReason } from './bounceReason';
import { classifyReason, reasonOfText } from './classifyReason';
import { splitMessageParts, type MessageParts } from './messageParts';
import { headerOf, parseMimeEntity, type MimeEntity } from './mimeEntity';
import {
  addressesIn,
  commandOf,
  errorRegionOf,
  isRole,
  readPlainReport,
  type RawFailure,
} from './readPlainReport';
import { readSesNotification } from './readSesNotification';
import { findStatusCode, statusFor } from './statusCodes';

export interface BouncedRecipient {
  address: string;
  kind: BounceKind;
  /** RFC 3463 status: the message's own, or derived from the reason where it gives none. */
  status: string;
  reason: BounceReason;
  /** The server's words, trimmed, for people to read. */
  diagnostic: string;
}

export interface BounceReading {
  /** True when the message reports a failed (or delayed) delivery; false for ARF reports and auto-replies. */
  bounce: boolean;
  /** What the message is; only a delivery report is a bounce. */
  kind: 'delivery-report' | 'feedback-report' | 'auto-reply' | 'other';
  recipients: BouncedRecipient[];
  /** Clues to the returned original, where the report carries its headers. */
  original: { messageId: string | null; token: string | null };
}

const notABounce = (kind: BounceReading['kind']): BounceReading => ({
  bounce: false,
  kind,
  recipients: [],
  original: { messageId: null, token: null },
});

/** The returned original's headers: an attached part, or the text after the report (qmail, Exim). */
function originalClues(parts: MessageParts): BounceReading['original'] {
  const region = errorRegionOf(parts.text);
  const headers = `${parts.returnedHeaders}\n${parts.text.slice(region.length)}`;
  return {
    messageId: findMessageId(headers),
    token: /^x-touchpoint-token:\s*([0-9a-f]{32})\b/im.exec(headers)?.[1] ?? null,
  };
}

function addressOfHeader(value: string): string[] {
  return addressesIn(value);
}

/** Feedback reports: ARF (RFC 5965), Microsoft's and Amazon's complaint mails, Apple's unsubscribe. */
function isFeedbackReport(root: MimeEntity, parts: MessageParts): boolean {
  if (parts.feedbackReport || /^feedback-type:/im.test(parts.text)) return true;
  if (/report-type=["']?feedback-report/i.test(headerOf(root, 'content-type'))) return true;
  if (headerOf(root, 'x-apple-unsubscribe').toLowerCase() === 'true') return true;
  return (
    /complaint about message from /i.test(headerOf(root, 'subject')) &&
    /staff@hotmail\.com|complaints@email-abuse\.amazonses\.com/i.test(headerOf(root, 'from'))
  );
}

/**
 * Auto-replies (RFC 3834 and the headers and subjects mail programs use). Delivery reports carry
 * `Auto-Submitted` too, so anything from a mailer daemon or shaped like a report is not one.
 */
function isAutoReply(root: MimeEntity, parts: MessageParts, fromDaemon: boolean): boolean {
  if (fromDaemon || parts.deliveryStatus.length > 0 || root.headers.has('x-failed-recipients')) return false;
  const subject = headerOf(root, 'subject');
  if (bounceSubject.test(subject)) return false;
  const submitted = headerOf(root, 'auto-submitted').toLowerCase();
  const precedence = headerOf(root, 'precedence').toLowerCase();
  const replied =
    submitted.startsWith('auto-replied') ||
    root.headers.has('x-autoreply') ||
    root.headers.has('x-autorespond') ||
    root.headers.has('x-autoresponder') ||
    headerOf(root, 'x-apple-action').toLowerCase() === 'vacation' ||
    precedence === 'auto_reply' ||
    autoReplySubject.test(subject.replace(/^(?:re|aw|fw|fwd):\s*/i, ''));
  const generated = /^auto-(?:generated|notified)/.test(submitted) && !bounceSentence.test(parts.text);
  return replied || generated;
}

function failuresFromDsn(parts: MessageParts): RawFailure[] {
  const region = errorRegionOf(parts.text);
  let regionCommand: string | undefined;
  // The report's own sentence per recipient, read once for all of them.
  let sentences: Map<string, string> | undefined;
  const sentenceOf = (address: string): string => {
    sentences ??= new Map(readPlainReport(parts.text, new Set(), []).map((f) => [f.address, f.diagnostic]));
    return sentences.get(address.toLowerCase()) ?? '';
  };
  return parts.deliveryStatus.flatMap((body) =>
    parseDeliveryStatus(body).map((r) => {
      const address = (r.finalRecipient ?? r.originalRecipient ?? '').replace(/^rfc822;\s*/i, '');
      const ownWords = (r.diagnosticCode ?? '').replace(/^\s*(?:smtp|x-[\w-]+)\s*;\s*/i, '');
      // A bare `Diagnostic-Code: smtp; 550` (or none) says nothing; the report's own sentence about
      // this recipient then speaks.
      const sentence = reasonOfText(ownWords) === null && address !== '' ? sentenceOf(address) : '';
      const diagnostic = `${ownWords}\n${sentence}`.trim();
      // `Status: 5.0.0` says less than the `550 5.1.1` in the server's own words, and a 4.x report
      // (an expiry, a retry warning) may carry the server's permanent 5.x.x answer.
      const given = r.status ?? '';
      const spoken = findStatusCode(ownWords) || findStatusCode(sentence);
      const vague = /^\d\.0\.0$/.test(given) || (given.startsWith('4.') && spoken.startsWith('5.'));
      const status = given === '' || (vague && spoken !== '') ? spoken || given : given;
      return {
        address,
        diagnostic,
        status,
        command: commandOf(ownWords) || commandOf(sentence) || (regionCommand ??= commandOf(region)),
        action: r.action ?? '',
      };
    }),
  );
}

/**
 * Reads a raw message that arrived at a bounce address: whether it reports a failed delivery, and
 * for each failed recipient the address, hard or soft, the status code and the reason. Understands
 * RFC 3464 reports and the plain-text reports of common MTAs and providers; feedback reports (ARF)
 * and auto-replies are no bounces.
 * @example readBounce(raw).recipients[0] // { address: 'anna@example.org', kind: 'hard', status: '5.1.1', reason: 'userunknown', diagnostic: '...' }
 */
export function readBounce(raw: Buffer | string): BounceReading {
  return readReport(parseMimeEntity(raw), 0);
}

function readReport(root: MimeEntity, depth: number): BounceReading {
  const parts = splitMessageParts(root);
  if (isFeedbackReport(root, parts)) return notABounce('feedback-report');
  const from = headerOf(root, 'from');
  const subject = headerOf(root, 'subject');
  const fromDaemon = daemonSender.test(from) || daemonSender.test(headerOf(root, 'return-path'));
  if (isAutoReply(root, parts, fromDaemon)) return notABounce('auto-reply');
  const ses = readSesNotification(parts.text);
  if (ses.kind === 'complaint') return notABounce('feedback-report');

  const excluded = new Set<string>([
    ...addressOfHeader(headerOf(root, 'to')),
    ...addressOfHeader(/^from:.*$/im.exec(parts.returnedHeaders)?.[0] ?? ''),
    ...addressOfHeader(/^return-path:.*$/im.exec(parts.returnedHeaders)?.[0] ?? ''),
  ]);
  const hinted = (root.headers.get('x-failed-recipients') ?? []).flatMap(addressOfHeader);
  let failures = (ses.kind === 'bounce' ? ses.failures : failuresFromDsn(parts))
    .filter((f) => f.address !== '')
    // A local delivery's Final-Recipient may be the mailbox file (Exim's "save to"); the
    // X-Failed-Recipients header still names the address.
    .map((f, i) => (f.address.includes('@') ? f : { ...f, address: hinted[i] ?? hinted[0] ?? f.address }));
  if (failures.length === 0) {
    // A mailing list manager (fml) answering a post it could not distribute.
    const fromListManager = root.headers.has('x-mlserver') && /-admin@/i.test(from);
    const looksLikeBounce =
      fromDaemon ||
      fromListManager ||
      bounceSubject.test(subject) ||
      hinted.length > 0 ||
      parts.deliveryStatus.length > 0;
    if (!looksLikeBounce && !bounceSentence.test(parts.text)) return notABounce('other');
    failures = readPlainReport(parts.text, excluded, hinted);
    if (failures.length === 0 && parts.returned !== null && depth === 0) {
      // A gateway that names nobody but returns the delivery report it was given (Trend Micro's
      // notifications): that inner report knows who failed.
      const inner = readReport(parts.returned, depth + 1);
      if (inner.bounce && inner.recipients.length > 0) return inner;
    }
    if (failures.length === 0) {
      // A report that names nobody: the returned message's own recipient is the one that failed.
      const returned = `${parts.returnedHeaders}\n${parts.text.slice(errorRegionOf(parts.text).length)}`;
      const to = addressOfHeader(/^to:.*$/im.exec(returned)?.[0] ?? '').filter((a) => !isRole(a));
      if (to[0] === undefined) return notABounce('other');
      failures = [
        { address: to[0], diagnostic: errorRegionOf(parts.text).trim(), status: '', command: '', action: '' },
      ];
    }
  }
  const delayed = /delay|warning|still being retried|will (?:keep|continue) trying/i.test(subject);
  const region = errorRegionOf(parts.text);
  return {
    bounce: true,
    kind: 'delivery-report',
    original: originalClues(parts),
    recipients: failures.map((f) => {
      // Where the report is about one recipient, its other lines speak for that recipient too (a
      // provider's notice in another language, a reason given apart from the address).
      const alone = failures.length === 1 && ses.kind === 'none';
      const facts = {
        ...f,
        action: f.action || (delayed ? 'delayed' : ''),
        ...(alone && { context: region }),
      };
      const found = classifyReason(facts);
      const reason = found === 'onhold' && alone ? classifyReason({ ...facts, diagnostic: region }) : found;
      const temporary = f.status.startsWith('4.') || facts.action === 'delayed';
      return {
        address: f.address,
        kind: bounceKindOfReason(reason),
        status: statusFor(f.status, reason, temporary),
        reason,
        diagnostic: f.diagnostic.replace(/\s+/g, ' ').trim().slice(0, 500),
      };
    }),
  };
}
