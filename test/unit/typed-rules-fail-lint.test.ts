import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: repo });

/**
 * The typed rules only see files of the TypeScript project, so each sample is linted under the path of an
 * existing file (its text replaces the file's for this lint only; nothing is written).
 */
async function ruleIds(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(repo, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const phase = `type Phase = 'attention' | 'interest' | 'action';\n`;

/** docs/architecture.md's typed rules: each sample must fail the lint step of `npm test`. */
describe('the typed lint rules', { timeout: 120_000 }, () => {
  it.each([
    [
      'a floating promise',
      'src/services/audit.ts',
      'async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n',
      '@typescript-eslint/no-floating-promises',
    ],
    [
      'a promise where a void callback is expected',
      'web/src/features/shell/LanguageSwitch.tsx',
      'export function onClick(handler: () => void): void {\n  handler();\n}\nonClick(async () => {});\n',
      '@typescript-eslint/no-misused-promises',
    ],
    [
      'a switch that misses a variant',
      'src/core/kpiStatus.ts',
      `${phase}export function label(p: Phase): string {\n  switch (p) {\n    case 'attention':\n      return 'A';\n    case 'interest':\n      return 'I';\n  }\n  return '';\n}\n`,
      '@typescript-eslint/switch-exhaustiveness-check',
    ],
    [
      'a switch whose default hides a missing variant',
      'src/core/kpiStatus.ts',
      `${phase}export function label(p: Phase): string {\n  switch (p) {\n    case 'attention':\n      return 'A';\n    default:\n      return '';\n  }\n}\n`,
      '@typescript-eslint/switch-exhaustiveness-check',
    ],
    [
      'an assertion that changes nothing',
      'src/core/kpiStatus.ts',
      'export const n = (x: number): number => (x as number) + 1;\n',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ])('%s fails (%s)', async (_name, file, source, rule) => {
    expect(await ruleIds(file, source)).toContain(rule);
  });

  it('an exhaustive switch ending in assertUnreachable passes', async () => {
    const source = `import { assertUnreachable } from './result';\n${phase}export function label(p: Phase): string {\n  switch (p) {\n    case 'attention':\n      return 'A';\n    case 'interest':\n      return 'I';\n    case 'action':\n      return 'C';\n    default:\n      return assertUnreachable(p);\n  }\n}\n`;
    expect(await ruleIds('src/core/kpiStatus.ts', source)).toEqual([]);
  });
});
