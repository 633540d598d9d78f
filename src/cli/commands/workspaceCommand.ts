import type { Command } from 'commander';
import type { z } from 'zod';
import type { DomainError, Result } from '../../core/result';
import type { WorkspaceContext } from '../../services/context';
import { CliError } from '../io';
import { resolveWorkspace, withDataDir, withDatabase } from './database';
import { parseFormat } from './options';

export interface WorkspaceOptions {
  workspace?: string;
  dataDir?: string;
  format?: string;
}

/** Adds `--workspace`, `--data-dir` and `--format json|table` to a command that works inside one workspace. */
export function workspaceCommand(cmd: Command): Command {
  return withDataDir(cmd)
    .option('--workspace <id-or-address>', 'the workspace (optional when there is only one)')
    .option('--format <format>', 'table or json', 'table');
}

/** Opens the database, resolves the workspace and runs `fn` in it as the CLI. */
export function inWorkspace<T>(
  opts: WorkspaceOptions,
  fn: (ctx: WorkspaceContext) => Promise<T>,
): Promise<T> {
  return withDatabase(opts, async (db) => fn(await resolveWorkspace(db, opts.workspace)));
}

export const formatOf = (opts: WorkspaceOptions) =>
  parseFormat(opts.format ?? 'table', ['table', 'json'] as const);

/** Parses options with the API's own schema, so the CLI accepts exactly what the API accepts. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'input';
  throw new CliError(`--${kebab(field)}: ${issue?.message ?? 'invalid'}`);
}

/** Unwraps a service result or ends with its message as the one-line reason. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CliError(describe(result.error));
}

function describe(error: DomainError): string {
  const field = typeof error.details?.field === 'string' ? ` (${error.details.field})` : '';
  return `${error.message}${field}`;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `a|b|c` or repeated options into a list. */
export const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean),
];

export function numberOption(name: string) {
  return (text: string) => {
    const n = Number(text);
    if (!Number.isFinite(n)) throw new CliError(`--${name} must be a number, not "${text}"`);
    return n;
  };
}

/** Prints rows as an aligned table or as JSON. */
export function printRows(
  out: (text: string) => void,
  format: 'table' | 'json',
  rows: Record<string, unknown>[],
  columns: string[],
): void {
  if (format === 'json') {
    out(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
  const widths = columns.map((c) => Math.min(48, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  out(`${line(columns)}\n`);
  for (const r of rows) out(`${line(columns.map((c) => cell(r[c])))}\n`);
}
