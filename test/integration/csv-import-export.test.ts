import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../src/contract/touchpoints';
import { addRating } from '../../src/services/ratings';
import { listMeasures } from '../../src/services/measures';
import { listTouchpoints } from '../../src/services/touchpoints';
import { apiAs, type ApiClient } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * The inventory and action-plan CSV round trips through the API: an exported file imports as updates,
 * a bad file is refused with every bad row and its line, and nothing of it is written.
 */

interface Setup extends TestWorkspace {
  api: ApiClient;
  base: string;
}

async function setup(): Promise<Setup> {
  const ws = await aWorkspace(testDb());
  return { ...ws, api: await apiAs(ws.owner.token), base: `/workspaces/${ws.workspace.id}` };
}

const postCsv = (s: Setup, what: 'touchpoints' | 'measures', csv: string) =>
  s.api.post(`${s.base}/${what}/import`, csv, { 'content-type': 'text/csv' });

const rows = (csv: string) => parse<Record<string, string>>(csv, { columns: true, bom: true });

/** A touchpoint without the fields an import may legitimately touch (times, who assessed it). */
const comparable = ({
  updatedAt: _u,
  current: { assessedAt: _a, assessedBy: _b, ...current },
  ...t
}: Touchpoint) => ({
  ...t,
  current,
});

interface RowProblem {
  line: number;
  column?: string;
  message: string;
}

function expectRefused(res: LightMyRequestResponse): RowProblem[] {
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json<{
    error: { code: string; message: string; details: { rows: RowProblem[] } };
  }>();
  expect(error.code).toBe('validation_failed');
  expect(error.message).toMatch(/\w/);
  for (const row of error.details.rows) {
    expect(row.line).toBeGreaterThanOrEqual(1);
    expect(row.message).toMatch(/\w/);
  }
  return error.details.rows;
}

const lines = (problems: RowProblem[]) => [...new Set(problems.map((p) => p.line))];

