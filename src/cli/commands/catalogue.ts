import { Command } from 'commander';
import { analogTouchpoints, catalogueEntryAsJson, digitalInterfaces } from '../../core/catalogue';
import type { CliIo } from '../io';
import { parseFormat } from './options';

/** `touchpoint catalogue`: the 23 digital customer interfaces of seed 002; needs no server or database. */
export function catalogueCommand(io: CliIo): Command {
  return new Command('catalogue')
    .description('Print the catalogue of digital customer interfaces (no server or database needed)')
    .option('--format <format>', 'json or table', 'table')
    .option('--lang <lang>', 'de or en (table only)', 'de')
    .option('--analog', 'print the analog touchpoints instead')
    .action((opts: { format: string; lang: string; analog?: boolean }) => {
      const format = parseFormat(opts.format, ['json', 'table'] as const);
      const en = parseFormat(opts.lang, ['de', 'en'] as const) === 'en';
      if (opts.analog) {
        if (format === 'json') io.out(`${JSON.stringify(analogTouchpoints, null, 2)}\n`);
        else
          for (const a of analogTouchpoints)
            io.out(`${(en ? a.nameEn : a.nameDe).padEnd(32)} ${a.phases.join(', ')}\n`);
        return;
      }
      if (format === 'json') {
        io.out(`${JSON.stringify(digitalInterfaces.map(catalogueEntryAsJson), null, 2)}\n`);
        return;
      }
      io.out(`${(en ? 'Interface' : 'Schnittstelle').padEnd(40)} ${en ? 'Phases' : 'Phasen'}\n`);
      for (const d of digitalInterfaces)
        io.out(`${(en ? d.nameEn : d.name).padEnd(40)} ${d.phases.join(', ')}\n`);
    });
}
