import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../support/builders';
import { startTestInbox, type TestInbox } from '../support/emailInbox';
import { type E2eServer, openAppOnNewWorkspace } from './support';

/** Sending answers at once (202); the screen polls the counts until the background delivery is done. */
describe('sending a mailing from the editor', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let inbox: TestInbox;

  beforeAll(async () => {
    inbox = await startTestInbox();
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Versand' }));
  });
  afterAll(async () => {
    await inbox.close();
  });

  it('shows the outcome once the background delivery has finished', async () => {
    const api = (method: string, url: string, body: object) =>
      fetch(`${server.baseUrl}/api/v1/workspaces/${ws.workspace.id}${url}`, {
        method,
        headers: { authorization: `Bearer ${ws.owner.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await api('PUT', '/email/smtp', {
      host: '127.0.0.1',
      port: inbox.port,
      fromAddress: 'news@touchpoint.example.com',
    });
    await server.db
      .insertInto('profiles')
      .values(
        ['a', 'b', 'rejected'].map((p) => ({
          workspace_id: ws.workspace.id,
          email: `${p}@example.org`,
          name: p,
        })),
      )
      .execute();
    const created = await api('POST', '/mailings', {
      name: 'Hintergrund',
      subject: 'Hallo',
      bodyText: 'Hallo',
      segment: { kind: 'all' },
    });
    const id = ((await created.json()) as { id: string }).id;

    await page.goto(`${server.baseUrl}/email/${id}`);
    await page.getByRole('button', { name: 'Jetzt versenden …' }).click();
    await page.getByRole('button', { name: 'Ja, versenden' }).click();
    await page.getByRole('status').filter({ hasText: 'Versendet: 2 Mails, 1 abgelehnt.' }).first().waitFor();
    await page.getByRole('button', { name: 'Abgelehnte erneut senden' }).waitFor();
    expect(inbox.mails.filter((m) => m.envelopeTo[0]?.endsWith('@example.org')).length).toBe(2);
    expect(errors).toEqual([]);
  });
});
