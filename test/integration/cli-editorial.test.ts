import { describe, expect, it } from 'vitest';
import { listEditorialChannels } from '../../src/services/editorialPlan/editorialChannels';
import { createEditorialItem } from '../../src/services/editorialPlan/editorialItems';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

useTestDatabaseForCli();

describe('touchpoint editorial list', () => {
  it('lists a range as a table, JSON and CSV, times in the asked zone', async () => {
    const ws = await aWorkspace(testDb());
    const [linkedIn] = await listEditorialChannels(ws.ctx);
    for (const [title, plannedAt] of [
      ['Fräsen im Detail', '2026-03-03T08:30:00Z'],
      ['Später', '2026-04-03T08:30:00Z'],
    ] as const)
      await createEditorialItem(ws.ctx, {
        channelId: linkedIn?.id as string,
        title,
        plannedAt,
        status: 'planned',
      });
    const list = (...args: string[]) =>
      cli(
        'editorial',
        'list',
        '--workspace',
        ws.workspace.slug,
        '--from',
        '2026-03-01',
        '--to',
        '2026-03-31',
        ...args,
      );

    const table = await list('--time-zone', 'Europe/Berlin');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^date\s+time\s+channel\s+title/);
    expect(table.stdout).toMatch(/2026-03-03\s+09:30\s+LinkedIn\s+Fräsen im Detail\s+text\s+planned/);
    expect(table.stdout).not.toContain('Später');

    const json = await list('--format', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject([
      { date: '2026-03-03', time: '08:30', title: 'Fräsen im Detail' },
    ]);

    const csv = await list('--format', 'csv');
    expect(csv.stdout.split('\n')[1]).toMatch(/^2026-03-03,08:30,LinkedIn,Fräsen im Detail,text,planned,/);

    const bad = await list('--time-zone', 'Mars/Olympus');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^touchpoint: --time-zone: unknown time zone/m);
  });
});
