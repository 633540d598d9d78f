import { Command } from 'commander';
import { stageChangeBodySchema } from '../../contract/lifecycle';
import { leadListQuery } from '../../contract/scoring';
import { changeStage } from '../../services/lifecycle/changeStage';
import { getProfileScore } from '../../services/scoring/getProfileScore';
import { listLeads } from '../../services/scoring/listLeads';
import type { CliIo } from '../io';
import {
  formatOf,
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

interface ListOptions extends WorkspaceOptions {
  stage?: string;
  minScore?: string;
  owner?: string;
  limit?: string;
}

/**
 * `touchpoint leads list | score | stage`: scored people, one person's explained score, and moving a
 * person to a lifecycle stage (recorded with cause `person` and the actor `CLI`).
 * @example touchpoint leads list --stage mql --min-score 50
 * @example touchpoint leads stage <profile-id> --to sal --reason "Called, wants an offer"
 */
export function leadsCommand(io: CliIo): Command {
  const leads = new Command('leads').description('Lead scores and lifecycle stages');
  leads.addCommand(
    workspaceCommand(
      new Command('list')
        .description('Scored people, best first')
        .option('--stage <key>', 'only this lifecycle stage')
        .option('--min-score <n>', 'only scores at or above n')
        .option('--owner <user-id>', 'only leads owned by this user')
        .option('--limit <n>', 'how many (1-200)', '50'),
    ).action(async (opts: ListOptions) => {
      const format = formatOf(opts);
      const query = parseWith(leadListQuery, {
        stage: opts.stage,
        minScore: opts.minScore,
        owner: opts.owner,
        limit: opts.limit,
      });
      const page = await inWorkspace(opts, async (ctx) => unwrap(await listLeads(ctx, query)));
      printRows(io.out, format, page.items, [
        'profileId',
        'name',
        'companyName',
        'stage',
        'score',
        'fit',
        'engagement',
        'trend',
      ]);
    }),
  );
  leads.addCommand(
    workspaceCommand(
      new Command('score').description("A person's score and what gave it").argument('<profile-id>'),
    ).action(async (profileId: string, opts: WorkspaceOptions) => {
      const format = formatOf(opts);
      const score = await inWorkspace(opts, async (ctx) => unwrap(await getProfileScore(ctx, profileId)));
      if (format === 'json') {
        io.out(`${JSON.stringify(score, null, 2)}\n`);
        return;
      }
      io.out(
        `Score ${score.total} (fit ${score.fit}, engagement ${score.engagement}), stage ${score.stage}\n`,
      );
      printRows(io.out, 'table', score.lines, ['ruleName', 'kind', 'points', 'count', 'capped']);
    }),
  );
  leads.addCommand(
    workspaceCommand(
      new Command('stage')
        .description('Move a person to a lifecycle stage')
        .argument('<profile-id>')
        .requiredOption('--to <key>', 'the stage key (sal, sql, customer, disqualified, …)')
        .option('--reason <text>', 'why (needed for backwards, recycled and disqualified)', ''),
    ).action(async (profileId: string, opts: WorkspaceOptions & { to: string; reason: string }) => {
      const format = formatOf(opts);
      const body = parseWith(stageChangeBodySchema, { stage: opts.to, reason: opts.reason });
      const changed = await inWorkspace(opts, async (ctx) => unwrap(await changeStage(ctx, profileId, body)));
      printRows(
        io.out,
        format,
        [{ profileId: changed.profileId, stage: changed.stage, from: changed.entry?.from ?? changed.stage }],
        ['profileId', 'from', 'stage'],
      );
    }),
  );
  return leads;
}
