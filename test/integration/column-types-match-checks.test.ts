import { join } from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { testDb } from '../support/db';

const ROOT = join(import.meta.dirname, '..', '..');
const PROBE = join(ROOT, 'src', 'db', '__column_probe__.ts');

/**
 * The value sets of check-constrained columns (`status IN ('draft', 'sent', ...)`), as the migrated
 * database declares them: `{ 'mailings.status': ['draft', 'failed', ...] }`.
 */
async function checkedColumns(): Promise<Map<string, string[]>> {
  const rows = await sql<{ table_name: string; def: string }>`
    select conrelid::regclass::text as table_name, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace`.execute(testDb());
  const columns = new Map<string, string[]>();
  for (const r of rows.rows) {
    const m = /^CHECK \(\(\(?(\w+)\)? = ANY \(ARRAY\[(.*)\]\)\)\)$/.exec(r.def);
    if (!m?.[1] || !m[2]) continue;
    const values = [...m[2].matchAll(/'((?:[^']|'')*)'::text/g)].map((v) =>
      (v[1] ?? '').replaceAll("''", "'"),
    );
    columns.set(`${r.table_name}.${m[1]}`, values.sort());
  }
  return columns;
}

/**
 * What src/db/schema.ts says a selected value of each column is: the sorted string literals of its
 * union, or `string` when it is typed as any text.
 */
function typedColumns(keys: readonly string[]): Map<string, string[] | 'string'> {
  const probe = [
    "import type { Selectable } from 'kysely';",
    "import type { Database } from './schema';",
    ...keys.map((key, i) => {
      const [table, column] = key.split('.');
      return `export declare const c${i}: Selectable<Database['${table}']>['${column}'];`;
    }),
  ].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === PROBE ? probe : readFile(f));
  host.fileExists = (f) => f === PROBE || fileExists(f);
  host.getSourceFile = (f, v, ...rest) =>
    f === PROBE ? ts.createSourceFile(f, probe, v) : getSourceFile(f, v, ...rest);
  const program = ts.createProgram([PROBE], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PROBE);
  if (!source) throw new Error('the column probe did not compile');
  const typed = new Map<string, string[] | 'string'>();
  ts.forEachChild(source, (node) => {
    if (!ts.isVariableStatement(node)) return;
    const decl = node.declarationList.declarations[0];
    if (!decl || !ts.isIdentifier(decl.name)) return;
    const key = keys[Number(decl.name.text.slice(1))];
    if (!key) return;
    const type = checker.getTypeAtLocation(decl);
    const parts = type.isUnion() ? type.types : [type];
    const literals: string[] = [];
    let anyText = false;
    for (const part of parts) {
      if (part.isStringLiteral()) literals.push(part.value);
      else if (part.flags & ts.TypeFlags.String) anyText = true;
    }
    typed.set(key, anyText ? 'string' : literals.sort());
  });
  return typed;
}

/**
 * A column the database limits to a set of values is typed as exactly that union, so the compiler
 * (not a cast such as `as Maturity`) holds what the database holds, and a migration that adds a value
 * without the type, or the other way round, fails here.
 */
describe('the column types of src/db/schema.ts', () => {
  it('are the unions the database`s check constraints allow', { timeout: 60_000 }, async () => {
    const checked = await checkedColumns();
    expect(checked.size).toBeGreaterThan(20);
    const typed = typedColumns([...checked.keys()]);
    const drift = [...checked].flatMap(([key, values]) => {
      const type = typed.get(key);
      return JSON.stringify(type) === JSON.stringify(values)
        ? []
        : [
            `${key}: the database allows ${values.join(' | ')}, schema.ts says ${JSON.stringify(type ?? 'nothing')}`,
          ];
    });
    expect(drift).toEqual([]);
  });
});
