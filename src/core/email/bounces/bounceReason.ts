import type { BounceKind } from '../deliveryStatus';

/** Why a delivery failed, in the Sisimai project's vocabulary so results compare with its corpus. */
export const bounceReasons = [
  'userunknown',
  'hostunknown',
  'hasmoved',
  'notaccept',
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'suspend',
  'filtered',
  'rejected',
  'blocked',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'authfailure',
  'badreputation',
  'requireptr',
  'norelaying',
  'securityerror',
  'contenterror',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'networkerror',
  'toomanyconn',
  'speeding',
  'failedstarttls',
  'mailererror',
  'expired',
  'delivered',
  'onhold',
] as const;
export type BounceReason = (typeof bounceReasons)[number];

/** Only an address that can never receive mail is a hard bounce; every other failure may pass. */
const hardReasons: ReadonlySet<BounceReason> = new Set([
  'userunknown',
  'hostunknown',
  'hasmoved',
  'notaccept',
]);

/**
 * Hard for an address that is permanently undeliverable, soft for everything else (full mailbox,
 * filtered, blocked, expired, ...), whatever the class of the status code.
 * @example bounceKindOfReason('mailboxfull') // 'soft'
 */
export function bounceKindOfReason(reason: BounceReason): BounceKind {
  return hardReasons.has(reason) ? 'hard' : 'soft';
}
