/**
 * Sentences that particular MTAs and providers write for one reason only (from their sources, as
 * collected by the Sisimai project's per-MTA modules). They settle the reason before the general
 * phrase lists, which cannot know, for example, that Domino's "not listed in Domino Directory" is
 * always the address and never a content filter. Lower-case, white space collapsed.
 */
import type { BounceReason } from './bounceReason';

function orangeCode(codes: string): RegExp {
  return new RegExp(String.raw`\b(?:lpn|ofr|ouk)(?:aaa|\d{3})?[_-]?(?:${codes})\b`);
}

export const mtaMessages: readonly (readonly [RegExp, BounceReason])[] = [
  // qmail and its clones
  [/no mailbox here by that name/, 'userunknown'],
  [/sorry, i couldn't find any host /, 'hostunknown'],
  [/sorry, i couldn't find a mail exchanger or ip address/, 'notaccept'],
  [
    /sorry, i wasn't able to establish an smtp connection|although i'm listed as a best-preference mx or a for that host/,
    'networkerror',
  ],
  [/this message has been in the queue too long/, 'expired'],
  [/mailaddress is administrativ\w* disabled/, 'suspend'],
  [/the message exeeded the maximum size the user accepts/, 'exceedlimit'],
  [/requested action not taken: mailbox unavailable \(not enough free space\)/, 'systemfull'],
  // Exim
  [
    /all host address lookups failed permanently|all relevant mx records point to non-existent hosts|unrouteable address/,
    'hostunknown',
  ],
  [/an mx or srv record indicated no smtp service|no host found for existing smtp connection/, 'notaccept'],
  [/mailbox is full|error: quota exceed/, 'mailboxfull'],
  [
    /retry timeout exceeded|no action is required on your part|retry time not reached for any host after a long failure period|all hosts have been failing for a long time/,
    'expired',
  ],
  [/delivery to (?:file|pipe) forbidden|local delivery failed|lmtp error after /, 'systemerror'],
  [/too many "received" headers/, 'contenterror'],
  [
    /angle-brackets nested too deep|domain missing in source-routed address|malformed address:/,
    'syntaxerror',
  ],
  // DragonFly Mail Agent
  [/could not deliver for the last \d+ seconds/, 'expired'],
  [/dns lookup failure: host \S+ not found/, 'hostunknown'],
  // OpenSMTPD
  [/envelope expired/, 'expired'],
  [/could not retrieve credentials/, 'securityerror'],
  [/invalid domain name|domain does not exist/, 'hostunknown'],
  [/destination seem to reject all mails|no mx found for (?:domain|destination)/, 'notaccept'],
  [
    /network error on destination mxs|temporary failure in mx lookup|no valid route to (?:remote mx|destination)|all routes to destination blocked|address family mismatch on destination mxs|bad dns lookup error code|loop detected/,
    'networkerror',
  ],
  // Microsoft Exchange 2003 (MSEXCH codes) and later
  [/\(000c05a6\)|the recipient name is not recognized/, 'userunknown'],
  [/\(000c0595\)/, 'filtered'],
  [/\(00120270\)/, 'networkerror'],
  [/\(00050311\)|\(000502cc\)/, 'contenterror'],
  [/\(00010256\)|\(000d06b5\)/, 'systemerror'],
  [/\(000b0981\)/, 'securityerror'],
  // Exchange 2007 and later, Office 365 (the NDR's enhanced code names the resolver's verdict)
  [/resolver\.adr\.(?:recipnotfound|recipientnotfound|exrecipnotfound)/, 'userunknown'],
  [/smtpsend\.dns\.nonexistentdomain/, 'hostunknown'],
  [/smtpsend\.dns\.mxloopback/, 'networkerror'],
  [/resolver\.adr\.(?:badprimary|invalidinsmtp|ambiguous)/, 'systemerror'],
  [/resolver\.adr\.reciplimit/, 'toomanyconn'],
  [/resolver\.rst\.authrequired/, 'securityerror'],
  [/resolver\.rst\.notauthorized/, 'rejected'],
  [/resolver\.rst\.recipsizelimit/, 'exceedlimit'],
  [/queue\.expired/, 'expired'],
  // Gmail and Google Workspace
  [
    /the email account that you tried to reach does not exist|address couldn't be found|address not found/,
    'userunknown',
  ],
  [
    /dns error: could not contact dns servers|the recipient server did not accept our requests to connect/,
    'expired',
  ],
  // Google Groups: a group that does not exist or does not let the sender post (in any language,
  // always pointing at the groups help centre)
  [
    /group you tried to contact .* may not exist, or you may not have permission to post|groups\.google\.com\/support/,
    'rejected',
  ],
  // Domino and Notes
  [
    /not listed in (?:the )?(?:domino directory|public name & address book)|no se encuentra en el directorio de domino|non répertorié dans l'annuaire domino|ディレクトリのリストにありません/,
    'userunknown',
  ],
  [/cannot route mail to user/, 'filtered'],
  [/several matches found in domino directory/, 'systemerror'],
  [/message has exceeded maximum hop count/, 'networkerror'],
  // iMail
  [/invalid final delivery userid|(?:^| )unknown user: \S+@/, 'userunknown'],
  [/user mailbox exceeds allowed size/, 'mailboxfull'],
  [/requested action not taken: virus detected/, 'virusdetected'],
  // Orange and La Poste label their answers (LPN007_416, OFR_417 [417]); the number is the verdict
  [orangeCode('416'), 'userunknown'],
  [orangeCode('417'), 'mailboxfull'],
  [orangeCode('420|426'), 'suspend'],
  [orangeCode('506'), 'spamdetected'],
  [orangeCode('101|102|103|510|999'), 'blocked'],
  [orangeCode('104'), 'toomanyconn'],
  [orangeCode('305|402'), 'securityerror'],
  [orangeCode('401|517'), 'authfailure'],
  [orangeCode('403|405|415|421'), 'rejected'],
  [orangeCode('505'), 'systemerror'],
  [orangeCode('514'), 'mesgtoobig'],
  [orangeCode('630'), 'policyviolation'],
  // fml (mailing list manager): refusals of posts, loops
  [
    /are not member|not member article from|reject mail from|reject spammers:|you are not a member of this mailing list|header may cause mail loop/,
    'rejected',
  ],
  [/duplicated message-id/, 'contenterror'],
  [/loop alert: |loop back warning|has detected a loop condition so that/, 'systemerror'],
  [/security alert/, 'securityerror'],
  // Courier
  [/this domain's dns violates rfc 1035/, 'systemerror'],
  [/dns lookup failed\./, 'networkerror'],
];

/**
 * Sentences that MTAs write apart from the recipient's address (au and BIGLOBE put them above the
 * list of recipients); they speak for the recipient of a report that names only one.
 */
export const reportWideMessages: readonly (readonly [RegExp, BounceReason])[] = [
  // au (KDDI, EZweb) and BIGLOBE
  [/the user\(s\) account is (?:disabled|temporarily limited)/, 'suspend'],
  [
    /the user\(s\) account is temporarily over quota|as their mailbox is full|number of messages in recipient's mailbox exceeded the local limit/,
    'mailboxfull',
  ],
  [/your message was not delivered within /, 'expired'],
  [/due to the following smtp relay error/, 'norelaying'],
  [/as the remote domain doesn'?t exist/, 'hostunknown'],
  [/mail delivery failed\.\.\. user unknown/, 'filtered'],
];

/**
 * The reason an MTA's own sentence names, or null.
 * @example mtaReasonOf('sorry, no mailbox here by that name. (#5.1.1)') // 'userunknown'
 */
export function mtaReasonOf(normalised: string): BounceReason | null {
  return (
    mtaMessages.find(([pattern]) => pattern.test(normalised))?.[1] ??
    reportWideMessages.find(([pattern]) => pattern.test(normalised))?.[1] ??
    null
  );
}

/**
 * The reason a report-wide sentence names, or null.
 * @example reportWideReasonOf('the user(s) account is disabled.') // 'suspend'
 */
export function reportWideReasonOf(normalised: string): BounceReason | null {
  return reportWideMessages.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}
