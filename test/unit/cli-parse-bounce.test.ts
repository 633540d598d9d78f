import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const eml = (file: string) => join(__dirname, '../fixtures/bounces/eml', file);

describe('touchpoint email parse-bounce', () => {
  it('prints one object for one file, with the file as given', async () => {
    const { code, stdout } = await cli(
      'email',
      'parse-bounce',
      eml('lhost-qmail-01.eml'),
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
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
    const { stdout } = await cli(
      'email',
      'parse-bounce',
      eml('arf-01.eml'),
      eml('lhost-exim-01.eml'),
      '--format',
      'json',
    );
    const parsed = JSON.parse(stdout) as { bounce: boolean; recipients: { kind: string }[] }[];
    expect(parsed.map((p) => [p.bounce, p.recipients[0]?.kind])).toEqual([
      [false, undefined],
      [true, 'soft'],
    ]);
  });

  it('reports an unreadable file in one line on stderr, exits non-zero and still prints the others', async () => {
    const { code, stdout, stderr } = await cli(
      'email',
      'parse-bounce',
      eml('nope.eml'),
      eml('arf-01.eml'),
      '--format',
      'json',
    );
    expect(code).toBe(1);
    expect(stderr).toBe(`touchpoint: cannot read ${eml('nope.eml')}: ENOENT\n`);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('prints a table by default', async () => {
    const { stdout } = await cli('email', 'parse-bounce', eml('lhost-exim-05.eml'));
    expect(stdout).toMatch(
      /lhost-exim-05\.eml\s+bounce\s+kijitora@neko\.example\.co\.jp\s+hard\s+5\.1\.1\s+userunknown/,
    );
  });
});
