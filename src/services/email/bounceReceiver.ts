import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { readBounce } from '../../core/email/bounces/readBounce';
import { findMessageId } from '../../core/email/deliveryStatus';
import { parseVerpAddress } from '../../core/email/verp';
import type { Db } from '../../db/database';
import { recordFeedback, type FeedbackOutcome } from './bounces';
import { unsubscribe } from './tracking';

/** Bounces are small; anything larger is not a delivery report. */
const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

export type InboundOutcome =
  | { kind: 'unsubscribed'; token: string }
  | { kind: 'bounces'; results: { email: string | null; status: string | null; outcome: FeedbackOutcome }[] }
  | { kind: 'ignored'; reason: string };

/**
 * Reads one message that arrived at the bounce address: a mail to the `+u-<token>` address of a
 * List-Unsubscribe mailto unsubscribes its sender; a bounce (an RFC 3464 report or the plain-text
 * report of qmail, Exim, Gmail, Exchange, ...) records a hard bounce for an address that is gone and
 * a soft one for every other failure, per failed recipient, found through the VERP token of the
 * envelope recipient, the returned message's `X-Touchpoint-Token` or its Message-ID. Auto-replies,
 * feedback reports and anything else are ignored.
 */
export async function handleInboundMail(
  db: Db,
  mail: { rcptTo: readonly string[]; raw: Buffer },
): Promise<InboundOutcome> {
  const tagged = mail.rcptTo.map(parseVerpAddress).find((v) => v !== null) ?? null;
  if (tagged?.tag === 'u') {
    const done = await unsubscribe(db, tagged.token, 'mailto');
    return done.ok
      ? { kind: 'unsubscribed', token: tagged.token }
      : { kind: 'ignored', reason: 'unknown token' };
  }
  const reading = readBounce(mail.raw);
  if (!reading.bounce) return { kind: 'ignored', reason: `not a bounce (${reading.kind})` };
  const head =
    mail.raw
      .subarray(0, 65536)
      .toString('latin1')
      .split(/\r?\n\r?\n/)[0] ?? '';
  const reportId = findMessageId(head) ?? createHash('sha256').update(mail.raw).digest('hex').slice(0, 32);
  // A report may list recipients it did deliver to (`Action: delivered`); those did not bounce.
  const failed = reading.recipients.filter((r) => r.reason !== 'delivered');

  const results: { email: string | null; status: string | null; outcome: FeedbackOutcome }[] = [];
  for (const [i, r] of failed.entries()) {
    // The VERP token names one recipient; with several failed recipients it is only the first's.
    const token = i === 0 ? (tagged?.token ?? reading.original.token) : null;
    const outcome = await recordFeedback(
      db,
      { workspaceId: null, token, messageId: reading.original.messageId, email: r.address },
      { kind: 'bounce', bounce: r.kind, status: r.status, diagnostic: r.diagnostic },
      `dsn:${reportId}:${i}`,
    );
    results.push({ email: r.address, status: r.status, outcome });
  }
  return { kind: 'bounces', results };
}

export interface BounceReceiver {
  port: number;
  close(): Promise<void>;
}

/**
 * An inbound SMTP endpoint for bounces and mailto unsubscriptions (point the MX of the bounce
 * address's domain at it). It never relays: every accepted message is read and dropped.
 * @example const receiver = await startBounceReceiver({ port: 2525, host: '127.0.0.1', db });
 */
export async function startBounceReceiver(options: {
  port: number;
  host: string;
  db: Db;
  onError?: (error: unknown) => void;
  onMessage?: (outcome: InboundOutcome) => void;
}): Promise<BounceReceiver> {
  const server = new SMTPServer({
    name: 'touchpoint-bounces',
    banner: 'Touchpoint bounce receiver',
    authOptional: true,
    disabledCommands: ['AUTH'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const tooBig = Object.assign(new Error('Message too large'), { responseCode: 552 });
          return callback(tooBig);
        }
        const rcptTo = session.envelope.rcptTo.map((a) => a.address);
        handleInboundMail(options.db, { rcptTo, raw: Buffer.concat(chunks) })
          .then((outcome) => {
            options.onMessage?.(outcome);
            callback();
          })
          .catch((error: unknown) => {
            options.onError?.(error);
            // 451: the sending server keeps the report and tries again later.
            callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  server.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
