import { describe, expect, it } from 'vitest';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

/** The whole CTM cycle on the command line: persona → touchpoint from the catalogue → as-is → target → priority → measure. */

useTestDatabaseForCli();

async function json<T>(...argv: string[]): Promise<T> {
  const r = await cli(...argv, '--format', 'json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('the CTM cycle through the CLI', () => {
  it('runs from persona to measure', async () => {
    const { workspace } = await aWorkspace(testDb());
    const ws = ['--workspace', workspace.slug];

    const [persona] = await json<{ id: string; name: string }[]>(
      'personas',
      'add',
      ...ws,
      '--name',
      'Einkäufer Medizintechnik',
      '--needs',
      'Rückverfolgbarkeit|Sauberkeit',
    );
    expect(persona?.name).toBe('Einkäufer Medizintechnik');

    const [created] = await json<{ id: string; name: string; target: string }[]>(
      'touchpoints',
      'add',
      ...ws,
      '--catalogue',
      'website',
      '--persona',
      'Einkäufer Medizintechnik',
    );
    expect(created?.name).toBe('Website');

    const [assessed] = await json<{ asIs: string; relevance: number }[]>(
      'touchpoints',
      'assess',
      'Website',
      ...ws,
      '--maturity',
      'minimal',
      '--relevance',
      '5',
      '--notes',
      'Keine Datenblätter',
    );
    expect(assessed).toMatchObject({ asIs: 'minimal', relevance: 5 });

    const [targeted] = await json<{ target: string; impact: number; effort: number }[]>(
      'touchpoints',
      'target',
      'Website',
      ...ws,
      '--maturity',
      'excellent',
      '--impact',
      '4',
      '--effort',
      '2',
    );
    expect(targeted).toMatchObject({ target: 'excellent', impact: 4, effort: 2 });

    const priorities = await json<{
      touchpoints: { name: string; priorityScore: number; quickWin: boolean }[];
    }>('priorities', ...ws);
    // relevance 5 × impact 4 × gap 2 ÷ effort 2
    expect(priorities.touchpoints[0]).toMatchObject({ name: 'Website', priorityScore: 20, quickWin: true });

    const [measure] = await json<{ id: string; status: string; overdue: boolean }[]>(
      'measures',
      'add',
      ...ws,
      '--title',
      'Datenblätter online stellen',
      '--touchpoint',
      'Website',
      '--owner',
      'M. Schmidt',
      '--due',
      '2027-03-31',
    );
    expect(measure).toMatchObject({ status: 'planned', overdue: false });
    const [done] = await json<{ status: string }[]>(
      'measures',
      'set-status',
      measure?.id as string,
      'done',
      ...ws,
    );
    expect(done?.status).toBe('done');

    const table = await cli('touchpoints', 'list', ...ws);
    expect(table.stdout).toMatch(/Website\s+owned\s+5\s+minimal/);
  });

  it.each([
    [['touchpoints', 'assess', 'Website', '--maturity', 'perfect'], /--current-maturity: Invalid option/],
    [['touchpoints', 'target', 'Nirgendwo', '--maturity', 'good'], /no touchpoint "Nirgendwo"/],
    [['touchpoints', 'add', '--catalogue', 'fax'], /Unknown catalogue entry \(catalogueKey\)/],
    [['touchpoints', 'add'], /give --catalogue <key> or --name <name>/],
    [['measures', 'add', '--title', 'X', '--due', '31.03.2027'], /--due-date:/],
    [['measures', 'set-status', 'nope', 'done'], /is not a measure id/],
    [['touchpoints', 'target', 'Website', '--impact', 'viel'], /--impact must be a number/],
    [['personas', 'add', '--name', ''], /--name: must not be empty/],
    [['priorities', '--format', 'xml'], /--format must be one of table, json/],
  ])('%j fails with one line naming the problem', async (argv, reason) => {
    const { workspace, ctx } = await aWorkspace(testDb());
    const { createTouchpoint } = await import('../../src/services/touchpoints');
    await createTouchpoint(ctx, { name: 'Website' });
    const r = await cli(...argv, '--workspace', workspace.slug);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });
});
