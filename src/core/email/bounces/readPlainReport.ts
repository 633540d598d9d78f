import { originalMessageMarkers } from './bounceMarkers';
import { findStatusCode } from './statusCodes';

/** One failed recipient as read from a report: its address and the server's words about it. */
export interface RawFailure {
  address: string;
  diagnostic: string;
  status: string;
  command: string;
  action: string;
}

const ADDRESS = String.raw`[\w.!#$%&'*+/=?^\`{|}~-]+@[\w-]+(?:\.[\w-]+)+`;
const addressPattern = new RegExp(ADDRESS, 'g');

/**
 * Lines that name a failed recipient as their subject, as MTAs write them: the address alone
 * (Exim, Gmail), `<a>:` (qmail, Yahoo), `<a>... reason` (sendmail), `a: host said` (Postfix),
 * `a on <date>` (Exchange), `To: a` / `Recipient: a` (many), `Your message to a couldn't be
 * delivered` (Office 365).
 */
const recipientLines: readonly RegExp[] = [
  new RegExp(String.raw`^[\s>*]*["']?<?(${ADDRESS})>?["']?\s*[:.,;]?\s*$`, 'i'),
  new RegExp(String.raw`^\s*<(${ADDRESS})>\s*(?:\.{3}|:|,|\s-|\s\()`, 'i'),
  new RegExp(String.raw`^\s*[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<(${ADDRESS})>\.{3}`, 'i'),
  new RegExp(String.raw`^\s*(${ADDRESS})\s*(?:\.{3}|:\s|\s-\s|\s\(|\son\s|\s+\d{3}\s|<)`, 'i'),
  new RegExp(
    String.raw`^\s*(?:to|rcpt ?to|recipient(?: address)?|original[- ]recipient|final[- ]recipient|failed recipient|e-?mail address|address(?:es)?|adresse|destinataire|empf[äa]nger|user|mailbox|x-failed-recipients?)\s*:\s*(?:rfc822;\s*)?<?(${ADDRESS})`,
    'i',
  ),
  new RegExp(
    String.raw`(?:message|mail|e-?mail) (?:to|for) <?(${ADDRESS})>? (?:couldn't|could not|can't|cannot|wasn't|was not|has not|failed)`,
    'i',
  ),
  new RegExp(
    String.raw`(?:wasn't|was not|could not be|couldn't be|not be) delivered to:?\s*<?(${ADDRESS})>?`,
    'i',
  ),
  new RegExp(String.raw`unable to deliver (?:your |the )?(?:message|mail) to:?\s*<?(${ADDRESS})`, 'i'),
  new RegExp(String.raw`(?:<<<|>>>)\s*rcpt to:\s*<(${ADDRESS})>`, 'i'),
  new RegExp(String.raw`rejected recipient <(${ADDRESS})>|returned permanent errors: <?(${ADDRESS})`, 'i'),
  new RegExp(
    String.raw`(?:delivery|deliver(?:ing)?) to <?(${ADDRESS})>? (?:failed|has failed|was|is|could)`,
    'i',
  ),
  new RegExp(String.raw`(?:recipient|user|mailbox|address|destinataire)[:\s]+<(${ADDRESS})>`, 'i'),
  // Exchange 2003 with X.400 addresses: `c=US;a= ;p=...;cat:SMTP=a@b.c; on <date>`
  new RegExp(String.raw`smtp=(${ADDRESS});? on `, 'i'),
  new RegExp(String.raw`error delivering your mail to <(${ADDRESS})>`, 'i'),
];

/**
 * Lines that only repeat the original message's header (`To: a`, Exchange's "Your message  To: a");
 * they name a recipient only when no line names a failed one.
 */
const weakRecipientLine = /^\s*to\s*:/i;

/**
 * The error part of a report: everything before the returned original.
 * @example errorRegionOf('<a@b.c>:\nno such user\n\n--- Below this line is a copy of the message.\n\nTo: a@b.c') // '<a@b.c>:\nno such user\n\n'
 */
export function errorRegionOf(text: string): string {
  let end = text.length;
  for (const marker of originalMessageMarkers) {
    const m = marker.exec(text);
    if (m !== null && m.index < end && m.index > 0) end = m.index;
  }
  return text.slice(0, end);
}

const commandNames: readonly [RegExp, string][] = [
  [/^rcpt|^recipient/i, 'RCPT'],
  [/^mail|^sender/i, 'MAIL'],
  [/data$/i, 'DATA'],
  [/^(?:connect|initial|greeting)/i, 'CONN'],
  [/^(?:helo|ehlo)/i, 'HELO'],
  [/^starttls/i, 'STARTTLS'],
];

function commandName(word: string): string {
  return commandNames.find(([pattern]) => pattern.test(word))?.[1] ?? '';
}

/**
 * The SMTP command the remote server refused: said outright ("in reply to end of DATA command",
 * "after RCPT TO"), else the last one in a session transcript (">>> DATA"), else any RCPT TO named.
 * @example commandOf('550 5.1.1 User unknown (in reply to RCPT TO command)') // 'RCPT'
 */
