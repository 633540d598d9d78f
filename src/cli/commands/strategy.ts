import { Command } from 'commander';
import { swotEntryInputSchema } from '../../contract/strategy';
import { listGoals } from '../../services/strategy/goals';
import { createSwotEntry, listSwotEntries } from '../../services/strategy/swotEntries';
import type { CliIo } from '../io';
import { findTouchpoint } from './touchpoints';
import {
  formatOf,
  inWorkspace,
  parseWith,
  printRows,
  unwrap,
  workspaceCommand,
  type WorkspaceOptions,
} from './workspaceCommand';

type SwotOptions = WorkspaceOptions & { touchpoint?: string; workspaceLevel?: boolean };

/** `touchpoint strategy swot list | add` and `touchpoint strategy goals list`: seed 000 section 5. */
export function strategyCommand(io: CliIo): Command {
  const strategy = new Command('strategy').description('The SWOT analysis and the macro and micro goals');
  const swot = new Command('swot').description('List and add SWOT entries');
  swot.addCommand(
    workspaceCommand(
      new Command('list')
        .description('List SWOT entries: all, one touchpoint’s, or the workspace’s own')
        .option('--touchpoint <id-or-name>', 'only the SWOT of this touchpoint')
        .option('--workspace-level', 'only the workspace’s own SWOT (no touchpoint)'),
    ).action(async (opts: SwotOptions) => {
      const format = formatOf(opts);
      const rows = await inWorkspace(opts, async (ctx) =>
        listSwotEntries(
          ctx,
          opts.touchpoint !== undefined
            ? { touchpointId: (await findTouchpoint(ctx, opts.touchpoint)).id }
            : opts.workspaceLevel
              ? { level: 'workspace' }
              : {},
        ),
      );
      printRows(io.out, format, rows, ['id', 'quadrant', 'text', 'touchpointId', 'measureId']);
    }),
  );
  swot.addCommand(
    workspaceCommand(
      new Command('add')
        .description('Add a SWOT entry; it goes last in its quadrant')
        .requiredOption('--quadrant <quadrant>', 'strengths, weaknesses, opportunities or threats')
        .requiredOption('--text <text>', 'the entry, at most 280 characters')
        .option('--touchpoint <id-or-name>', 'the touchpoint it concerns (default: the workspace)'),
    ).action(async (opts: SwotOptions & { quadrant: string; text: string }) => {
      const format = formatOf(opts);
      const entry = await inWorkspace(opts, async (ctx) => {
        const touchpointId =
          opts.touchpoint === undefined ? null : (await findTouchpoint(ctx, opts.touchpoint)).id;
        const input = parseWith(swotEntryInputSchema, {
          quadrant: opts.quadrant,
          text: opts.text,
          touchpointId,
        });
        return unwrap(await createSwotEntry(ctx, input));
      });
      printRows(io.out, format, [entry], ['id', 'quadrant', 'text', 'touchpointId']);
    }),
  );
  const goals = new Command('goals').description('List the macro and micro goals');
  goals.addCommand(
    workspaceCommand(new Command('list').description('List the goals with their KPIs and status')).action(
      async (opts: WorkspaceOptions) => {
        const format = formatOf(opts);
        const rows = await inWorkspace(opts, listGoals);
        if (format === 'json') return printRows(io.out, format, rows, []);
        const titles = new Map(rows.map((g) => [g.id, g.title]));
        printRows(
          io.out,
          format,
          rows.map((g) => ({
            ...g,
            parent: g.parentId === null ? '' : (titles.get(g.parentId) ?? ''),
            kpis: g.kpis.map((k) => k.name),
          })),
          ['id', 'level', 'title', 'category', 'parent', 'status', 'kpis', 'targetDate'],
        );
      },
    ),
  );
  // registerCommands sets up two levels; the third (strategy swot list) needs the same, or a bad option
  // would end the process instead of answering with an exit code.
  for (const leaf of [...swot.commands, ...goals.commands])
    leaf.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  strategy.addCommand(swot);
  strategy.addCommand(goals);
  return strategy;
}
