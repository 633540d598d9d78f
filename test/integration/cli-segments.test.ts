import { describe, expect, it } from 'vitest';
import { createSegment } from '../../src/services/segments/segments';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

useTestDatabaseForCli();

/** Two "pro" profiles (Ana seen last) and one "free" one, and the segment of the pro ones. */
async function aWorkspaceWithASegment() {
  const db = testDb();
  const w = await aWorkspace(db);
  const profile = (name: string, plan: string, lastSeen: string) =>
    db
      .insertInto('profiles')
      .values({
        workspace_id: w.workspace.id,
        name,
        traits: JSON.stringify({ plan }),
        last_seen_at: lastSeen,
      })
      .execute();
  await profile('Ana', 'pro', '2026-04-06T10:00:00Z');
  await profile('Ben', 'pro', '2026-04-05T10:00:00Z');
  await profile('Cem', 'free', '2026-04-07T10:00:00Z');
  const segment = await createSegment(w.ctx, {
    name: 'Pro-Kunden',
    definition: {
      version: 1,
      kind: 'all',
      conditions: [{ kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' }],
    },
  });
  if (!segment.ok) throw new Error(segment.error.message);
  return { w, segment: segment.value };
}

describe('touchpoint segments', () => {
  it('lists, shows, counts and pages the members as a table, JSON and CSV', async () => {
    const { w, segment } = await aWorkspaceWithASegment();
    const ws = ['--workspace', w.workspace.id];
    const list = await cli('segments', 'list', ...ws);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('Pro-Kunden');
    expect(list.stdout).toContain('trait plan is „pro“');

    const show = await cli('segments', 'show', 'pro-kunden', ...ws, '--format', 'json');
    expect(show.code, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: segment.id, memberCount: 2 });

    const count = await cli('segments', 'count', segment.id, ...ws, '--format', 'csv');
    expect(count.stdout).toBe(`segmentId,count\n${segment.id},2\n`);

    const first = await cli('segments', 'profiles', 'Pro-Kunden', ...ws, '--limit', '1', '--format', 'json');
    const page = JSON.parse(first.stdout) as { items: { name: string }[]; nextCursor: string };
    expect(page.items.map((p) => p.name)).toEqual(['Ana']);
    const next = await cli(
      'segments',
      'profiles',
      'Pro-Kunden',
      ...ws,
      '--cursor',
      page.nextCursor,
      '--format',
      'csv',
    );
    expect(next.stdout.split('\n')[1]).toMatch(/^[0-9a-f-]{36},Ben,/);

    const missing = await cli('segments', 'count', 'Niemand', ...ws);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('No segment named "Niemand"');
    const badLimit = await cli('segments', 'profiles', segment.id, ...ws, '--limit', '0');
    expect(badLimit.stderr).toContain('--limit');
  });
});