export function commandOf(text: string): string {
  const named = commandPhrases.find(([pattern]) => pattern.test(text));
  if (named !== undefined) return named[1];
  const said =
    /(?:in reply to|after|at|during|response to|for|while|smtp command|did not like our|following|smtp:)\s*(?:the\s+)?(rcpt to|rcpt|mail from|end of data|data|helo|ehlo|connect(?:ion)?|initial connection|greeting|starttls)\b/i.exec(
      text,
    );
  if (said?.[1] !== undefined) return commandName(said[1]);
  const sent = [...text.matchAll(/^\s*>>>\s*(rcpt to|mail from|data|helo|ehlo|starttls)\b/gim)].pop();
  if (sent?.[1] !== undefined) return commandName(sent[1]);
  return /rcpt[ _]to/i.test(text) ? 'RCPT' : '';
}

/** MTAs that name the refused step in their own words (qmail, Gmail's session states). */
const commandPhrases: readonly [RegExp, string][] = [
  [/ does not like recipient\.|\(state 14\)|remote smtp server has rejected address/i, 'RCPT'],
  [/ but sender was rejected\./i, 'MAIL'],
  [/ but my name was rejected\.|\(state 13\)/i, 'HELO'],
  [/ but greeting failed\./i, 'CONN'],
  [/ failed on DATA command| failed after I sent the message|\(state 1[578]\)/i, 'DATA'],
];

/** Exact copies of a failure block's words are noise; a block is cut at the next recipient. */
const MAX_BLOCK_LINES = 14;

/**
 * Failed recipients of a plain-text report (no `message/delivery-status` part): each recipient
 * line starts a block that ends at the next one; `excluded` are addresses known to be the sender's.
 * @example readPlainReport('<a@b.c>:\n550 no such user', new Set())[0]?.address // 'a@b.c'
 */
export function readPlainReport(
  text: string,
  excluded: ReadonlySet<string>,
  hinted: readonly string[],
): RawFailure[] {
  const region = errorRegionOf(text);
  const lines = region.split(/\r?\n/);
  const starts: { line: number; address: string }[] = [];
  const seen = new Set<string>();
  const hintedSet = new Set(hinted);
  lines.forEach((line, i) => {
    for (const pattern of recipientLines) {
      const m = pattern.exec(line);
      const address = (m?.[1] ?? m?.[2])?.toLowerCase();
      if (address === undefined || isRole(address)) continue;
      if (hintedSet.size > 0 && !hintedSet.has(address)) continue;
      if (!seen.has(address)) starts.push({ line: i, address });
      seen.add(address);
      break;
    }
  });
  // Header-like `To:` lines give way to lines that name a failure.
  const strong = starts.filter((s) => !weakRecipientLine.test(lines[s.line] ?? ''));
  if (strong.length > 0 && strong.length < starts.length) starts.splice(0, starts.length, ...strong);
  if (starts.length === 0) {
    // No line names a recipient on its own: take the first foreign address in the report.
    const loose = [...region.matchAll(addressPattern)]
      .map((m) => m[0].toLowerCase())
      .find((a) => !excluded.has(a) && !isRole(a) && (hintedSet.size === 0 || hintedSet.has(a)));
    const first = loose ?? hinted[0];
    if (first === undefined) return [];
    const at = lines.findIndex((l) => l.toLowerCase().includes(first));
    starts.push({ line: Math.max(at, 0), address: first });
  }
  // Searched once, not per recipient: a report may list hundreds.
  let regionFacts: { status: string; command: string } | undefined;
  const ofRegion = () => (regionFacts ??= { status: findStatusCode(region), command: commandOf(region) });
  return starts.map((start, k) => {
    const block = blockOf(lines, start.line, starts[k + 1]?.line ?? lines.length);
    // Where the block carries no words (a bare list of addresses), the region speaks for all.
    const diagnostic = wordsIn(block) ? block : region;
    return {
      address: start.address,
      diagnostic: diagnostic.trim(),
      status: findStatusCode(diagnostic) || ofRegion().status,
      command: commandOf(diagnostic) || ofRegion().command,
      action: '',
    };
  });
}

function wordsIn(text: string): boolean {
  return stripAddresses(text).replace(/[^\p{L}]/gu, '').length > 8;
}

/**
 * The lines about one recipient: a line that already says why (`554 <a>... Host unknown`) keeps only
 * its indented continuation; an address standing alone is followed by its reason up to a blank line
 * or the next recipient.
 */
function blockOf(lines: readonly string[], first: number, next: number): string {
  const head = lines[first] ?? '';
  const end = Math.min(next > first ? next : lines.length, first + MAX_BLOCK_LINES);
  const taken = [head];
  const selfContained = wordsIn(head.slice(head.search(addressPattern) + 1).replace(/^\S*/, ''));
  for (let i = first + 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (selfContained && !/^\s/.test(line)) break;
    if (line.trim() === '') {
      // A heading such as Domino's "because:" is not yet the reason; read on past the blank line.
      if (
        wordsIn(
          taken
            .slice(1)
            .filter((l) => !/:\s*$/.test(l))
            .join(' '),
        )
      )
        break;
      continue;
    }
    taken.push(line);
  }
  return taken.join('\n');
}

function stripAddresses(text: string): string {
  return text.replace(addressPattern, '');
}

/**
 * Mailbox names that report, never receive, mail.
 * @example isRole('MAILER-DAEMON@mx.example.org') // true
 */
export function isRole(address: string): boolean {
  return /^(?:mailer-daemon|double-bounce|nobody|maildelivery|mail-daemon|mailerdaemon)@/i.test(address);
}

/**
 * Every address in a text, lower-case.
 * @example addressesIn('From: Anna <Anna@Example.org>') // ['anna@example.org']
 */
export function addressesIn(text: string): string[] {
  return [...text.matchAll(addressPattern)].map((m) => m[0].toLowerCase());
}
