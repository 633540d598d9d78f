import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMailingKpis } from '../../src/services/email/getMailingKpis';
import { listMailings } from '../../src/services/email/mailings';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

/** `touchpoint import newsletter`: the export becomes a mailing; bad rows land next to the file. */

useTestDatabaseForCli();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-newsletter-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const fixture = async (name: string) => {
  const p = path.join(dir, name);
  await copyFile(path.join(__dirname, '../fixtures/newsletter', name), p);
  return p;
};

describe('touchpoint import newsletter', () => {
  it('imports a CleverReach export with its subject and send time, then reports bad rows of another file', async () => {
    const ws = await aWorkspace(testDb());
    const p = await fixture('cleverreach-de.csv');
    const r = await cli(
      'import',
      'newsletter',
      p,
      '--workspace',
      ws.workspace.slug,
      '--tool',
      'cleverreach',
      '--subject',
      'März-News',
      '--sent-at',
      '2026-03-03T09:00:00Z',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Imported 11 newsletter activities .*; no bad rows/);
    const [mailing] = await listMailings(ws.ctx);
    expect(mailing).toMatchObject({
      subject: 'März-News',
      sentAt: '2026-03-03T09:00:00.000Z',
      importedFrom: 'cleverreach',
    });
    const kpis = await getMailingKpis(ws.ctx, mailing?.id ?? '');
    expect(kpis.ok && kpis.value.counts).toMatchObject({ sent: 5, uniqueOpens: 2, hardBounces: 1 });

    const bad = await fixture('bad-rows.csv');
    const b = await cli('import', 'newsletter', bad, '--workspace', ws.workspace.slug, '--subject', 'Bad');
    expect(b.code, b.stderr).toBe(0);
    expect(await readFile(`${bad}.bad-rows.csv`, 'utf8')).toMatch(/^line,reason\n3,"email: /);
  });

  it('exits non-zero with one line naming the option or the file problem', async () => {
    const ws = await aWorkspace(testDb());
    const p = await fixture('plain.csv');
    for (const [argv, message] of [
      [['--tool', 'sendy', '--subject', 'x'], /--tool: /],
      [['--sent-at', 'yesterday', '--subject', 'x'], /--sent-at: /],
      [['--tool', 'mailchimp', '--subject', 'x'], /not a mailchimp export/],
      [[], /subject/],
    ] as const) {
      const r = await cli('import', 'newsletter', p, '--workspace', ws.workspace.slug, ...argv);
      expect(r.code).not.toBe(0);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    }
  });
});
