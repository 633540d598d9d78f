import { defineConfig } from 'tsup';

// The server and CLI as one ESM file; npm dependencies stay external and load from node_modules.
export default defineConfig({
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: false,
  sourcemap: true,
  splitting: false,
});
