/**
 * Phrases of real diagnostic messages, per bounce reason. The text they run on is lower-case with
 * white space collapsed. Gathered from the messages of common MTAs and providers (after the lists of
 * the Sisimai project); extend a list when a new message is misread.
 */
import type { BounceReason } from './bounceReason';

export type ReasonPatterns = Readonly<Partial<Record<BounceReason, readonly RegExp[]>>>;

export const reasonPatterns: ReasonPatterns = {
  userunknown: [
    /(?:user|recipient|mailbox|address|addressee|account|local ?part|e-?mail address)(?: name)? (?:is )?(?:unknown|not (?:found|known|exist|valid|listed)|does(?:n't| not) exist|invalid|nonexistent)/,
    /(?:unknown|invalid|bad|non-?existent|illegal) (?:user|recipient|mailbox|address|e-?mail|local ?part|account|destination mailbox)/,
    /no such (?:user|mailbox|recipient|address|person|account|local user)/,
    /(?:user|recipient|mailbox|address|account) (?:\S+ )?(?:does not|doesn't|did not) exist/,
    /(?:user|recipient|mailbox) \S+ (?:not found|unknown|was not found)/,
    /(?:user|mailbox|recipient) not (?:exist|active|local|ok)/,
    /not a (?:valid|known) (?:user|mailbox|recipient)/,
    /is not a (?:valid|known) (?:user|mailbox|recipient)/,
    /no (?:mailbox|account) (?:here )?by that name/,
    /no mail ?box (?:available|found|here)/,
    /mailbox (?:not present|unavailable|is unavailable|is inactive)/,
    /requested action not taken: mailbox unavailable/,
    /address (?:does not exist|unknown|invalid|not present in directory|rejected: invalid)/,
    /recipient address rejected: (?:user unknown|unknown user|invalid user|undeliverable address|user \S+ does not exist|access denied|userunknown|invalid-recipient)/,
    /email account that you tried to reach does not exist/,
    /no such user|user unknown|unknown user|unknown recipient|unknown mailbox|recipient unknown/,
    /badrcptto|not in my validrcptto|isn't in my list of allowed rcpthosts/,
    /this user doesn't have a \S+ account/,
    /resolver\.adr\.recipnotfound|recipient ?not ?found|recipnotfound/,
    /couldn't find (?:any )?(?:recipient|user|mailbox)/,
    /there is no one at this address|no one here by that name/,
    /this address no longer accepts mail/,
    /destination addresses were unknown|destination server rejected recipients/,
    /not (?:listed in|found in) (?:the )?(?:domino directory|directory|public name & address book)/,
    /addressee unknown|account (?:\S+ )?does not exist at the organization/,
    /unknown or illegal alias|vdeliver: invalid or unknown virtual user/,
    /user missing home directory|user has no home directory|invalid (?:final delivery )?userid/,
    /utilisateur inconnu|nessun utente|no existe (?:dicha persona|ese usuario)|unbekannte?r? (?:empf[äa]nger|benutzer)/,
    /(?:ist|wurde) nicht gefunden|existiert nicht|adresse nicht gefunden/,
    /mailbox \S+ does not exist|rcpt <\S+> does not exist/,
    /the (?:email|e-mail) address (?:you entered )?(?:couldn't|could not) be found/,
    /recipient address rejected\. \(in reply to rcpt to command\)/,
    /\bdoes not exist\.?$/,
  ],
  hostunknown: [
    /host (?:or domain name )?(?:unknown|not found)|unknown host|host unreachable/,
    /no such domain|domain (?:does not exist|is not reachable|must exist|not found|name not found)/,
    /unrout(?:e)?able (?:address|mail domain)/,
    /name or service not known/,
    /couldn't find any host named|could not find any host named|i couldn't find any host by that name/,
    /recipient (?:address rejected: unknown domain|domain must exist)/,
    /mail domain mentioned in email address is unknown/,
    /the account or domain may not exist/,
    /illegal host\/domain name found|invalid domain/,
    /553 \S+ does not exist/,
  ],
  hasmoved: [/ has been replaced by /, /has moved|mailbox has moved|no forwarding address/],
  notaccept: [
    /does not accept mail|not accepting (?:any )?mail|mail receiving disabled/,
    /null ?mx|no route for current request/,
    // A domain without MX (and often without A) cannot receive mail; OpenSMTPD says so in a 4.x report.
    /no (?:valid )?(?:mx|mail exchanger)(?: records?)? (?:found )?for (?:the )?domain|no mx record found for domain/,
    /name server: \.: host not found/,
    /smtp protocol returned a permanent error/,
  ],
  mailboxfull: [
    /mailbox (?:is )?(?:full|over ?quota)|full mailbox|mailbox size limit exceeded|mail ?box (?:\S+ )?full/,
    /(?:over|exceeded?|exceeds|exceeding) (?:the |their |his |her |its )?(?:disk |storage |mailbox )?quota|quota (?:\S+ )?exceeded|over ?quota/,
    /disk quota|mailbox quota|maildir quota|insufficient (?:disk )?space|not (?:sufficient|enough) (?:disk )?space|no space left/,
    /exceeded storage allocation|mailbox exceeds allowed size|would exceed (?:maximum )?(?:allowed )?storage/,
    /mailfolder is full|user has too many messages|space has been used up|too much mail data/,
    /boite du destinataire pleine|postfach (?:ist )?voll|quota violation/,
    /account is (?:over|full)|mailbox is full/,
  ],
  mesgtoobig: [
    /message (?:size )?(?:too (?:big|large)|exceeds (?:the )?(?:fixed |maximum )?(?:message )?size)/,
    /(?:size|length) (?:of (?:the )?message )?exceeds? (?:the )?(?:maximum|limit|local limit|fixed)/,
    /message too large|mail too large|exceeds size limit|email too large/,
  ],
  exceedlimit: [/message (?:length )?exceeds? administrative limit|exceeded the size limit/],
  suspend: [
    /(?:account|mailbox|user|recipient) (?:has been |is )?(?:currently )?(?:suspended|disabled|deactivated|frozen|locked|terminated)/,
    /has been (?:suspended|disabled)|is currently suspended|temporar(?:il)?y (?:locked|inactive|suspended)/,
    /inactive (?:account|user|mailbox)|invalid\/inactive user|user suspended|archived recipient/,
    /email account that you tried to reach is (?:disabled|inactive)/,
    /this mailbox is disabled|user or domain is disabled|mailbox disabled|mailbox unavailable or access denied/,
    /account (?:is )?(?:disabled|locked|inactive|expired)|boite du destinataire archivee/,
    /recipient suspend the service|this account has been (?:disabled|discontinued)/,
  ],
  norelaying: [
    /relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)|no relaying|unable to relay|not allowed to relay/,
    /as a relay|insecure mail relay|not an open relay|not configured to relay|relaying mail to /,
    /we don't handle mail for|not a gateway|not local host|that domain isn't in my list of allowed rcpthost/,
  ],
  authfailure: [
    /\bspf\b.*\b(?:fail|failed|failure|violation|record)|sender policy framework|\bdmarc\b.*(?:policy|fail|reject)/,
    /\bdkim\b.*(?:fail|invalid)|doesn't meet the required authentication level|authentication requirements/,
    /is not allowed to send (?:mail )?from .*spf/,
  ],
  filtered: [
    /user refuses to receive|user reject|refused due to recipient preferences|blocked by the recipient/,
    /message rejected due to user rules|recipient is only accepting mail from specific/,
    /has restricted sms e-mail|is not accepting any mail|account is protected by|bounced address/,
    /message filtered|recipient id refuse to receive mail|not found recipient account/,
    // au (ezweb.ne.jp) answers its recipients' content filters with an empty address.
    /\b5\d\d:? : user unknown/,
  ],
  requireptr: [
    /(?:no|missing|invalid|bad) (?:ptr|reverse dns|rdns|reverse ?lookup)|reverse (?:dns|lookup) (?:failed|failure)/,
    /cannot find your hostname|cannot resolve your (?:address|hostname)|ip name lookup failed/,
    /client host rejected: cannot find your (?:reverse )?hostname|hostname (?:does not|doesn't) match/,
    /no ptr record|ptr record|(?:unresolvable|unknown) (?:ip|host)name|reverse dns entry/,
    /access denied\. ip name lookup failed|the ip address sending this message does not have a/,
  ],
  badreputation: [
    /ip (?:address )?(?:has )?(?:a )?(?:poor|low|bad) reputation|poor reputation|bad reputation|low reputation/,
  ],
  contenterror: [
    /header (?:error|syntax)|illegal (?:header|characters)|message (?:header|content) (?:is )?(?:malformed|invalid)|mime (?:error|violation)/,
  ],
  rejected: [
    /sender (?:address )?(?:rejected|denied|blacklisted|verify failed|was rejected|not pre-approved|is in my black ?list|is spammer)|sender email address rejected/,
    /domain of sender address .* does not (?:resolve|exist)|unroutable sender address|sender domain (?:is empty|must exist|not found)/,
    /invalid sender|bogus mail from|null sender is not allowed|empty envelope senders not allowed|returned mail not accepted here/,
    /batv (?:failed|validation)|your (?:email address|access to submit messages) (?:has been blacklisted|to this e-mail system has been rejected)/,
    /administrative prohibition|access denied \(sender blacklisted\)|mail from not owned by user/,
    /you are not allowed to post to this mailing list|envelope blocked/,
    /message rejected: email address is not verified/,
  ],
  spamdetected: [
    /\bspam\b|unsolicited|bulk e-?mail|spamassassin|spam-like|junk mail|message content rejected/,
    /content filter rejection|rejecting (?:banned|mail) content|blacklisted url|uribl|recurrent pattern detection/,
  ],
  virusdetected: [/virus|malware|infected|executable attachment|dangerous attachment/],
  policyviolation: [
    /polic(?:y|ies) (?:violation|reasons)|denied by policy|rejected for policy reasons|organization(?:al)? (?:policy|settings)/,
    /not accepted for policy reasons|illegal attachment|members-only list|closed mailing list/,
    /not subscribed to this group|protocol violation|mass mailer/,
  ],
  blocked: [
    /blacklisted|black ?list(?:ed)?|block ?list(?:ed)?|blocked (?:using|by|for|-)|spamhaus|spamcop|\brbl\b|dnsbl/,
    /client host (?:\S+ )?(?:rejected|blocked)|connection (?:refused|rejected|dropped|reset)|helo command rejected/,
    /(?:ip|host|your server|remotehost)(?: address)? (?:\S+ )?(?:is )?(?:blocked|listed|banned|rejected|not allowed)/,
    /dynamic ip|hosts with dynamic ip|dial-?up|go away|not currently accepting mail from your ip|access denied|banned/,
    /(?:smtp error from remote mail server after initial connection|service not available, closing transmission channel)/,
    /please use the smtp server of your isp|confirm this mail server|esmtp not accepting connections/,
    /was blocked by |too many spams from your ip|your network is temporary blacklisted|rejected based on blacklist/,
  ],
  speeding: [
    /rate ?limit|sending (?:too|so) (?:fast|much)|too many (?:messages|emails|mails|recipients) (?:in|per|from)/,
    /exceeded (?:the )?(?:sending|message) (?:rate|limit)|throttl/,
  ],
  toomanyconn: [/too many (?:connections|concurrent|simultaneous|sessions)|connection limit|too many hosts/],
  failedstarttls: [/starttls|tls (?:is )?required|must issue a starttls|encryption required/],
  securityerror: [
    /authentication (?:required|failure|failed|credentials invalid)|unauthenticated senders not allowed|verification failure/,
    /you are not authorized to send mail|not authorized to perform ses|account not subscribed to ses|is a dead domain/,
    /executable files are not allowed in compressed files/,
  ],
  systemerror: [
    /(?:local |server |mail system |system )?config(?:uration)? error|local error in processing|temporary local problem/,
    /mail loop|loops back to myself|routing loop|forwarding loop|too many hops|hop count exceeded/,
    /internal (?:server )?error|system error|interrupted system call|queue file write error|can't create user output file/,
    /service (?:currently )?unavailable|timeout waiting for input|remote server is misconfigured/,
  ],
  systemfull: [
    /mail system full|system (?:storage|disk) (?:is )?full|mail queue full|insufficient system storage/,
  ],
  networkerror: [
    /host is unreachable|no route to host|host name lookup failure|host not found, try again|malformed (?:or unexpected )?name server reply/,
    /unable to resolve route|could not connect and send the mail to|dns records for the destination computer could not be found/,
    /temporary (?:dns|lookup) failure|dns error|lookup of \S+ responded with code|had no relevant answers/,
  ],
  expired: [
    /delivery (?:time )?expired|message expired|message timed out|has been delayed|giving up on|too long in the queue|in the queue too long/,
    /could not be delivered (?:for|within) (?:more than )?\d+|retry time not reached|unable to deliver message after multiple retries/,
    /was not reachable within the allowed queue period|delivery attempts will continue|connection timed out|server did not respond/,
    /have been failing for a long time|has not been collected after|could not find a gateway for|failed to deliver to domain/,
    /retry timeout exceeded|expired after|giving up/,
  ],
  mailererror: [
    /x-unix|mailer error|command (?:died|failed)|pipe to |exit (?:code|status) \d+|procmail|program failed/,
  ],
  syntaxerror: [
    /syntax error|command unrecognized|unrecognized command|line too long|bad sequence of commands/,
  ],
};
