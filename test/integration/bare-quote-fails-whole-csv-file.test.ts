import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTouchpoints } from '../../src/services/touchpoints';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * Issue 10: a bare quote inside an unquoted field (csv-spectrum's location_coordinates.csv) made the
 * whole file fail with "Invalid Opening Quote". Such a quote is now a character, as in a spreadsheet.
 */

const spectrumCsv = (name: string) =>
  readFile(
    path.join(path.dirname(createRequire(import.meta.url).resolve('csv-spectrum')), 'csvs', `${name}.csv`),
  );

describe('a bare quote inside an unquoted field', () => {
  it("imports csv-spectrum's location_coordinates.csv as contacts, quotes and all", async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    // The suite's file, with the identifier a contacts import needs put in front of each line.
    const original = (await spectrumCsv('location_coordinates')).toString('utf8');
    const [header, row] = original.split('\n');
    const res = await api.raw({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.workspace.id}/imports/contacts?fileName=location_coordinates.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: `external_id,${header}\nloc-1,${row}\n`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'done', rowsImported: 1, badRows: 0 });
    const p = await testDb()
      .selectFrom('profiles')
      .select('traits')
      .where('workspace_id', '=', ws.workspace.id)
      .where('user_id', '=', 'loc-1')
      .executeTakeFirstOrThrow();
    expect(p.traits).toMatchObject({
      contact_phone_number: '2095257564',
      location_coordinates: `37\uFFFD36'37.8"N 121\uFFFD2'17.9"W`,
      cities: 'Modesto',
      counties: 'Stanislaus',
    });
  });

  it('imports a touchpoint named with an inch sign in the inventory', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const res = await api.post(
      `/workspaces/${ws.workspace.id}/touchpoints/import`,
      'name;current_notes\nDisplay 55" am Empfang;zeigt 12" Video\n',
      { 'content-type': 'text/csv' },
    );
    expect(res.statusCode, res.body).toBe(200);
    const [tp] = await listTouchpoints(ws.ctx);
    expect(tp?.name).toBe('Display 55" am Empfang');
  });
});
