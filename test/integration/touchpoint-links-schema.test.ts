import { describe, expect, it } from 'vitest';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * Migration 0017: the table itself refuses what the service checks, so a bug in a query or a race
 * between two requests cannot store a self link, a duplicate, or a link into another workspace.
 */
describe('the touchpoint_links table', () => {
  async function setUp() {
    const db = testDb();
    const ws = await aWorkspace(db);
    const a = await aTouchpoint(ws.ctx, { name: 'A' });
    const b = await aTouchpoint(ws.ctx, { name: 'B' });
    const insert = (
      from: string,
      to: string,
      personaId: string | null = null,
      workspaceId = ws.workspace.id,
    ) =>
      db
        .insertInto('touchpoint_links')
        .values({
          workspace_id: workspaceId,
          from_touchpoint_id: from,
          to_touchpoint_id: to,
          persona_id: personaId,
          created_by: null,
        })
        .execute();
    return { db, ws, a, b, insert };
  }

  it('refuses a self link and a second link of the same pair, also without a persona', async () => {
    const { ws, a, b, insert } = await setUp();
    await expect(insert(a.id, a.id)).rejects.toMatchObject({ code: '23514' });
    await insert(a.id, b.id);
    await expect(insert(a.id, b.id)).rejects.toMatchObject({ code: '23505' });
    const persona = await aPersona(ws.ctx, { name: 'Einkauf' });
    await insert(a.id, b.id, persona.id);
    await expect(insert(a.id, b.id, persona.id)).rejects.toMatchObject({ code: '23505' });
  });

  it('refuses a link into another workspace', async () => {
    const mine = await setUp();
    const theirs = await setUp();
    await expect(mine.insert(mine.a.id, theirs.b.id)).rejects.toMatchObject({ code: '23503' });
    await expect(mine.insert(mine.a.id, mine.b.id, null, theirs.ws.workspace.id)).rejects.toMatchObject({
      code: '23503',
    });
  });
});
