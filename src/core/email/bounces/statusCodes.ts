/**
 * RFC 3463 enhanced status codes and the bounce reasons they stand for (after the IANA registry and
 * the Sisimai project's table). Codes whose meaning depends on the text (x.0.0, 4.3.0, 4.7.0 ...) are
 * left out so the diagnostic text decides.
 */
import { bounceKindOfReason, type BounceReason } from './bounceReason';

const reasonOfCode: Readonly<Record<string, BounceReason>> = {
  '2.1.5': 'delivered',
  '2.6.0': 'delivered',
  '4.1.6': 'hasmoved',
  '4.1.7': 'rejected',
  '4.1.8': 'rejected',
  '4.1.9': 'systemerror',
  '4.2.1': 'blocked',
  '4.2.2': 'mailboxfull',
  '4.2.3': 'exceedlimit',
  '4.2.4': 'filtered',
  '4.3.1': 'systemfull',
  '4.3.2': 'notaccept',
  '4.3.3': 'systemerror',
  '4.3.5': 'systemerror',
  '4.4.1': 'expired',
  '4.4.2': 'networkerror',
  '4.4.3': 'systemerror',
  '4.4.4': 'networkerror',
  '4.4.5': 'systemfull',
  '4.4.6': 'networkerror',
  '4.4.7': 'expired',
  '4.4.8': 'networkerror',
  '4.5.3': 'systemerror',
  '4.5.5': 'systemerror',
  '4.6.0': 'contenterror',
  '4.6.2': 'contenterror',
  '4.6.5': 'contenterror',
  '4.7.1': 'blocked',
  '4.7.2': 'blocked',
  '4.7.5': 'securityerror',
  '4.7.6': 'securityerror',
  '4.7.7': 'securityerror',
  '4.7.24': 'authfailure',
  '4.7.25': 'requireptr',
  '4.7.26': 'authfailure',
  '5.1.0': 'userunknown',
  '5.1.1': 'userunknown',
  '5.1.2': 'hostunknown',
  '5.1.3': 'userunknown',
  '5.1.4': 'filtered',
  '5.1.6': 'hasmoved',
  '5.1.7': 'rejected',
  '5.1.8': 'rejected',
  '5.1.9': 'systemerror',
  '5.1.10': 'notaccept',
  '5.2.0': 'filtered',
  '5.2.1': 'filtered',
  '5.2.2': 'mailboxfull',
  '5.2.3': 'exceedlimit',
  '5.2.4': 'filtered',
  '5.3.0': 'systemerror',
  '5.3.1': 'systemfull',
  '5.3.2': 'notaccept',
  '5.3.3': 'systemerror',
  '5.3.4': 'mesgtoobig',
  '5.3.5': 'systemerror',
  '5.4.0': 'networkerror',
  '5.4.3': 'systemerror',
  '5.4.4': 'hostunknown',
  '5.5.2': 'syntaxerror',
  '5.5.3': 'toomanyconn',
  '5.5.4': 'systemerror',
  '5.5.5': 'systemerror',
  '5.5.6': 'syntaxerror',
  '5.6.0': 'contenterror',
  '5.6.1': 'contenterror',
  '5.6.2': 'contenterror',
  '5.6.3': 'contenterror',
  '5.6.5': 'contenterror',
  '5.6.6': 'contenterror',
  '5.7.0': 'securityerror',
  '5.7.1': 'securityerror',
  '5.7.2': 'securityerror',
  '5.7.3': 'securityerror',
  '5.7.4': 'securityerror',
  '5.7.5': 'securityerror',
  '5.7.6': 'securityerror',
  '5.7.7': 'securityerror',
  '5.7.8': 'securityerror',
  '5.7.9': 'securityerror',
  '5.7.10': 'securityerror',
  '5.7.11': 'securityerror',
  '5.7.13': 'suspend',
  '5.7.14': 'securityerror',
  '5.7.15': 'securityerror',
  '5.7.16': 'mesgtoobig',
  '5.7.17': 'hasmoved',
  '5.7.18': 'hasmoved',
  '5.7.19': 'securityerror',
  '5.7.20': 'authfailure',
  '5.7.21': 'authfailure',
  '5.7.22': 'authfailure',
  '5.7.23': 'authfailure',
  '5.7.24': 'authfailure',
  '5.7.25': 'requireptr',
  '5.7.26': 'authfailure',
  '5.7.27': 'notaccept',
  '5.7.28': 'spamdetected',
  '5.7.29': 'authfailure',
  '5.7.30': 'failedstarttls',
};

/**
 * The reason an enhanced status code names, or null when the code alone does not tell.
 * @example reasonOfStatus('5.1.1') // 'userunknown'
 */
export function reasonOfStatus(status: string): BounceReason | null {
  return reasonOfCode[status] ?? null;
}

/** Where a message gives no status code, the one that fits its reason best. */
const codeOfReason: Readonly<Partial<Record<BounceReason, string>>> = {
  userunknown: '5.1.1',
  hostunknown: '5.1.2',
  hasmoved: '5.1.6',
  notaccept: '5.1.10',
  rejected: '5.1.8',
  filtered: '5.2.1',
  suspend: '5.2.1',
  mailboxfull: '5.2.2',
  exceedlimit: '5.2.3',
  mesgtoobig: '5.3.4',
  systemfull: '5.3.1',
  systemerror: '5.3.0',
  networkerror: '5.4.0',
  expired: '5.4.7',
  toomanyconn: '4.3.2',
  speeding: '4.7.0',
  syntaxerror: '5.5.2',
  contenterror: '5.6.0',
  securityerror: '5.7.0',
  blocked: '5.7.1',
  norelaying: '5.7.1',
  spamdetected: '5.7.1',
  virusdetected: '5.7.1',
  policyviolation: '5.7.1',
  badreputation: '5.7.1',
  authfailure: '5.7.26',
  requireptr: '5.7.25',
  failedstarttls: '5.7.10',
  delivered: '2.1.5',
};

/**
 * The status to report: the message's own code when it has one, else one derived from the reason
 * (`x.0.0` codes say nothing and give way to the derived one).
 * @example statusFor('', 'userunknown', false) // '5.1.1'
 */
export function statusFor(given: string, reason: BounceReason, temporary: boolean): string {
  if (given !== '' && !/^[45]\.0\.0$/.test(given)) return given;
  const derived = codeOfReason[reason];
  if (derived === undefined) return given === '' ? (temporary ? '4.0.0' : '5.0.0') : given;
  // An address that is gone is gone for good, even when a retry warning reported it.
  const permanent = bounceKindOfReason(reason) === 'hard';
  return temporary && !permanent && derived.startsWith('5.') ? `4${derived.slice(1)}` : derived;
}

/**
 * The first enhanced status code in a text (`550 5.1.1 ...`, `(#5.1.1)`), never an IP address.
 * @example findStatusCode('host said: 550 5.1.1 <a@b.c> unknown') // '5.1.1'
 */
export function findStatusCode(text: string): string {
  const m = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/.exec(text);
  return m === null ? '' : `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
}