describe('inventory CSV', () => {
  it('exports and re-imports as updates, not duplicates; an edited file updates and adds', async () => {
    const s = await setup();
    const persona = await aPersona(s.ctx, { name: 'Einkäuferin' });
    const [attention, interest] = s.workspace.journeyModel.phases;
    const website = await aTouchpoint(s.ctx, {
      name: 'Website',
      phaseIds: [attention?.id as string, interest?.id as string],
      personaIds: [persona.id],
      currentMaturity: 'minimal',
      currentNotes: 'Seit 2015 unverändert, "alt"; mit Komma',
      targetRating: 4.5,
      relevance: 5,
      momentThatMatters: true,
      checklistKind: 'website',
    });
    await aTouchpoint(s.ctx, { name: 'Messestand', medium: 'analog', customerView: 'Zeile 1\nZeile 2' });
    await addRating(s.ctx, website.id, { source: 'customer', score: 3 });
    const before = await listTouchpoints(s.ctx, { includeRetired: true });

    const exported = await s.api.get(`${s.base}/touchpoints.csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename="touchpoints-.*\.csv"/);
    const table = rows(exported.body);
    expect(table.find((r) => r.name === 'Website')).toMatchObject({
      id: website.id,
      phases: 'attention|interest',
      personas: 'Einkäuferin',
      customer_rating: '3',
      target_rating: '4.5',
    });

    const again = await postCsv(s, 'touchpoints', exported.body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ created: 0, updated: 2 });
    const after = await listTouchpoints(s.ctx, { includeRetired: true });
    expect(after.map(comparable)).toEqual(before.map(comparable));

    // Exported with a byte order mark for Excel; the import skips it, as the round trip above shows.
    expect(exported.body.startsWith('\uFEFFid,')).toBe(true);
    const columns = (exported.body.slice(1).split('\n')[0] ?? '').split(',');
    const hotline = columns.map((c) => ({ name: 'Hotline', medium: 'analog' })[c] ?? '').join(',');
    const edited = `${exported.body.replace('Messestand', 'Messestand Hannover')}${hotline}\n`;
    const res = await postCsv(s, 'touchpoints', edited);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 2 });
    const names = (await listTouchpoints(s.ctx)).map((t) => t.name);
    expect(names).toEqual(['Hotline', 'Messestand Hannover', 'Website']);
  });

  const header = 'name,phases,current_maturity,relevance';
  it.each([
    [
      'an unknown phase, a bad maturity, an empty name and a relevance of 9',
      `${header}\nGood,attention,good,3\nBad phase,nirvana,good,3\nBad maturity,,great,3\n ,attention,,\nToo relevant,,,9\n`,
      [
        { line: 3, column: 'phases' },
        { line: 4, column: 'current_maturity' },
        { line: 5, column: 'name' },
        { line: 6, column: 'relevance' },
      ],
    ],
    ['an unknown column', `${header},colour\nGood,attention,good,3,blue\n`, [{ line: 1, column: 'colour' }]],
    ['no name column', 'phases\nattention\n', [{ line: 1, column: 'name' }]],
    [
      'ragged rows, every one of them',
      `${header}\nGood,attention,good,3\nShort,attention\nLong,attention,good,3,extra\nFine,,,\n`,
      [{ line: 3 }, { line: 4 }],
    ],
    [
      'blank lines and a cell over two lines, counted as an editor shows them',
      `${header}\n\nGood,attention,good,3\n\n"Two\nlines",,great,3\nLast,,,7\n`,
      [
        { line: 5, column: 'current_maturity' },
        { line: 7, column: 'relevance' },
      ],
    ],
    ['a JSON file', '{"touchpoints": [{"name": "Website"}]}', [{ line: 1 }]],
    ['an unclosed quote', `${header}\n"Website,attention,good,3\n`, [{ line: 2 }]],
    ['an empty file', '', [{ line: 1 }]],
    ['binary data with a NUL (was a 500)', `${header}\nPK\u0003\u0004\u0000\u0000,,,\n`, [{ line: 2 }]],
    [
      'an id from nowhere',
      `id,name\n00000000-0000-4000-8000-000000000000,Ghost\nnot-a-uuid,Ghost 2\n`,
      [
        { line: 2, column: 'id' },
        { line: 3, column: 'id' },
      ],
    ],
  ])('refuses %s with the lines, writing nothing', async (_label, csv, expected) => {
    const s = await setup();
    await aTouchpoint(s.ctx, { name: 'Existing' });
    const before = await listTouchpoints(s.ctx, { includeRetired: true });
    const problems = expectRefused(await postCsv(s, 'touchpoints', csv));
    expect(lines(problems)).toEqual(expected.map((e) => e.line));
    for (const e of expected) expect(problems).toContainEqual(expect.objectContaining(e));
    expect(await listTouchpoints(s.ctx, { includeRetired: true })).toEqual(before);
  });

  it('refuses a file over 20 MB with 413 and a JSON, non-CSV or XML body with 400 / 415', async () => {
    const s = await setup();
    const huge = `name,current_notes\n${`Website,${'x'.repeat(1000)}\n`.repeat(21 * 1024)}`;
    const tooBig = await postCsv(s, 'touchpoints', huge);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payload_too_large');
    const json = await s.api.post(`${s.base}/touchpoints/import`, { name: 'Website' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('validation_failed');
    const xml = await s.api.post(`${s.base}/touchpoints/import`, '<name/>', {
      'content-type': 'application/xml',
    });
    expect(xml.statusCode).toBe(415);
    expect(await listTouchpoints(s.ctx, { includeRetired: true })).toEqual([]);
  });

  it('keeps formulas out of spreadsheets and brings the names back unchanged', async () => {
    const s = await setup();
    const dangerous = ['=HYPERLINK("http://evil")', '+cmd|calc', '-2+3', '@SUM(A1)'];
    for (const name of dangerous) await aTouchpoint(s.ctx, { name, department: '=1+1' });
    const exported = await s.api.get(`${s.base}/touchpoints.csv`);
    expect(exported.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    for (const row of rows(exported.body)) {
      expect(row.name).toMatch(/^'[=+\-@]/);
      expect(row.department).toBe("'=1+1");
    }
    const res = await postCsv(s, 'touchpoints', exported.body);
    expect(res.json()).toEqual({ created: 0, updated: 4 });
    const after = await listTouchpoints(s.ctx);
    expect(after.map((t) => t.name).sort()).toEqual([...dangerous].sort());
    expect(after.every((t) => t.department === '=1+1')).toBe(true);
  });
});

describe('action plan CSV', () => {
  it('exports and re-imports as updates, not duplicates', async () => {
    const s = await setup();
    const tp = await aTouchpoint(s.ctx, { name: 'Website' });
    for (const title of ['Datenblätter online', '=Formel im Titel'])
      expect(
        (
          await s.api.post(`${s.base}/measures`, {
            title,
            touchpointIds: [tp.id],
            dueDate: '2027-01-31',
            owner: 'M. Schmidt',
          })
        ).statusCode,
      ).toBe(201);
    const before = await listMeasures(s.ctx);
    const exported = await s.api.get(`${s.base}/measures.csv`);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(rows(exported.body).map((r) => r.title)).toContain("'=Formel im Titel");
    const res = await postCsv(s, 'measures', exported.body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 0, updated: 2 });
    const after = await listMeasures(s.ctx);
    const strip = ({ updatedAt: _u, ...m }: (typeof before)[number]) => m;
    expect(after.map(strip)).toEqual(before.map(strip));
  });

  it('refuses a bad file with every bad line, writing nothing', async () => {
    const s = await setup();
    await aTouchpoint(s.ctx, { name: 'Website' });
    const csv = [
      'title,touchpoints,due_date,status,effort',
      'Good,Website,2027-01-31,planned,2',
      'Bad date,Website,31.01.2027,planned,2',
      'Bad status,Website,,someday,2',
      'Unknown touchpoint,Fax,,,',
      'Too much effort,,,,9',
      'Year zero (was a 500),,0000-01-01,,',
      ',Website,,,',
    ].join('\n');
    const problems = expectRefused(await postCsv(s, 'measures', csv));
    expect(lines(problems)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, column: 'due_date' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 4, column: 'status' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 5, column: 'touchpoints' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 6, column: 'effort' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 7, column: 'due_date' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 8, column: 'title' }));
    expect(await listMeasures(s.ctx)).toEqual([]);
  });
});
