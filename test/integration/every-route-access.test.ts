import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/server/openapi';
import { apiAs } from '../support/app';
import { aWorkspace, type TestUser } from '../support/builders';
import { testDb } from '../support/db';

/**
 * Every workspace route there is, taken from the OpenAPI document so a new endpoint is covered the day it
 * is added: without a session it answers 401, for a member of another workspace 404, and a viewer gets
 * 403 on everything that would change something, whatever the body says.
 */

interface RouteCase {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GET';
  path: string;
}

/**
 * POSTs that only read (a funnel or segment definition is too large for a query string): viewers may
 * call them.
 */
const READS_BY_POST = new Set([
  'POST /api/v1/workspaces/{workspaceId}/analytics/funnels/run',
  'POST /api/v1/workspaces/{workspaceId}/analytics/funnels/profiles',
  'POST /api/v1/workspaces/{workspaceId}/segments/preview',
]);

let routes: RouteCase[] = [];
let workspaceId = '';
let viewer: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  const doc = (await buildDocument()) as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/workspaces/{workspaceId}'))
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .map((m) => m.toUpperCase())
        .filter((m): m is RouteCase['method'] => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(m))
        .map((method) => ({ method, path })),
    );
  const ws = await aWorkspace(testDb());
  workspaceId = ws.workspace.id;
  viewer = await ws.member('viewer');
  outsider = (await aWorkspace(testDb())).owner;
});

const urlOf = (route: RouteCase, ws: string) =>
  route.path.replace('{workspaceId}', ws).replace(/\{[^}]+\}/g, () => randomUUID());

const call = async (token: string | null, route: RouteCase, ws = workspaceId) => {
  const api = await apiAs(token);
  return api.raw({
    method: route.method,
    url: urlOf(route, ws),
    payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
  });
};

describe('every workspace route', () => {
  it('is found in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  it('answers 401 without a session', async () => {
    for (const route of routes) {
      const res = await call(null, route);
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('answers 404 to a member of another workspace, as if it did not exist', async () => {
    for (const route of routes) {
      const res = await call(outsider.token, route);
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(404);
    }
  });

  it('refuses every change to a viewer with 403, before looking at the body', async () => {
    const changes = routes.filter((r) => r.method !== 'GET' && !READS_BY_POST.has(`${r.method} ${r.path}`));
    expect(changes.length).toBeGreaterThan(20);
    for (const route of changes) {
      const res = await call(viewer.token, route);
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('lets a viewer call the POSTs that only read (the empty body is then refused as input)', async () => {
    const reads = routes.filter((r) => READS_BY_POST.has(`${r.method} ${r.path}`));
    expect(reads).toHaveLength(READS_BY_POST.size);
    for (const route of reads) {
      const res = await call(viewer.token, route);
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
