import { Command } from 'commander';
import { applyRun, getApplyRun, startApplyRun } from '../../services/events/applyRuleToPastEvents';
import { getMappingSuggestions } from '../../services/events/ruleSuggestions';
import { idSchema } from '../../contract/common';
import { CliError, type CliIo } from '../io';
import {
  formatOf,
  inWorkspace,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

const SUGGESTION_COLUMNS = ['kind', 'rule', 'touchpoint', 'touchpointId', 'events', 'people'];

/** `touchpoint mapping suggest | apply`: rules for unmapped events, and applying rules to the past. */
export function mappingCommand(io: CliIo): Command {
  const mapping = new Command('mapping').description(
    'Mapping rules of tracked events: suggestions, applying rules to stored events',
  );
  mapping.addCommand(
    workspaceCommand(
      new Command('suggest').description('Rules worth writing for the unmapped events of the last 30 days'),
    ).action(async (opts: WorkspaceOptions) => {
      const format = formatOf(opts);
      const { suggestions } = await inWorkspace(opts, (ctx) => getMappingSuggestions(ctx));
      printRows(
        io.out,
        format,
        suggestions.map((s) => ({
          kind: s.kind,
          rule: Object.entries(s.conditions)
            .map(([k, v]) => `${k}=${v}`)
            .join(' '),
          touchpoint: s.touchpointName,
          touchpointId: s.touchpointId,
          events: s.events,
          people: s.people,
        })),
        SUGGESTION_COLUMNS,
      );
    }),
  );
  mapping.addCommand(
    workspaceCommand(
      new Command('apply')
        .description('Apply a rule (or, without one, all rules) to the stored events that have no touchpoint')
        .argument('[rule-id]', 'the rule; all rules when left out'),
    ).action(async (ruleId: string | undefined, opts: WorkspaceOptions) => {
      const format = formatOf(opts);
      if (ruleId !== undefined && !idSchema.safeParse(ruleId).success)
        throw new CliError(
          `"${ruleId}" is not a rule id; see \`touchpoint mapping suggest\` and the tracking screen`,
        );
      const run = await inWorkspace(opts, async (ctx) => {
        const started = unwrap(await startApplyRun(ctx, ruleId ?? null));
        await applyRun(ctx.db, { workspaceId: ctx.workspaceId, runId: started.id });
        return unwrap(await getApplyRun(ctx, started.id));
      });
      printRows(io.out, format, [run], ['id', 'status', 'done', 'total', 'mapped']);
    }),
  );
  return mapping;
}
