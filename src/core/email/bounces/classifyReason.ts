import { bounceKindOfReason, type BounceReason } from './bounceReason';
import { mtaReasonOf, reportWideReasonOf } from './mtaMessages';
import { reasonPatterns } from './reasonPatterns';
import { reasonOfStatus } from './statusCodes';

export interface FailureFacts {
  /** The server's words about this recipient (reply text, `Diagnostic-Code`, the MTA's own sentence). */
  diagnostic: string;
  /** Enhanced status code, '' when none was given. */
  status: string;
  /** The SMTP command the server answered (`RCPT`, `DATA`, `MAIL`, `HELO`, `CONN`), '' when unknown. */
  command: string;
  /** The DSN `Action` (`failed`, `delayed`, ...), '' when unknown. */
  action: string;
  /**
   * The whole report where it is about one recipient only: an MTA's own sentence there counts as
   * if it stood beside the address (au writes it above the list of recipients).
   */
  context?: string;
}

/**
 * The order the phrase lists are tried in: specific mailbox states first (a full or suspended mailbox
 * is often answered with 550 5.1.1), then sender-side refusals, then the address itself, then broad
 * policy words that would otherwise swallow the rest.
 */
const textOrder: readonly BounceReason[] = [
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'hasmoved',
  'suspend',
  'norelaying',
  'authfailure',
  'requireptr',
  'rejected',
  'filtered',
  'notaccept',
  'mailererror',
  'hostunknown',
  'userunknown',
  'networkerror',
  'badreputation',
  'virusdetected',
  'spamdetected',
  'policyviolation',
  'toomanyconn',
  'speeding',
  'failedstarttls',
  'blocked',
  'contenterror',
  'securityerror',
  'systemfull',
  'systemerror',
  'syntaxerror',
  'expired',
];

/**
 * Lower-case, one space between words, so phrase lists need not care about line breaks.
 * @example normaliseDiagnostic('550 User\n  Unknown') // '550 user unknown'
 */
export function normaliseDiagnostic(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The reason a phrase list finds in a text, or null.
 * @example reasonOfText('550 5.1.1 <a@b.c>: Recipient address rejected: User unknown') // 'userunknown'
 */
export function reasonOfText(text: string): BounceReason | null {
  const normal = normaliseDiagnostic(text);
  if (normal === '') return null;
  for (const reason of textOrder) {
    if (reasonPatterns[reason]?.some((p) => p.test(normal))) return reason;
  }
  return null;
}

/** Codes whose own meaning is stronger than a broad phrase that happens to sit beside them. */
const preciseStatusReasons: ReadonlySet<BounceReason> = new Set([
  'mailboxfull',
  'hasmoved',
  'authfailure',
  'mesgtoobig',
  'exceedlimit',
  'requireptr',
]);
const broadTextReasons: ReadonlySet<BounceReason> = new Set([
  'blocked',
  'spamdetected',
  'securityerror',
  'systemerror',
  'policyviolation',
  'expired',
  'syntaxerror',
  'mailererror',
]);

/** Providers' own sentences that only ever mean the address does not exist. */
const unmistakablyUnknown =
  /address (?:couldn't|could not) be found|account that you tried to reach does not exist|invalid final delivery userid|address does not exist|no such (?:user|mailbox|recipient) here/;

/**
 * What the words mean depends on when they were said: "user unknown" answered to RCPT (or with a
 * 5.1.x code) is the address; answered after DATA it is a content filter posing as one. Refusals at
 * MAIL FROM are about the sender. A missing domain reported as temporary is a DNS failure.
 */
function refine(
  byText: BounceReason | null,
  byStatus: BounceReason | null,
  facts: FailureFacts,
): BounceReason | null {
  if (byText === null) return null;
  const hard = byText === 'userunknown' || byText === 'hostunknown' || byText === 'filtered';
  if (hard && (facts.command === 'MAIL' || byStatus === 'rejected')) return 'rejected';
  if (
    byText === 'userunknown' &&
    byStatus !== 'userunknown' &&
    facts.command !== 'RCPT' &&
    !unmistakablyUnknown.test(normaliseDiagnostic(facts.diagnostic))
  )
    return 'filtered';
  if (byText === 'hostunknown' && facts.status.startsWith('4.')) return 'networkerror';
  return byText;
}

/**
 * Why one recipient failed: the diagnostic text decides where a phrase list knows it, else the
 * status code, else what the SMTP command and DSN action imply.
 * @example classifyReason({ diagnostic: '452 4.2.2 Mailbox full', status: '', command: 'RCPT', action: '' }) // 'mailboxfull'
 */
export function classifyReason(facts: FailureFacts): BounceReason {
  if (facts.status.startsWith('2.')) return 'delivered';
  const byStatus = reasonOfStatus(facts.status);
  if (byStatus === 'hasmoved') return byStatus;
  const byMta =
    mtaReasonOf(normaliseDiagnostic(facts.diagnostic)) ??
    (facts.context === undefined ? null : reportWideReasonOf(normaliseDiagnostic(facts.context)));
  // A sender refused at MAIL FROM is no verdict on the recipient's address.
  if (byMta !== null && !(facts.command === 'MAIL' && bounceKindOfReason(byMta) === 'hard')) return byMta;
  const byText = refine(reasonOfText(facts.diagnostic), byStatus, facts);
  if (byText !== null) {
    if (byStatus !== null && preciseStatusReasons.has(byStatus) && broadTextReasons.has(byText))
      return byStatus;
    return byText;
  }
  // An address code answered to MAIL FROM is about the sender's address, not the recipient's.
  if (byStatus !== null)
    return facts.command === 'MAIL' && bounceKindOfReason(byStatus) === 'hard' ? 'rejected' : byStatus;
  const cls = facts.status.slice(0, 3);
  if (cls.endsWith('.6')) return 'contenterror';
  if (cls.endsWith('.7')) return 'securityerror';
  if (facts.action === 'delayed' || facts.action === 'expired') return 'expired';
  if (['HELO', 'EHLO', 'CONN'].includes(facts.command)) return 'blocked';
  return 'onhold';
}
