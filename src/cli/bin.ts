import { runCli } from './main';

// A server keeps the process alive by listening; every other command ends when its work is done.
process.exitCode = await runCli(process.argv.slice(2));
