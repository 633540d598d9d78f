/* global console */
// Builds the browser tracker (src/tracker/tracker.ts) into dist/tracker.js, the file served at /t.js.
// Run by `npm run build:server`. Keep the options in step with src/server/trackerScript.ts.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const outfile = 'dist/tracker.js';
await build({
  entryPoints: ['src/tracker/tracker.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2017'],
  outfile,
  legalComments: 'none',
});
const code = readFileSync(outfile);
console.log(`${outfile}: ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} bytes gzipped`);
