import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

function recordingIo(): CliIo & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

const eml = (file: string) => join(__dirname, '../fixtures/bounces/eml', file);

describe('touchpoint email parse-bounce', () => {
  it('prints one object for one file, with the file as given', async () => {
    const io = recordingIo();
    const code = await runCli(['email', 'parse-bounce', eml('lhost-qmail-01.eml'), '--format', 'json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout())).toEqual({
      file: eml('lhost-qmail-01.eml'),
      bounce: true,
      kind: 'delivery-report',
      recipients: [
        expect.objectContaining({
          address: 'kijitora@example.ne.jp',
          kind: 'hard',
          status: '5.5.0',
          reason: 'userunknown',
          diagnostic: expect.stringContaining('Unknown user'),
        }),
      ],
    });
  });

  it('prints an array for several files, no bounce for a feedback report', async () => {
    const io = recordingIo();
    await runCli(
      ['email', 'parse-bounce', eml('arf-01.eml'), eml('lhost-exim-01.eml'), '--format', 'json'],
      io,
    );
    const parsed = JSON.parse(io.stdout()) as { bounce: boolean; recipients: { kind: string }[] }[];
    expect(parsed.map((p) => [p.bounce, p.recipients[0]?.kind])).toEqual([
      [false, undefined],
      [true, 'soft'],
    ]);
  });

  it('reports an unreadable file in one line on stderr, exits non-zero and still prints the others', async () => {
    const io = recordingIo();
    const code = await runCli(
      ['email', 'parse-bounce', eml('nope.eml'), eml('arf-01.eml'), '--format', 'json'],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr()).toBe(`touchpoint: cannot read ${eml('nope.eml')}: ENOENT\n`);
    expect(JSON.parse(io.stdout())).toHaveLength(1);
  });

  it('prints a table by default', async () => {
    const io = recordingIo();
    await runCli(['email', 'parse-bounce', eml('lhost-exim-05.eml')], io);
    expect(io.stdout()).toMatch(
      /lhost-exim-05\.eml\s+bounce\s+kijitora@neko\.example\.co\.jp\s+hard\s+5\.1\.1\s+userunknown/,
    );
  });
});
