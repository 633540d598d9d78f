import { Command } from 'commander';
import { measureInputSchema } from '../../contract/measures';
import { listPersonas } from '../../services/personas';
import { getPriorities } from '../../services/priorities';
import { createMeasure, listMeasures, updateMeasure } from '../../services/measures';
import { CliError, type CliIo } from '../io';
import { findTouchpoint } from './touchpoints';
import {
  collect,
  formatOf,
  inWorkspace,
  numberOption,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

/** `touchpoint priorities`: gaps, scores, quick wins first, and the Pareto set. */
export function prioritiesCommand(io: CliIo): Command {
  return workspaceCommand(
    new Command('priorities')
      .description('Rank the touchpoints: quick wins first, then by priority score')
      .option('--persona <name-or-id>'),
  ).action(async (opts: WorkspaceOptions & { persona?: string }) => {
    const format = formatOf(opts);
    const report = await inWorkspace(opts, async (ctx) => {
      let personaId: string | undefined;
      if (opts.persona) {
        const personas = await listPersonas(ctx);
        personaId = personas.find(
          (p) => p.id === opts.persona || p.name.toLowerCase() === opts.persona?.toLowerCase(),
        )?.id;
        if (!personaId) throw new CliError(`--persona: no persona "${opts.persona}"`);
      }
      return getPriorities(ctx, personaId ? { personaId } : {});
    });
    if (format === 'json') {
      io.out(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    const key = new Set(report.pareto.filter((p) => p.key).map((p) => p.id));
    printRows(
      io.out,
      'table',
      report.touchpoints.map((t, i) => ({ rank: i + 1, ...t, pareto: key.has(t.id) ? 'key' : '' })),
      ['rank', 'name', 'priorityScore', 'maturityGap', 'ratingGap', 'quadrant', 'quickWin', 'pareto'],
    );
    if (report.notAssessed.length)
      io.out(
        `\nNot ranked, impact and effort not yet assessed (${report.notAssessed.length}): ${report.notAssessed
          .map((t) => t.name)
          .join(', ')}\n`,
      );
  });
}

/** `touchpoint measures list | add | set-status`: the action plan. */
export function measuresCommand(io: CliIo): Command {
  const measures = new Command('measures').description('The action plan: list, add, change status');
  const columns = ['id', 'title', 'owner', 'dueDate', 'status', 'effort', 'expectedImpact', 'overdue'];
  measures.addCommand(
    workspaceCommand(new Command('list').description('List the measures').option('--status <status>')).action(
      async (opts: WorkspaceOptions & { status?: string }) => {
        const format = formatOf(opts);
        const filter = parseWith(measureInputSchema.pick({ status: true }), { status: opts.status });
        printRows(io.out, format, await inWorkspace(opts, (ctx) => listMeasures(ctx, filter)), columns);
      },
    ),
  );
  measures.addCommand(
    workspaceCommand(
      new Command('add')
        .description('Add a measure')
        .requiredOption('--title <title>')
        .option('--touchpoint <id-or-name>', 'touchpoint it concerns (repeatable)', collect)
        .option('--owner <name>')
        .option('--due <date>', 'due date, YYYY-MM-DD')
        .option('--effort <1-5>', 'effort', numberOption('effort'))
        .option('--impact <1-5>', 'expected impact', numberOption('impact'))
        .option('--description <text>'),
    ).action(
      async (
        opts: WorkspaceOptions & {
          title: string;
          touchpoint?: string[];
          owner?: string;
          due?: string;
          effort?: number;
          impact?: number;
          description?: string;
        },
      ) => {
        const format = formatOf(opts);
        const created = await inWorkspace(opts, async (ctx) => {
          const touchpointIds = [];
          for (const t of opts.touchpoint ?? []) touchpointIds.push((await findTouchpoint(ctx, t)).id);
          const input = parseWith(measureInputSchema, {
            title: opts.title,
            touchpointIds,
            owner: opts.owner,
            dueDate: opts.due,
            effort: opts.effort,
            expectedImpact: opts.impact,
            description: opts.description,
          });
          return unwrap(await createMeasure(ctx, input));
        });
        printRows(io.out, format, [created], columns);
      },
    ),
  );
  measures.addCommand(
    workspaceCommand(
      new Command('set-status')
        .description('Change the status of a measure')
        .argument('<measure-id>')
        .argument('<status>', 'planned, in_progress, done or dropped'),
    ).action(async (id: string, status: string, opts: WorkspaceOptions) => {
      const format = formatOf(opts);
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new CliError(`"${id}" is not a measure id; see \`touchpoint measures list\``);
      const patch = parseWith(measureInputSchema.pick({ status: true }), { status });
      const updated = await inWorkspace(opts, async (ctx) => unwrap(await updateMeasure(ctx, id, patch)));
      printRows(io.out, format, [updated], columns);
    }),
  );
  return measures;
}
