import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const deadline = (...args: string[]) => cli('sla', 'deadline', ...args);

describe('touchpoint sla deadline', () => {
  it('prints the deadline as JSON with the Berlin offset', async () => {
    const run = await deadline('--start', '2026-12-24T15:00:00+01:00', '--hours', '4', '--format', 'json');
    expect(run).toEqual({ code: 0, stdout: '{"deadline":"2026-12-28T11:00:00+01:00"}\n', stderr: '' });
  });

  it('prints a readable line by default, with the weekday', async () => {
    const run = await deadline('--start', '2026-12-18T16:00:00+01:00', '--hours', '2');
    expect(run).toEqual({
      code: 0,
      stdout: '2026-12-21T10:00:00+01:00 (Monday, Europe/Berlin)\n',
      stderr: '',
    });
  });

  it('counts the holidays of the state given with --region', async () => {
    const args = ['--start', '2026-06-03T16:00:00+02:00', '--hours', '2', '--format', 'json'];
    expect((await deadline(...args)).stdout).toContain('2026-06-04T10:00:00+02:00');
    expect((await deadline(...args, '--region', 'DE-BY')).stdout).toContain('2026-06-05T10:00:00+02:00');
    expect((await deadline(...args, '--region', 'de-nw')).stdout).toContain('2026-06-05T10:00:00+02:00');
  });

  it('keeps fractions of an hour and the milliseconds of the start', async () => {
    const run = await deadline('--start', '2026-10-23T14:30:00.250Z', '--hours', '1.25', '--format', 'json');
    expect(run.stdout).toBe('{"deadline":"2026-10-26T09:45:00.250+01:00"}\n');
  });

  it('takes hours written as .5', async () => {
    const run = await deadline('--start', '2026-12-07T16:45:00+01:00', '--hours', '.5', '--format', 'json');
    expect(run.stdout).toBe('{"deadline":"2026-12-08T09:15:00+01:00"}\n');
  });

  it('answers 100,000 hours', async () => {
    const run = await deadline(
      '--start',
      '2026-12-07T09:00:00+01:00',
      '--hours',
      '100000',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{"deadline":"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00"\}\n$/);
  });

  it.each([
    [['--start', '2026-12-07T09:00:00', '--hours', '1'], '--start', 'has no offset'],
    [['--start', '2026-02-30T09:00:00Z', '--hours', '1'], '--start', 'not a real date'],
    [['--start', 'now', '--hours', '1'], '--start', 'not an ISO 8601 time'],
    [['--hours', '1'], '--start', 'not specified'],
    [['--start', '1800-01-01T09:00:00Z', '--hours', '1'], '--start', 'between the years 1900 and 9999'],
    [['--start', '2026-12-07T09:00:00Z', '--hours', '-1'], '--hours', 'from 0 to 1000000'],
    [['--start', '2026-12-07T09:00:00Z', '--hours', 'eight'], '--hours', 'from 0 to 1000000'],
    [['--start', '2026-12-07T09:00:00Z', '--hours', '1000001'], '--hours', 'from 0 to 1000000'],
    [['--start', '2026-12-07T09:00:00Z'], '--hours', 'not specified'],
    [['--start', '2026-12-07T09:00:00Z', '--hours', '1', '--region', 'DE-XX'], '--region', 'DE, DE-BB'],
    [['--start', '2026-12-07T09:00:00Z', '--hours', '1', '--format', 'xml'], '--format', 'text, json'],
  ])('refuses %j with one line naming the option', async (args, option, reason) => {
    const run = await deadline(...args);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(option);
    expect(run.stderr).toContain(reason);
  });
});
