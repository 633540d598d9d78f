import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { CliError, processIo, type CliIo } from './io';
import { registerCommands } from './commands';

/** Builds the `touchpoint` program. Commands write through `io` so tests can run them in-process. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('touchpoint')
    .description('Touchpoint: Customer Journey & Touchpoint Management')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  registerCommands(program, io);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.err(`touchpoint: ${error.message.replace(/^error: /, '')}\n`);
      return error.exitCode || 1;
    }
    if (error instanceof ConfigError) {
      io.err(`touchpoint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`touchpoint: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
