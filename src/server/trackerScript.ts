import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type * as Esbuild from 'esbuild';

export interface TrackerScript {
  code: string;
  /** The same, gzipped once, for clients that accept it. */
  gzipped: Buffer;
  etag: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** In a checkout, next to this file's folder; absent in the bundle (dist/cli.js). */
const SOURCE = path.resolve(here, '..', 'tracker', 'tracker.ts');
/** Written by scripts/build-tracker.mjs next to the bundle. */
const BUILT = path.resolve(here, 'tracker.js');

let loaded: Promise<TrackerScript> | undefined;

/**
 * The browser tracker served at /t.js: dist/tracker.js in a build, or compiled from src/tracker with
 * esbuild when running from the sources (tests, `npm run dev`), so it never goes stale there.
 */
export function trackerScript(): Promise<TrackerScript> {
  loaded ??= (existsSync(SOURCE) ? compileFromSource() : readFile(BUILT, 'utf8')).then(
    (code) => ({
      code,
      gzipped: gzipSync(code, { level: 9 }),
      etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 20)}"`,
    }),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}

async function compileFromSource(): Promise<string> {
  // esbuild comes with the dev tools (tsx, tsup); a built server never gets here. Keep the options in
  // step with scripts/build-tracker.mjs.
  const name = 'esbuild';
  const esbuild = (await import(name)) as typeof Esbuild;
  const result = await esbuild.build({
    entryPoints: [SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2017'],
    write: false,
    legalComments: 'none',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no tracker');
  return file.text;
}
