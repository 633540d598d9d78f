import { Readable } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHistory } from '../../src/services/imports/importHistory';
import { listMeasures } from '../../src/services/measures';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

/**
 * Issue 10: a Latin-1 CSV was imported with `Müller Straße` turned into U+FFFD, 201 and no warning.
 * Files as German Excel writes them now import as Excel shows them, through the history import (API,
 * CLI) and the action plan import; a file that is not valid in its encoding is refused, naming it.
 */

useTestDatabaseForCli();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-encodings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Excel's "Speichern unter" formats, as a German Excel writes them. */
const excelFormats = {
  'CSV (Trennzeichen-getrennt)': { encoding: 'windows-1252', delimiter: ';' },
  'CSV UTF-8': { encoding: 'utf-8-bom', delimiter: ';' },
  'Unicode-Text': { encoding: 'utf-16le-bom', delimiter: '\t' },
} as const;
type ExcelFormat = keyof typeof excelFormats;

/** Windows-1252 beyond Latin-1: the characters German text needs from 0x80-0x9F. */
const WINDOWS_1252: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };

/** The bytes Excel writes for `rows` in `format`: CRLF, quotes only where needed. */
function excelFile(format: ExcelFormat, rows: readonly (readonly string[])[]): Buffer {
  const { encoding, delimiter } = excelFormats[format];
  const cell = (c: string) =>
    c.includes(delimiter) || c.includes('"') || c.includes('\n') ? `"${c.replaceAll('"', '""')}"` : c;
  const text = rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
  switch (encoding) {
    case 'windows-1252':
      return Buffer.from([...text].map((c) => WINDOWS_1252[c] ?? c.charCodeAt(0)));
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
  }
}

const contactRows = [
  ['external_id', 'name', 'street', 'size', 'price', 'quote'],
  ['crm-1', 'Jörg Müller', 'Müller Straße 5', 'Größe XL', '12,50 €', '„Anführungszeichen“'],
] as const;
const expectedTraits = {
  street: 'Müller Straße 5',
  size: 'Größe XL',
  price: '12,50 €',
  quote: '„Anführungszeichen“',
};

async function profile(workspaceId: string, userId: string) {
  return testDb()
    .selectFrom('profiles')
    .select(['name', 'traits'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The bytes as a stream of `size`-byte chunks, so characters are cut between chunks. */
const inChunks = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

describe('Latin-1 and the other files German Excel writes', () => {
  it('stores Müller Straße from a Latin-1 contacts upload, not replacement characters', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const res = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/contacts?fileName=kontakte.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from('external_id;name;street\r\ncrm-1;Jörg Müller;Müller Straße 5\r\n', 'latin1'),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ rowsImported: 1, badRows: 0 });
    const p = await profile(ws.workspace.id, 'crm-1');
    expect(p.name).toBe('Jörg Müller');
    expect(p.traits).toMatchObject({ street: 'Müller Straße 5' });
    expect(JSON.stringify(p)).not.toContain('\uFFFD');
  });

  it('stores it from the CLI too', async () => {
    const ws = await aWorkspace(testDb());
    const file = path.join(dir, 'kontakte-latin1.csv');
    await writeFile(file, excelFile('CSV (Trennzeichen-getrennt)', contactRows));
    const r = await cli('history', 'import', 'contacts', file, '--workspace', ws.workspace.slug);
    expect(r.code, r.stderr).toBe(0);
    expect(await profile(ws.workspace.id, 'crm-1')).toEqual({
      name: 'Jörg Müller',
      traits: expect.objectContaining(expectedTraits),
    });
  });

  it.each(Object.keys(excelFormats) as ExcelFormat[])(
    'imports Excel\'s "%s" as Excel shows it, however the upload is chunked',
    async (format) => {
      const ws = await aWorkspace(testDb());
      const bytes = excelFile(format, contactRows);
      for (const [i, size] of [1, 3, 64 * 1024].entries()) {
        const r = await importHistory(ws.ctx, 'contacts', {
          input: inChunks(bytes, size),
          fileName: `kontakte-${i}.csv`,
          totalBytes: bytes.length,
        });
        if (!r.ok) throw new Error(r.error.message);
        expect(r.value).toMatchObject({ rowsImported: 1, badRows: 0 });
        expect(await profile(ws.workspace.id, 'crm-1')).toEqual({
          name: 'Jörg Müller',
          traits: expect.objectContaining(expectedTraits),
        });
      }
    },
  );

  it.each(Object.keys(excelFormats) as ExcelFormat[])(
    'imports an action plan saved as "%s"',
    async (format) => {
      const ws = await aWorkspace(testDb());
      const api = await apiAs(ws.owner.token);
      const description = '„Anführungszeichen“ für 12,50 € in der Müller Straße';
      const res = await api.post(
        `/workspaces/${ws.workspace.id}/measures/import`,
        excelFile(format, [
          ['title', 'description'],
          ['Größe prüfen', description],
        ]),
        { 'content-type': 'text/csv' },
      );
      expect(res.statusCode, res.body).toBe(200);
      const measures = await listMeasures(ws.ctx);
      expect(measures.map((m) => [m.title, m.description])).toEqual([['Größe prüfen', description]]);
    },
  );

  it('skips the empty rows Excel writes as ;;; instead of refusing them', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const bytes = excelFile('CSV (Trennzeichen-getrennt)', [
      ['title', 'owner', 'description'],
      ['Prüfen', 'Jörg', ''],
      ['', '', ''],
      [' ', '', ''],
    ]);
    const res = await api.post(`/workspaces/${ws.workspace.id}/measures/import`, bytes, {
      'content-type': 'text/csv',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 0 });
  });
});

