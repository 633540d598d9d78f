import { Command } from 'commander';
import { touchpointPatchSchema, type Touchpoint } from '../../contract/touchpoints';
import type { WorkspaceContext } from '../../services/context';
import { listPersonas } from '../../services/personas';
import {
  createTouchpoint,
  createTouchpointFromCatalogue,
  listTouchpoints,
  updateTouchpoint,
} from '../../services/touchpoints';
import { getWorkspace } from '../../services/workspaces';
import { CliError, type CliIo } from '../io';
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

/** A touchpoint by id or by its exact name (case-insensitive). */
export async function findTouchpoint(ctx: WorkspaceContext, idOrName: string): Promise<Touchpoint> {
  const all = await listTouchpoints(ctx, { includeRetired: true });
  const wanted = idOrName.trim().toLowerCase();
  const found = all.filter((t) => t.id === idOrName || t.name.toLowerCase() === wanted);
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1) throw new CliError(`${found.length} touchpoints are named "${idOrName}"; use the id`);
  throw new CliError(`no touchpoint "${idOrName}" in this workspace`);
}

async function personaIds(ctx: WorkspaceContext, names: string[] | undefined): Promise<string[] | undefined> {
  if (!names) return undefined;
  const personas = await listPersonas(ctx);
  return names.map((n) => {
    const p = personas.find((x) => x.id === n || x.name.toLowerCase() === n.toLowerCase());
    if (!p)
      throw new CliError(
        `--persona: no persona "${n}"; known: ${personas.map((x) => x.name).join(', ') || 'none'}`,
      );
    return p.id;
  });
}

async function phaseIds(ctx: WorkspaceContext, keys: string[] | undefined): Promise<string[] | undefined> {
  if (!keys) return undefined;
  const ws = await getWorkspace(ctx.db, ctx.workspaceId);
  const phases = ws?.journeyModel.phases ?? [];
  return keys.map((k) => {
    const p = phases.find((x) => x.key === k || x.id === k);
    if (!p) throw new CliError(`--phase: no phase "${k}"; known: ${phases.map((x) => x.key).join(', ')}`);
    return p.id;
  });
}

const rowOf = (t: Touchpoint) => ({
  id: t.id,
  name: t.name,
  ownership: t.ownership,
  relevance: t.relevance,
  asIs: t.current.maturity,
  customerRating: t.current.customerRating.average,
  target: t.target.maturity,
  targetRating: t.target.rating,
  impact: t.impact,
  effort: t.effort,
});
const COLUMNS = [
  'id',
  'name',
  'ownership',
  'relevance',
  'asIs',
  'customerRating',
  'target',
  'targetRating',
  'impact',
  'effort',
];

