import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { workspaceDocumentSchema } from '../../src/contract/workspaceDocument';
import { findUserByEmail, login, resolveSession, roleInWorkspace } from '../../src/services/accounts';
import { createKpi } from '../../src/services/kpis';
import { createMeasure } from '../../src/services/measures';
import { addRating } from '../../src/services/ratings';
import { listTouchpoints } from '../../src/services/touchpoints';
import { exportWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { aPersona, aTouchpoint, aWorkspace, TEST_PASSWORD } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

/**
 * The CLI in-process against the test database: every command either does its work and exits 0, or exits
 * non-zero with a reason on one line starting `touchpoint:` (an import lists its bad rows first).
 */

useTestDatabaseForCli();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-cli-test-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A failure: non-zero, and the last line of stderr is the one and only `touchpoint:` line. */
function expectFailure(result: { code: number; stderr: string }, reason: RegExp): string[] {
  expect(result.code, result.stderr).not.toBe(0);
  const lines = result.stderr.trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  expect(last).toMatch(/^touchpoint: /);
  expect(last).toMatch(reason);
  expect(lines.filter((l) => l.startsWith('touchpoint:'))).toHaveLength(1);
  return lines.slice(0, -1);
}

const file = async (name: string, text: string) => {
  const p = path.join(dir, `${randomUUID()}-${name}`);
  await writeFile(p, text);
  return p;
};

async function aFilledWorkspace() {
  const db = testDb();
  const ws = await aWorkspace(db);
  const persona = await aPersona(ws.ctx);
  const phase = ws.workspace.journeyModel.phases[0]?.id as string;
  const tp = await aTouchpoint(ws.ctx, { name: 'Website', phaseIds: [phase], personaIds: [persona.id] });
  await aTouchpoint(ws.ctx, { name: '=HYPERLINK("http://evil")', medium: 'analog' });
  await addRating(ws.ctx, tp.id, { source: 'customer', score: 4 });
  const kpi = await createKpi(ws.ctx, tp.id, { name: 'Visits', targetValue: 1000 });
  if (!kpi.ok) throw new Error(kpi.error.message);
  await createMeasure(ws.ctx, { title: 'Relaunch', touchpointIds: [tp.id], kpiId: kpi.value.id });
  return ws;
}

describe('touchpoint catalogue', () => {
  it.each([
    ['with a database', true],
    ['without any database', false],
  ])('prints 23 interfaces as JSON %s', async (_label, withDb) => {
    if (!withDb) delete process.env.DATABASE_URL;
    try {
      const { code, stdout, stderr } = await cli('catalogue', '--format', 'json');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const entries = JSON.parse(stdout) as { name: string; phases: string[]; needRatings: number[] }[];
      expect(entries).toHaveLength(23);
      for (const e of entries) {
        expect(e.name).toMatch(/\w/);
        expect(e.phases.length).toBeGreaterThan(0);
        expect(e.needRatings).toHaveLength(13);
        for (const n of e.needRatings) expect([0, 1, 2, 3]).toContain(n);
      }
    } finally {
      process.env.DATABASE_URL = inject('databaseUrl');
    }
  });

  it('refuses an unknown format in one line', async () => {
    expectFailure(await cli('catalogue', '--format', 'xml'), /--format must be one of json, table/);
  });
});

describe('touchpoint export / import', () => {
  it('exports a workspace document and imports it as a new workspace with the same counts', async () => {
    const ws = await aFilledWorkspace();
    const exported = await cli('export', 'workspace', '--workspace', ws.workspace.id);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const doc = workspaceDocumentSchema.parse(JSON.parse(exported.stdout));
    expect(doc.touchpoints).toHaveLength(2);

    const docFile = await file('workspace.json', exported.stdout);
    const imported = await cli('import', 'workspace', docFile, '--owner', ws.owner.email);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const [, newId, counts] = /^Created workspace (\S+): (.*)$/.exec(imported.stdout.trim()) ?? [];
    expect(JSON.parse(counts as string)).toEqual({
      journeyModels: 1,
      personas: 1,
      touchpoints: 2,
      ratings: 1,
      kpis: 1,
      measures: 1,
      contentAssets: 0,
      touchpointLinks: 0,
      quickcheckRuns: 0,
      swotEntries: 0,
      goals: 0,
      eventNameMappings: 0,
      conversionPointNames: 0,
      editorialChannels: 5,
      editorialItems: 0,
    });
    const db = testDb();
    expect(await roleInWorkspace(db, ws.owner.id, newId as string)).toBe('owner');
    const copy = await exportWorkspaceDocument({ ...ws.ctx, workspaceId: newId as string });
    expect(copy.touchpoints.map((t) => t.name).sort()).toEqual(doc.touchpoints.map((t) => t.name).sort());
    expect(copy.measures).toHaveLength(1);
  });

  it('exports the inventory to a file and imports it back as updates', async () => {
    const ws = await aFilledWorkspace();
    const out = path.join(dir, `${randomUUID()}.csv`);
    const exported = await cli('export', 'touchpoints', '--workspace', ws.workspace.slug, '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toBe(`Wrote ${out}\n`);
    const csv = await readFile(out, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const imported = await cli('import', 'touchpoints', out, '--workspace', ws.workspace.id);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe('Imported touchpoints: 0 created, 2 updated\n');
    const names = (await listTouchpoints(ws.ctx)).map((t) => t.name);
    expect(names).toEqual(['=HYPERLINK("http://evil")', 'Website']);
  });

  it('exports the action plan to standard output', async () => {
    const ws = await aFilledWorkspace();
    const { code, stdout } = await cli('export', 'measures', '--workspace', ws.workspace.id);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'id,title,touchpoints,owner,due_date,status,effort,expected_impact,description,overdue',
    );
    expect(stdout).toContain(',Relaunch,Website,');
  });

  it('refuses a bad CSV: lists every bad line, ends with one reason, writes nothing', async () => {
    const ws = await aFilledWorkspace();
    const before = await listTouchpoints(ws.ctx, { includeRetired: true });
    const bad = await file(
      'bad.csv',
      'name,phases,current_maturity\nGood,attention,good\nBad phase,nirvana,good\n,interest,\nBad maturity,,great\n',
    );
    const rows = expectFailure(
      await cli('import', 'touchpoints', bad, '--workspace', ws.workspace.id),
      /3 row\(s\) are not valid; nothing was imported/,
    );
    expect(rows).toEqual([
      expect.stringMatching(new RegExp(`^${bad}:3 phases: unknown phase nirvana`)),
      expect.stringMatching(new RegExp(`^${bad}:4 name: must not be empty`)),
      expect.stringMatching(new RegExp(`^${bad}:5 current_maturity: `)),
    ]);
    expect(await listTouchpoints(ws.ctx, { includeRetired: true })).toEqual(before);
  });

  it.each([
    [
      'malformed JSON over several lines (the reason used to span lines)',
      '{\n  "format": x,\n  "version": 1\n}\n',
      /is not valid JSON/,
    ],
    ['a CSV file', 'name,phases\nWebsite,attention\n', /is not valid JSON/],
    ['a document of the wrong format', '{"format": "excel"}', /The workspace document is not valid/],
    [
      'a document with a phase key twice (used to crash)',
      JSON.stringify({
        format: 'touchpoint.workspace',
        version: 1,
        workspace: { name: 'Twice' },
        journeyModels: [
          {
            ref: 'm',
            kind: 'custom',
            name: 'C',
            phases: [
              { key: 'a', nameDe: 'A', nameEn: 'A' },
              { key: 'a', nameDe: 'B', nameEn: 'B' },
            ],
          },
        ],
      }),
      /The workspace document is not valid/,
    ],
  ])('refuses to import %s as a workspace, creating nothing', async (_label, text, reason) => {
    const owner = (await aWorkspace(testDb())).owner;
    const docFile = await file('doc.json', text);
    const result = await cli('import', 'workspace', docFile, '--owner', owner.email);
    expectFailure(result, reason);
    const db = testDb();
    const memberships = await db
      .selectFrom('memberships')
      .select('workspace_id')
      .where('user_id', '=', owner.id)
      .execute();
    expect(memberships).toHaveLength(1);
  });

  it('refuses a file that is not there', async () => {
    expectFailure(
      await cli('import', 'touchpoints', path.join(dir, 'missing.csv')),
      /cannot read .*missing\.csv/,
    );
  });

  it('needs --workspace when there are several workspaces, and says so', async () => {
    await Promise.all([aWorkspace(testDb()), aWorkspace(testDb())]);
    expectFailure(await cli('export', 'touchpoints'), /--workspace is required: there are \d+ workspaces/);
    expectFailure(
      await cli('export', 'touchpoints', '--workspace', 'no-such-workspace'),
      /no workspace "no-such-workspace"/,
    );
    expectFailure(await cli('export', 'spreadsheet'), /must be one of workspace, touchpoints, measures/);
  });
});

describe('touchpoint users', () => {
  const email = () => `cli.${randomUUID().slice(0, 8)}@example.com`;

  it.each([
    ['a short password', ['--password', 'short'], /--password must have at least 10 characters/],
    ['a bad e-mail', ['--email', 'not-an-address'], /--email "not-an-address" is not an e-mail address/],
    ['a bad role', ['--role', 'admin'], /--role must be one of owner, editor, viewer/],
  ])('add refuses %s in one line and creates nobody', async (_label, override, reason) => {
    const args: Record<string, string> = { '--email': email(), '--name': 'Neu', '--password': TEST_PASSWORD };
    args[override[0] as string] = override[1] as string;
    expectFailure(await cli('users', 'add', ...Object.entries(args).flat()), reason);
    expect(await findUserByEmail(testDb(), args['--email'] as string)).toBeUndefined();
  });

  it('add refuses an e-mail that has an account already', async () => {
    const { owner } = await aWorkspace(testDb());
    expectFailure(
      await cli('users', 'add', '--email', owner.email, '--name', 'Twin', '--password', TEST_PASSWORD),
      /exists already/,
    );
  });

  it('adds an account, grants it a role and sets a new password that ends its sessions; grant keeps the last owner (it used to demote them)', async () => {
    const db = testDb();
    const ws = await aWorkspace(db);
    const address = email();
    const added = await cli(
      'users',
      'add',
      '--email',
      address,
      '--name',
      'Neu',
      '--password',
      TEST_PASSWORD,
      '--workspace',
      ws.workspace.id,
      '--role',
      'viewer',
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toBe(`Created ${address}\n`);
    const user = await findUserByEmail(db, address);
    expect(await roleInWorkspace(db, user?.id as string, ws.workspace.id)).toBe('viewer');

    const granted = await cli(
      'users',
      'grant',
      '--email',
      address,
      '--workspace',
      ws.workspace.slug,
      '--role',
      'editor',
    );
    expect(granted.code, granted.stderr).toBe(0);
    expect(await roleInWorkspace(db, user?.id as string, ws.workspace.id)).toBe('editor');

    const session = await login(db, address, TEST_PASSWORD, 1);
    if (!session.ok) throw new Error(session.error.message);
    const changed = await cli(
      'users',
      'set-password',
      '--email',
      address,
      '--password',
      'another long password',
    );
    expect(changed.code, changed.stderr).toBe(0);
    expect(await resolveSession(db, session.value.token)).toBeUndefined();
    expect((await login(db, address, TEST_PASSWORD, 1)).ok).toBe(false);
    expect((await login(db, address, 'another long password', 1)).ok).toBe(true);

    expectFailure(
      await cli('users', 'grant', '--email', address, '--workspace', ws.workspace.id, '--role', 'god'),
      /--role must be/,
    );
    expectFailure(
      await cli('users', 'grant', '--email', email(), '--workspace', ws.workspace.id, '--role', 'viewer'),
      /no user with e-mail/,
    );
    expectFailure(
      await cli('users', 'set-password', '--email', address, '--password', 'short'),
      /at least 10 characters/,
    );
    expect(await roleInWorkspace(db, user?.id as string, ws.workspace.id)).toBe('editor');
    expectFailure(
      await cli(
        'users',
        'grant',
        '--email',
        ws.owner.email,
        '--workspace',
        ws.workspace.id,
        '--role',
        'viewer',
      ),
      /The last owner cannot be demoted/,
    );
    expect(await roleInWorkspace(db, ws.owner.id, ws.workspace.id)).toBe('owner');
  });
});

describe('the program itself', () => {
  it.each([
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['export', 'workspace', '--bogus'], /unknown option '--bogus'/],
    ['a missing required option', ['users', 'add', '--email', 'a@example.com'], /required option/],
    ['a missing argument', ['import', 'workspace'], /missing required argument/],
  ])('refuses %s in one line', async (_label, argv, reason) => {
    expectFailure(await cli(...argv), reason);
  });

  it('migrate exits 0 on an up-to-date database', async () => {
    const { code, stdout, stderr } = await cli('migrate');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^(The schema is up to date\.|Applied: .*)\n$/);
  });
});