describe('a file that is not valid in its encoding', () => {
  /** A UTF-8 file with a BOM, then a Latin-1 umlaut: the BOM says UTF-8, the byte cannot be. */
  const mixed = Buffer.concat([
    Buffer.from('\uFEFFexternal_id,name\ncrm-1,Jörg\n', 'utf8'),
    Buffer.from('crm-2,Müller\n', 'latin1'),
  ]);

  it('is refused by the history import, naming the encoding and the line, with no job', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const res = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/contacts`,
      headers: { 'content-type': 'text/csv' },
      payload: mixed,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('cannot be read as UTF-8 (with BOM)'),
      details: { encoding: 'UTF-8 (with BOM)', line: 3 },
    });
    expect((await api.get(`/workspaces/${ws.workspace.id}/imports`)).json()).toEqual([]);
  });

  it('is refused by the action plan import, writing nothing', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const res = await api.post(
      `/workspaces/${ws.workspace.id}/measures/import`,
      Buffer.concat([Buffer.from('title\nGröße\n'), Buffer.from('Müller\n', 'latin1')]),
      { 'content-type': 'text/csv' },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      message: expect.stringContaining('UTF-8'),
      details: { encoding: 'UTF-8', line: 3, rows: [{ line: 3, message: expect.stringContaining('UTF-8') }] },
    });
    expect(await listMeasures(ws.ctx)).toEqual([]);
  });

  it('stops a streaming import at the bad byte; fixed and resumed, every row is stored once', async () => {
    const ws = await aWorkspace(testDb());
    const line = (i: number) => `crm-${i},Jörg Müller ${i}\n`;
    const good = Array.from({ length: 5000 }, (_, i) => line(i + 1)).join('');
    const header = 'external_id,name\n';
    // Row 4,500 (line 4,501) has a Latin-1 ü in a file that is UTF-8 up to there.
    const cut = Buffer.byteLength(header + good.split('\n').slice(0, 4499).join('\n') + '\n');
    const utf8 = Buffer.from(header + good, 'utf8');
    const broken = Buffer.concat([
      utf8.subarray(0, cut),
      Buffer.from(line(4500), 'latin1'),
      utf8.subarray(cut + Buffer.byteLength(line(4500))),
    ]);
    const first = await importHistory(
      ws.ctx,
      'contacts',
      { input: inChunks(broken, 16 * 1024), fileName: 'kontakte.csv', totalBytes: broken.length },
      { batchSize: 1000 },
    );
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.message).toContain('cannot be read as UTF-8');
    expect(first.error.details).toMatchObject({ encoding: 'UTF-8', line: 4501 });
    const jobId = String(first.error.details?.jobId);
    const job = await testDb()
      .selectFrom('import_jobs')
      .select(['status', 'lines_read', 'rows_imported', 'errors'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('failed');
    expect(job.errors).toContainEqual({ line: 0, reason: expect.stringMatching(/UTF-8.*line 4501/) });
    expect(Number(job.lines_read)).toBeLessThan(4501);
    // Whole batches only: what is stored is exactly the committed lines.
    expect(Number(job.rows_imported)).toBe(Number(job.lines_read) - 1);

    const resumed = await importHistory(
      ws.ctx,
      'contacts',
      { input: inChunks(utf8, 16 * 1024), fileName: 'kontakte.csv', totalBytes: utf8.length },
      { resumeJobId: jobId },
    );
    if (!resumed.ok) throw new Error(resumed.error.message);
    const stored = await testDb()
      .selectFrom('profiles')
      .select(['user_id', 'name'])
      .where('workspace_id', '=', ws.workspace.id)
      .execute();
    expect(stored).toHaveLength(5000);
    expect(new Set(stored.map((s) => s.user_id)).size).toBe(5000);
    expect(stored.find((s) => s.user_id === 'crm-4500')?.name).toBe('Jörg Müller 4500');
    expect(stored.some((s) => s.name?.includes('\uFFFD'))).toBe(false);
  });
});
