import { Command } from 'commander';
import { roleSchema } from '../../core/model';
import { createUser, findUserByEmail, roleInWorkspace, setPassword } from '../../services/accounts';
import { migrateToLatest } from '../../db/migrate';
import { schmidtDemoDocument } from '../../demo/schmidtDemo';
import { loadDemoLiveData } from '../../demo/schmidtLiveData';
import { changeMemberRole, inviteMember } from '../../services/members';
import { importWorkspaceDocument } from '../../services/workspaceTransfer';
import { CliError, type CliIo } from '../io';
import { resolveWorkspace, withDataDir, withDatabase } from './database';

export function migrateCommand(io: CliIo): Command {
  return withDataDir(
    new Command('migrate').description('Bring the database schema to the latest version'),
  ).action(async (opts: { dataDir?: string }) => {
    // Opening the database migrates it; say what is there afterwards.
    const applied = await withDatabase(opts, (db) => migrateToLatest(db));
    io.out(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n');
  });
}

export function demoCommand(io: CliIo): Command {
  return withDataDir(
    new Command('demo')
      .description(
        'Load the demo workspace "Schmidt Dreh- und Frästechnik" (again), with live data of the last weeks',
      )
      .requiredOption('--owner <email>', 'who owns it'),
  ).action(async (opts: { owner: string; dataDir?: string }) => {
    await withDatabase(opts, async (db) => {
      const owner = await findUserByEmail(db, opts.owner);
      if (!owner) throw new CliError(`no user with e-mail ${opts.owner}`);
      const result = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId: owner.id });
      if (!result.ok) throw new CliError(`the demo workspace does not load: ${result.error.message}`);
      io.out(`Loaded the demo workspace ${result.value.workspaceId}\n`);
      const live = await loadDemoLiveData(db, result.value.workspaceId);
      io.out(
        `Demo live data: ${live.events} events from ${live.from} to ${live.to}, ${live.kpiValues} computed KPI values, ${live.alerts} alerts\n`,
      );
    });
  });
}

const role = (text: string) => {
  const parsed = roleSchema.safeParse(text);
  if (!parsed.success) throw new CliError(`--role must be one of owner, editor, viewer, not "${text}"`);
  return parsed.data;
};
const password = (text: string) => {
  if (text.length < 10) throw new CliError('--password must have at least 10 characters');
  return text;
};

export function usersCommand(io: CliIo): Command {
  const users = new Command('users').description('Manage accounts and who belongs to which workspace');
  users.addCommand(
    withDataDir(new Command('list').description('List accounts with their workspaces and roles')).action(
      async (opts: { dataDir?: string }) => {
        await withDatabase(opts, async (db) => {
          const rows = await db
            .selectFrom('users')
            .leftJoin('memberships', 'memberships.user_id', 'users.id')
            .leftJoin('workspaces', 'workspaces.workspace_id', 'memberships.workspace_id')
            .select(['users.email', 'users.name', 'workspaces.slug', 'memberships.role'])
            .orderBy('users.email')
            .execute();
          for (const r of rows) io.out(`${r.email}\t${r.name}\t${r.slug ?? '-'}\t${r.role ?? '-'}\n`);
        });
      },
    ),
  );
  users.addCommand(
    withDataDir(
      new Command('add')
        .description('Create an account, optionally adding it to a workspace')
        .requiredOption('--email <email>')
        .requiredOption('--name <name>')
        .requiredOption('--password <password>')
        .option('--workspace <id-or-address>')
        .option('--role <role>', 'owner, editor or viewer', 'editor'),
    ).action(
      async (opts: {
        email: string;
        name: string;
        password: string;
        workspace?: string;
        role: string;
        dataDir?: string;
      }) => {
        const r = role(opts.role);
        if (!/^[^@\s]+@[^@\s]+$/.test(opts.email))
          throw new CliError(`--email "${opts.email}" is not an e-mail address`);
        await withDatabase(opts, async (db) => {
          const created = await createUser(db, {
            email: opts.email,
            name: opts.name,
            password: password(opts.password),
          });
          if (!created.ok) throw new CliError(created.error.message);
          if (opts.workspace) {
            const ctx = await resolveWorkspace(db, opts.workspace);
            const added = await inviteMember(ctx, { email: opts.email, role: r });
            if (!added.ok) throw new CliError(added.error.message);
          }
          io.out(`Created ${opts.email}\n`);
        });
      },
    ),
  );
  users.addCommand(
    withDataDir(
      new Command('grant')
        .description('Give an account a role in a workspace')
        .requiredOption('--email <email>')
        .requiredOption('--workspace <id-or-address>')
        .requiredOption('--role <role>'),
    ).action(async (opts: { email: string; workspace: string; role: string; dataDir?: string }) => {
      const r = role(opts.role);
      await withDatabase(opts, async (db) => {
        const ctx = await resolveWorkspace(db, opts.workspace);
        const user = await findUserByEmail(db, opts.email);
        if (!user) throw new CliError(`no user with e-mail ${opts.email}`);
        // Through the member services, so the last owner stays an owner and the history records it.
        const granted = (await roleInWorkspace(db, user.id, ctx.workspaceId))
          ? await changeMemberRole(ctx, user.id, r)
          : await inviteMember(ctx, { email: opts.email, role: r });
        if (!granted.ok) throw new CliError(granted.error.message);
        io.out(`${opts.email} is ${r} of ${opts.workspace}\n`);
      });
    }),
  );
  users.addCommand(
    withDataDir(
      new Command('set-password')
        .description('Set a new password (ends all sessions of the account)')
        .requiredOption('--email <email>')
        .requiredOption('--password <password>'),
    ).action(async (opts: { email: string; password: string; dataDir?: string }) => {
      const pw = password(opts.password);
      await withDatabase(opts, async (db) => {
        const user = await findUserByEmail(db, opts.email);
        if (!user) throw new CliError(`no user with e-mail ${opts.email}`);
        await setPassword(db, user.id, pw);
        io.out(`New password set for ${opts.email}\n`);
      });
    }),
  );
  return users;
}
