import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of docs/architecture.md, held by the linter: an import that runs against them fails `npm test`.
 * Each entry names the folders a layer must not import, matched on the import's path.
 */
const up = (folders) => new RegExp(`^(\\.\\./)+(${folders.join('|')})(/|$)`).source;
const layers = [
  {
    files: ['src/core/**/*.ts'],
    regex: up([
      'contract',
      'services',
      'server',
      'cli',
      'jobs',
      'db',
      'demo',
      'runtime',
      'config',
      'tracker',
    ]),
    message: 'The core is pure domain rules: it imports nothing of the application.',
  },
  {
    files: ['src/contract/**/*.ts'],
    regex: up(['services', 'server', 'cli', 'jobs', 'db', 'demo', 'runtime', 'config', 'tracker']),
    message: 'The contract imports only the core (the web app uses it too).',
  },
  {
    files: ['src/services/**/*.ts', 'src/db/**/*.ts', 'src/demo/**/*.ts'],
    regex: up(['server', 'cli', 'jobs', 'runtime']),
    message: 'Services know no adapter: HTTP, CLI and jobs call them, not the other way round.',
  },
  {
    files: ['src/server/**/*.ts'],
    regex: up(['cli', 'jobs', 'runtime']),
    message: 'Adapters never import each other; src/runtime wires them together.',
  },
  {
    files: ['src/cli/**/*.ts'],
    regex: up(['server', 'jobs']),
    message: 'Adapters never import each other; the CLI starts the server through src/runtime.',
  },
  {
    files: ['src/jobs/**/*.ts'],
    regex: up(['server', 'cli', 'runtime']),
    message: 'Adapters never import each other; src/runtime wires them together.',
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    regex: '(^|/)src/(services|server|cli|jobs|db|demo|runtime|config|tracker)(/|$)',
    message: 'The web app speaks to the server through the contract (src/contract) and the core only.',
  },
];

const typed = ['src/**/*.ts', 'web/src/**/*.{ts,tsx}', 'test/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: typed,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  ...layers.map(({ files, regex, message }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
  })),
);
