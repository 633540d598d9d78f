import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  COPY_FROM_ROWS,
  EventWriter,
  insertEventRows,
  type EventRow,
} from '../../src/services/events/eventWriter';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

const db = testDb();

const aRow = (workspaceId: string, overrides: Partial<EventRow> = {}): EventRow => ({
  workspace_id: workspaceId,
  event_id: randomUUID(),
  type: 'page_view',
  name: null,
  occurred_at: new Date().toISOString(),
  anonymous_id: 'a',
  user_id: null,
  session_id: null,
  touchpoint_id: null,
  channel: null,
  channel_class: null,
  url: null,
  referrer: null,
  utm_source: null,
  utm_medium: null,
  utm_campaign: null,
  properties: {},
  revenue: null,
  source: 'api',
  ...overrides,
});

describe('EventWriter', () => {
  it('shares statements between concurrent requests and tells each which rows were new', async () => {
    const { workspace } = await aWorkspace(db);
    const writer = new EventWriter(db);
    const shared = aRow(workspace.id);
    const requests = Array.from({ length: 40 }, (_, i) =>
      i % 10 === 0 ? [aRow(workspace.id), shared] : [aRow(workspace.id)],
    );
    const answers = await Promise.all(requests.map((rows) => writer.write(rows)));
    // Every request got one answer per row; the shared event counts as new exactly once.
    expect(answers.map((a, i) => a.length === requests[i]?.length).every(Boolean)).toBe(true);
    const sharedAnswers = answers.flatMap((a, i) => (i % 10 === 0 ? [a[1]] : []));
    expect(sharedAnswers.filter(Boolean)).toHaveLength(1);
    expect(answers.flat().filter(Boolean)).toHaveLength(41);
    const { n } = await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspace.id)
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(41);
  });

  it('fails only the request whose row the database refuses', async () => {
    const { workspace } = await aWorkspace(db);
    const writer = new EventWriter(db);
    const results = await Promise.allSettled([
      ...Array.from({ length: 10 }, () => writer.write([aRow(workspace.id)])),
      writer.write([aRow(workspace.id, { channel_class: 'sponsored' })]),
      ...Array.from({ length: 10 }, () => writer.write([aRow(workspace.id)])),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      ...Array<string>(10).fill('fulfilled'),
      'rejected',
      ...Array<string>(10).fill('fulfilled'),
    ]);
  });

  it('stores text with tabs, line breaks, backslashes and "\\N" exactly as sent, by COPY and by INSERT', async () => {
    const { workspace } = await aWorkspace(db);
    const awkward = 'a\tb\nc\r\nd \\ e \\N \\. ü € 😀';
    const row = aRow(workspace.id, {
      event_id: `id ${awkward}`,
      name: awkward,
      url: `https://example.com/?q=${awkward}`,
      referrer: '',
      utm_campaign: '\\N',
      properties: { text: awkward, nested: { list: [1, 'x\ty'] }, empty: '' },
      revenue: 1234.5,
    });
    const copied = { ...row, event_id: `copied ${awkward}` };
    const others = Array.from({ length: COPY_FROM_ROWS }, () => aRow(workspace.id));
    expect(await insertEventRows(db, [row])).toEqual([true]);
    expect((await insertEventRows(db, [copied, ...others])).every(Boolean)).toBe(true);
    const stored = await db
      .selectFrom('events')
      .select(['event_id', 'name', 'url', 'referrer', 'utm_campaign', 'utm_source', 'properties', 'revenue'])
      .where('workspace_id', '=', workspace.id)
      .where('type', '=', 'page_view')
      .where('name', 'is not', null)
      .orderBy('seq')
      .execute();
    expect(stored).toEqual(
      [row, copied].map((r) => ({
        event_id: r.event_id,
        name: awkward,
        url: row.url,
        referrer: '',
        utm_campaign: '\\N',
        utm_source: null,
        properties: row.properties,
        revenue: 1234.5,
      })),
    );
  });

  it('stores the new rows of a request that repeats events stored before, and counts the rest as duplicates', async () => {
    const { workspace } = await aWorkspace(db);
    const before = [aRow(workspace.id), aRow(workspace.id)];
    expect(await insertEventRows(db, before)).toEqual([true, true]);
    const fresh = Array.from({ length: COPY_FROM_ROWS }, () => aRow(workspace.id));
    // The bulk copy meets a stored event id and stores nothing; the INSERT then skips the stored rows.
    expect(await insertEventRows(db, [before[0]!, ...fresh, fresh[0]!, before[1]!])).toEqual([
      false,
      ...fresh.map(() => true),
      false,
      false,
    ]);
    // Later requests are copied in bulk again.
    const later = Array.from({ length: COPY_FROM_ROWS }, () => aRow(workspace.id));
    expect((await insertEventRows(db, later)).every(Boolean)).toBe(true);
    const { n } = await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspace.id)
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(2 + 2 * COPY_FROM_ROWS);
  });
});
