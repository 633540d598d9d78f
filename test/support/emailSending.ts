import { expect } from 'vitest';
import type { SendProgress } from '../../src/contract/email';
import type { ApiClient } from './app';

/**
 * `POST /mailings/:id/send` (answers 202 at once), then polls `GET /mailings/:id/send` until the
 * background delivery has settled; answers the final progress with the `added` count of the POST.
 */
export async function sendAndWait(
  api: ApiClient,
  base: string,
  mailingId: string,
  body?: { retryFailed?: boolean },
  timeoutMs = 15_000,
): Promise<SendProgress & { added: number }> {
  const started = await api.post(`${base}/mailings/${mailingId}/send`, body);
  expect(started.statusCode, started.body).toBe(202);
  const added = started.json().added as number;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = (await api.get(`${base}/mailings/${mailingId}/send`)).json<SendProgress>();
    if (progress.status !== 'sending') return { ...progress, added };
    if (Date.now() > deadline)
      throw new Error(`mailing ${mailingId} still sending: ${JSON.stringify(progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
