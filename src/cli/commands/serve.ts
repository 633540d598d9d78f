import { Command, Option } from 'commander';
import { loadConfig } from '../../config';
import { DEFAULT_ADMIN_EMAIL } from '../../services/bootstrap';
import { startServer } from '../../runtime/start';
import { CliError, type CliIo } from '../io';
import { parsePort } from './options';

/** `touchpoint serve`: database, migrations, first-start data and the HTTP server, until SIGINT/SIGTERM. */
export function serveCommand(io: CliIo): Command {
  return new Command('serve')
    .description('Start the server (API, web app, rating pages) on the embedded PostgreSQL or DATABASE_URL')
    .addOption(new Option('--port <port>', 'HTTP port').default(undefined))
    .option('--host <host>', 'interface to listen on')
    .option('--data-dir <dir>', 'folder for the embedded PostgreSQL (default ./data)')
    .action(async (opts: { port?: string; host?: string; dataDir?: string }) => {
      const config = loadConfig(process.env, {
        ...(opts.port !== undefined && { port: parsePort(opts.port) }),
        ...(opts.host && { host: opts.host }),
        ...(opts.dataDir && { dataDir: opts.dataDir }),
      });
      io.out(
        config.databaseUrl
          ? 'Connecting to PostgreSQL (DATABASE_URL) …\n'
          : `Starting embedded PostgreSQL in ${config.dataDir} …\n`,
      );
      const server = await startServer(config, { logger: true }).catch((error: unknown) => {
        throw new CliError(`could not start: ${error instanceof Error ? error.message : String(error)}`);
      });
      const shownUrl = server.url.replace('127.0.0.1', 'localhost');
      io.out(`Touchpoint is running at ${shownUrl}  (API docs: ${shownUrl}/api/docs)\n`);
      const admin = server.bootstrap.admin;
      if (admin)
        io.out(
          admin.generated
            ? `First start: log in as ${admin.email} with the password ${admin.password}  (set TOUCHPOINT_ADMIN_PASSWORD to choose it; change it with 'touchpoint users set-password')\n`
            : `First start: log in as ${admin.email} with the password from TOUCHPOINT_ADMIN_PASSWORD\n`,
        );
      if (server.bootstrap.demoWorkspaceId)
        io.out('The demo workspace "Schmidt Dreh- und Frästechnik GmbH" is loaded.\n');
      if (!admin)
        io.out(
          `Log in with your account (the first one was ${process.env.TOUCHPOINT_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL}).\n`,
        );
      const stop = (signal: string) => {
        io.out(`\n${signal}: stopping …\n`);
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
