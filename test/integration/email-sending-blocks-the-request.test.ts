import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startJobs } from '../../src/jobs/scheduler';
import { buildApp } from '../../src/server/app';
import type { MailingDeliveryJob } from '../../src/services/email/sendMailing';
import { aWorkspace } from '../support/builders';
import { ownJobsSchema, testDb } from '../support/db';
import { startTestInbox, type TestInbox } from '../support/emailInbox';

/**
 * `POST /mailings/:id/send` used to hold the request until the last mail was out. It now answers 202
 * with the counts and leaves the mails to a durable job: a process that stops before delivering
 * leaves the mailing `sending`, and the next start's pg-boss jobs send it.
 */
let inbox: TestInbox;
beforeAll(async () => {
  inbox = await startTestInbox();
});
afterAll(async () => {
  await inbox.close();
});

describe('sending a mailing', () => {
  it('answers 202 before any mail goes out, and the jobs of the next start deliver it', async () => {
    const db = testDb();
    const { workspace, owner } = await aWorkspace(db);
    const ws = workspace.id;
    const queued: MailingDeliveryJob[] = [];
    // A server whose queue never runs its jobs: as if it stopped right after answering.
    const app = await buildApp({
      db,
      config: loadConfig({ TOUCHPOINT_PUBLIC_URL: 'https://touchpoint.example.com' }),
      mailingDelivery: { enqueue: async (job) => void queued.push(job) },
    });
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      app.inject({
        method,
        url: `/api/v1/workspaces/${ws}${url}`,
        headers: { authorization: `Bearer ${owner.token}` },
        ...(payload && { payload }),
      });
    try {
      await call('PUT', '/email/smtp', {
        host: '127.0.0.1',
        port: inbox.port,
        fromAddress: 'news@touchpoint.example.com',
      });
      await db
        .insertInto('profiles')
        .values(
          ['a', 'b', 'c'].map((p) => ({ workspace_id: ws, email: `${p}@restart.example.org`, name: p })),
        )
        .execute();
      const mailing = await call('POST', '/mailings', {
        name: 'Restart',
        subject: 'Hallo',
        bodyHtml: '<p><a href="https://shop.example/x">x</a></p>',
        segment: { kind: 'all' },
      });
      const id = mailing.json().id as string;
      const before = inbox.mails.length;

      const started = await call('POST', `/mailings/${id}/send`);
      expect(started.statusCode).toBe(202);
      expect(started.json()).toMatchObject({
        mailingId: id,
        status: 'sending',
        added: 3,
        recipients: { queued: 3, sending: 0, sent: 0 },
      });
      expect(queued).toEqual([{ workspaceId: ws, mailingId: id }]);
      expect(inbox.mails.length).toBe(before);
      const progress = await call('GET', `/mailings/${id}/send`);
      expect(progress.json()).toMatchObject({ status: 'sending', recipients: { queued: 3 } });

      // The next start: pg-boss resumes every mailing still sending.
      const jobs = await startJobs(db, inject('databaseUrl'), {
        workspaceIds: [ws],
        schema: ownJobsSchema(),
        log: () => {},
      });
      try {
        const deadline = Date.now() + 30_000;
        let status = 'sending';
        while (status === 'sending' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          status = (await call('GET', `/mailings/${id}/send`)).json().status as string;
        }
        expect(status).toBe('sent');
      } finally {
        await jobs.stop();
      }
      const mails = inbox.mails.slice(before);
      expect(mails.map((m) => m.envelopeTo[0]).sort()).toEqual([
        'a@restart.example.org',
        'b@restart.example.org',
        'c@restart.example.org',
      ]);
      // The links point at the address the send request came in on, not at whatever the job guesses.
      expect(mails[0]?.parsed.html).toContain('https://touchpoint.example.com/e/c/');
    } finally {
      await app.close();
    }
  }, 60_000);
});