/** `touchpoint touchpoints list | add | assess | target`: the inventory, its as-is assessment and target. */
export function touchpointsCommand(io: CliIo): Command {
  const touchpoints = new Command('touchpoints').description(
    'The touchpoint inventory: list, add, assess, set targets',
  );
  touchpoints.addCommand(
    workspaceCommand(
      new Command('list').description('List the active touchpoints').option('--persona <name-or-id>'),
    ).action(async (opts: WorkspaceOptions & { persona?: string }) => {
      const format = formatOf(opts);
      const rows = await inWorkspace(opts, async (ctx) => {
        const [personaId] = (await personaIds(ctx, opts.persona ? [opts.persona] : undefined)) ?? [];
        return listTouchpoints(ctx, personaId ? { personaId } : {});
      });
      printRows(io.out, format, rows.map(rowOf), COLUMNS);
    }),
  );
  touchpoints.addCommand(
    workspaceCommand(
      new Command('add')
        .description('Add a touchpoint, from the catalogue (--catalogue website) or free (--name)')
        .option('--catalogue <key>', 'catalogue entry, see `touchpoint catalogue`')
        .option('--name <name>')
        .option('--persona <name-or-id>', 'persona it serves (repeatable, or separated by |)', collect)
        .option(
          '--phase <key>',
          'phase key of the journey model (repeatable); catalogue entries bring theirs',
          collect,
        ),
    ).action(
      async (
        opts: WorkspaceOptions & { catalogue?: string; name?: string; persona?: string[]; phase?: string[] },
      ) => {
        const format = formatOf(opts);
        if (!opts.catalogue && !opts.name) throw new CliError('give --catalogue <key> or --name <name>');
        const created = await inWorkspace(opts, async (ctx) => {
          const persons = await personaIds(ctx, opts.persona);
          const phases = await phaseIds(ctx, opts.phase);
          if (opts.catalogue)
            return unwrap(
              await createTouchpointFromCatalogue(ctx, {
                catalogueKey: opts.catalogue,
                ...(opts.name && { name: opts.name }),
                ...(persons && { personaIds: persons }),
                ...(phases && { phaseIds: phases }),
              }),
            );
          const input = parseWith(touchpointPatchSchema, {
            name: opts.name,
            personaIds: persons,
            phaseIds: phases,
          });
          return unwrap(await createTouchpoint(ctx, { ...input, name: opts.name as string }));
        });
        printRows(io.out, format, [rowOf(created)], COLUMNS);
      },
    ),
  );
  touchpoints.addCommand(
    workspaceCommand(
      new Command('assess')
        .description('Record the as-is assessment of a touchpoint')
        .argument('<touchpoint>', 'id or exact name')
        .option('--maturity <level>', 'none, minimal, good or excellent')
        .option('--notes <text>')
        .option('--relevance <1-5>', 'relevance score', numberOption('relevance'))
        .option('--impact <1-5|none>', 'expected impact; none: not yet assessed', scoreOrNone('impact'))
        .option('--effort <1-5|none>', 'effort; none: not yet assessed', scoreOrNone('effort'))
        .option('--customer-view <text>', 'the touchpoint from the customer’s point of view'),
    ).action(
      async (
        which: string,
        opts: WorkspaceOptions & {
          maturity?: string;
          notes?: string;
          relevance?: number;
          impact?: number | 'none';
          effort?: number | 'none';
          customerView?: string;
        },
      ) =>
        patchTouchpoint(io, which, opts, {
          currentMaturity: opts.maturity,
          currentNotes: opts.notes,
          relevance: opts.relevance,
          impact: assessment(opts.impact),
          effort: assessment(opts.effort),
          customerView: opts.customerView,
        }),
    ),
  );
  touchpoints.addCommand(
    workspaceCommand(
      new Command('target')
        .description('Set the target of a touchpoint and what closing its gap takes')
        .argument('<touchpoint>', 'id or exact name')
        .option('--maturity <level>', 'none, minimal, good or excellent')
        .option('--rating <1-5>', 'target customer rating', numberOption('rating'))
        .option('--description <text>')
        .option('--impact <1-5|none>', 'expected impact; none: not yet assessed', scoreOrNone('impact'))
        .option('--effort <1-5|none>', 'effort; none: not yet assessed', scoreOrNone('effort')),
    ).action(
      async (
        which: string,
        opts: WorkspaceOptions & {
          maturity?: string;
          rating?: number;
          description?: string;
          impact?: number | 'none';
          effort?: number | 'none';
        },
      ) =>
        patchTouchpoint(io, which, opts, {
          targetMaturity: opts.maturity,
          targetRating: opts.rating,
          targetDescription: opts.description,
          impact: assessment(opts.impact),
          effort: assessment(opts.effort),
        }),
    ),
  );
  return touchpoints;
}

/**
 * A 1-5 score, or `none` for "not yet assessed". The parser keeps the word: commander turns a parser's
 * null into an empty string, so {@link assessment} makes it null when the patch is built.
 */
function scoreOrNone(name: string) {
  const number = numberOption(name);
  return (text: string): number | 'none' => (text.trim().toLowerCase() === 'none' ? 'none' : number(text));
}
const assessment = (value: number | 'none' | undefined) => (value === 'none' ? null : value);

/** Changes the touchpoint named by id or name as the options say (checked like the API) and prints it. */
async function patchTouchpoint(
  io: CliIo,
  which: string,
  opts: WorkspaceOptions,
  fields: Record<string, unknown>,
): Promise<void> {
  const format = formatOf(opts);
  const patch = parseWith(touchpointPatchSchema, fields);
  const updated = await inWorkspace(opts, async (ctx) =>
    unwrap(await updateTouchpoint(ctx, (await findTouchpoint(ctx, which)).id, patch)),
  );
  printRows(io.out, format, [rowOf(updated)], COLUMNS);
}
