import { Command } from 'commander';
import { personaInputSchema } from '../../contract/personas';
import { createPersona, listPersonas } from '../../services/personas';
import type { CliIo } from '../io';
import {
  collect,
  formatOf,
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

/** `touchpoint personas list | add`: the buyer personas of a workspace. */
export function personasCommand(io: CliIo): Command {
  const personas = new Command('personas').description('List and add buyer personas');
  personas.addCommand(
    workspaceCommand(new Command('list').description('List the personas')).action(
      async (opts: WorkspaceOptions) => {
        const format = formatOf(opts);
        const rows = await inWorkspace(opts, listPersonas);
        printRows(io.out, format, rows, ['id', 'name', 'role', 'industry', 'preferredChannels']);
      },
    ),
  );
  personas.addCommand(
    workspaceCommand(
      new Command('add')
        .description('Add a persona')
        .requiredOption('--name <name>')
        .option('--role <role>')
        .option('--industry <industry>')
        .option('--company-size <size>')
        .option('--description <text>')
        .option('--needs <a|b>', 'needs, separated by | (repeatable)', collect)
        .option('--goals <a|b>', 'goals, separated by |', collect)
        .option('--pains <a|b>', 'pains, separated by |', collect)
        .option('--preferred-channels <a|b>', 'preferred channels, separated by |', collect),
    ).action(async (opts: WorkspaceOptions & Record<string, unknown>) => {
      const format = formatOf(opts);
      const { workspace: _w, dataDir: _d, format: _f, ...fields } = opts;
      const input = parseWith(personaInputSchema, fields);
      const persona = await inWorkspace(opts, async (ctx) => unwrap(await createPersona(ctx, input)));
      printRows(io.out, format, [persona], ['id', 'name', 'role', 'industry']);
    }),
  );
  return personas;
}
