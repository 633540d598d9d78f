import { describe, it, expect } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

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

// The mixed profile of quickcheck-scoring.test.ts.
const answers = [
  'wichtig',
  'weniger-wichtig',
  'sehr-wichtig',
  'sehr-wichtig',
  'wichtig',
  'sehr-wichtig',
  'weniger-wichtig',
  'unwichtig',
  'sehr-wichtig',
  'weniger-wichtig',
  'wichtig',
  'unwichtig',
  'sehr-wichtig',
  'wichtig',
];

describe('touchpoint quickcheck', () => {
  it('prints the ranking as JSON, best first', async () => {
    const io = recordingIo();
    const code = await runCli(['quickcheck', '--answers', answers.join(','), '--format', 'json'], io);
    expect(io.stderr()).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(io.stdout()) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(23);
    expect(rows[0]).toMatchObject({
      rank: 1,
      interface: 'Bewertungsportale',
      percent: 77.8,
      label: 'empfehlenswert',
      labelKey: 'recommended',
      points: 84,
      maxPoints: 108,
    });
    expect(rows[0]?.why).toHaveLength(3);
    expect(rows[22]).toMatchObject({
      rank: 23,
      interface: 'Track and Trace (Sendungsverfolgung)',
      percent: 50,
      label: 'bedingt empfehlenswert',
    });
  });

  it('rejects a wrong number of answers with one line naming the count', async () => {
    const io = recordingIo();
    const code = await runCli(
      ['quickcheck', '--answers', answers.slice(0, 13).join(','), '--format', 'json'],
      io,
    );
    expect(code).not.toBe(0);
    expect(io.stdout()).toBe('');
    const message = io.stderr();
    expect(message.trimEnd().split('\n')).toHaveLength(1);
    expect(message).toContain('Expected 14 answers');
    expect(message).toContain('got 13');
  });

  it('rejects an unknown value naming its position and the allowed values', async () => {
    const io = recordingIo();
    const wrong = [...answers];
    wrong[4] = 'egal';
    const code = await runCli(['quickcheck', '--answers', wrong.join(',')], io);
    expect(code).not.toBe(0);
    const message = io.stderr();
    expect(message.trimEnd().split('\n')).toHaveLength(1);
    expect(message).toContain('Answer 5 is "egal"');
    expect(message).toContain('sehr-wichtig, wichtig, weniger-wichtig, unwichtig');
  });

  it('prints an aligned table by default', async () => {
    const io = recordingIo();
    const code = await runCli(['quickcheck', '--answers', answers.join(',')], io);
    expect(code).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rang\s+Kundenschnittstelle\s+Passung\s+Bewertung$/);
    expect(lines[1]).toMatch(/^[- ]+$/);
    const rows = lines.slice(2);
    expect(rows).toHaveLength(23);
    expect(rows[0]).toMatch(/^\s*1\s+Bewertungsportale\s+77,8 %\s+empfehlenswert$/);
    expect(rows[22]).toMatch(
      /^\s*23\s+Track and Trace \(Sendungsverfolgung\)\s+50,0 %\s+bedingt empfehlenswert$/,
    );
    // Aligned: every column starts (the percent column ends) where its heading does.
    const header = lines[0] ?? '';
    const interfaceAt = header.indexOf('Kundenschnittstelle');
    const percentEnd = header.indexOf('Passung') + 'Passung'.length;
    const labelAt = header.indexOf('Bewertung');
    for (const line of rows) {
      expect(line.slice(interfaceAt - 2, interfaceAt + 1)).toMatch(/^ {2}\S$/);
      expect(line.slice(percentEnd - 1, percentEnd + 2)).toBe('%  ');
      expect(line.slice(labelAt)).toMatch(
        /^(Sehr empfehlenswert|empfehlenswert|bedingt empfehlenswert|eher uninteressant)$/,
      );
    }
  });

  it('prints English headings with --lang en', async () => {
    const io = recordingIo();
    const code = await runCli(
      ['quickcheck', '--answers', answers.join(','), '--format', 'table', '--lang', 'en'],
      io,
    );
    expect(code).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rank\s+Interface\s+Fit\s+Rating$/);
    expect(lines[2]).toMatch(/^\s*1\s+Bewertungsportale\s+77\.8 %\s+Recommended$/);
  });

  it('prints the 14 numbered questions with the allowed answers', async () => {
    const io = recordingIo();
    const code = await runCli(['quickcheck', '--questions'], io);
    expect(code).toBe(0);
    const text = io.stdout();
    expect(text).toContain('sehr-wichtig, wichtig, weniger-wichtig, unwichtig');
    expect(text).toMatch(/^ 1\. Synchrone Kommunikation$/m);
    expect(text).toMatch(/^14\. Geringe laufende Kosten$/m);
    expect(text).not.toMatch(/^15\./m);

    const en = recordingIo();
    expect(await runCli(['quickcheck', '--questions', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout()).toMatch(/^14\. Low running costs$/m);
  });

  it('asks for --answers when neither --answers nor --questions is given', async () => {
    const io = recordingIo();
    const code = await runCli(['quickcheck'], io);
    expect(code).not.toBe(0);
    expect(io.stderr()).toContain('--answers');
  });
});
