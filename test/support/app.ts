import { afterAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config';
import { buildApp } from '../../src/server/app';
import type { App } from '../../src/server/types';
import { testDb } from './db';

let shared: Promise<App> | undefined;

/** The HTTP app in-process on the test database, one per test file. */
export function testApp(): Promise<App> {
  if (!shared) {
    const db = testDb();
    const app = buildApp({
      db,
      config: loadConfig({ TOUCHPOINT_PUBLIC_URL: 'https://touchpoint.example.com' }),
    });
    shared = app;
    afterAll(async () => {
      await (await app).close();
      shared = undefined;
    });
  }
  return shared;
}

export interface ApiClient {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  raw(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Calls the API as the holder of `token` (a session or an API token). Paths are relative to /api/v1. */
export async function apiAs(token: string | null): Promise<ApiClient> {
  const app = await testApp();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const call = (
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url: url.startsWith('/') && !url.startsWith('/api/') && !url.startsWith('/r/') ? `/api/v1${url}` : url,
      headers: { ...headers, ...extra },
      ...(body !== undefined && (typeof body === 'string' ? { payload: body } : { payload: body as object })),
    });
  return {
    get: (url) => call('GET', url),
    post: (url, body, h) => call('POST', url, body, h),
    patch: (url, body) => call('PATCH', url, body),
    put: (url, body) => call('PUT', url, body),
    delete: (url) => call('DELETE', url),
    raw: (options) => app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } }),
  };
}

/**
 * The file's test app listening on 127.0.0.1 (a free port), for clients that speak HTTP themselves;
 * resolves with its base URL. Closed with the app after the file.
 * @example const base = await listeningTestApp(); // 'http://127.0.0.1:41234'
 */
export async function listeningTestApp(): Promise<string> {
  const app = await testApp();
  if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}
