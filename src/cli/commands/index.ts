import type { Command } from 'commander';
import type { CliIo } from '../io';
import { demoCommand, migrateCommand, usersCommand } from './admin';
import { attributionCommand } from './attribution';
import { campaignsCommand } from './campaigns';
import { catalogueCommand } from './catalogue';
import { dealsCommand, pipelineCommand } from './deals';
import { editorialCommand } from './editorial';
import { emailCommand } from './email';
import { analyticsCommand } from './funnel';
import { historyCommand } from './history';
import { leadsCommand } from './leads';
import { mappingCommand } from './mapping';
import { personasCommand } from './personas';
import { measuresCommand, prioritiesCommand } from './plan';
import { quickcheckCommand } from './quickcheck';
import { segmentsCommand } from './segments';
import { serveCommand } from './serve';
import { slaCommand } from './sla';
import { strategyCommand } from './strategy';
import { touchpointsCommand } from './touchpoints';
import { exportCommand, importCommand } from './transfer';

/** Every command registers itself here; each lives in its own file under `commands/`. */
export function registerCommands(program: Command, io: CliIo): void {
  for (const command of [
    serveCommand(io),
    migrateCommand(io),
    demoCommand(io),
    exportCommand(io),
    importCommand(io),
    usersCommand(io),
    catalogueCommand(io),
    quickcheckCommand(io),
    slaCommand(io),
    attributionCommand(io),
    campaignsCommand(io),
    historyCommand(io),
    personasCommand(io),
    touchpointsCommand(io),
    prioritiesCommand(io),
    measuresCommand(io),
    emailCommand(io),
    editorialCommand(io),
    strategyCommand(io),
    mappingCommand(io),
    analyticsCommand(io),
    dealsCommand(io),
    pipelineCommand(io),
    segmentsCommand(io),
    leadsCommand(io),
  ]) {
    command
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
    for (const sub of command.commands)
      sub
        .exitOverride()
        .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
    program.addCommand(command);
  }
}
