import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { apiAs } from './app';
import { aWorkspace } from './builders';
import { testDb } from './db';

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  /** Credentials the client logged in with, if any. */
  user: string | undefined;
  raw: Buffer;
  parsed: ParsedMail;
}

export interface TestInbox {
  port: number;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for a test: it accepts every mail (with or without the login
 * `user`/`secret`) and keeps it, parsed with mailparser; recipients starting with `rejected` get a
 * 550. Plain SMTP, no STARTTLS.
 */
export async function startTestInbox(): Promise<TestInbox> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'user' && auth.password === 'secret')
        return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('rejected'))
        return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            mails.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              user: typeof session.user === 'string' ? session.user : undefined,
              raw,
              parsed,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A header line as written in the message, e.g. `List-Unsubscribe`, unfolded. */
export function headerLine(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/**
 * A workspace of its own whose SMTP settings point at `inbox`, with its owner's API client and the
 * workspace's API path.
 */
export async function aWorkspaceMailingTo(inbox: TestInbox) {
  const db = testDb();
  const made = await aWorkspace(db);
  const api = await apiAs(made.owner.token);
  const base = `/workspaces/${made.workspace.id}`;
  const smtp = await api.put(`${base}/email/smtp`, {
    host: '127.0.0.1',
    port: inbox.port,
    fromAddress: 'news@touchpoint.example.com',
  });
  if (smtp.statusCode !== 200) throw new Error(`SMTP settings refused: ${smtp.body}`);
  return { ...made, db, ws: made.workspace.id, api, base };
}
