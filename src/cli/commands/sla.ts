import { Command, Option } from 'commander';
import {
  addBusinessHours,
  buildBusinessCalendar,
  defaultBusinessHours,
  formatZonedIso,
  maxBusinessHours,
  parseIsoInstant,
} from '../../core/sla';
import { CliError, type CliIo } from '../io';

interface DeadlineOptions {
  start: string;
  hours: string;
  region: string;
  format: 'text' | 'json';
}

function parseHours(text: string): number {
  const hours = /^(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text) : NaN;
  if (!(hours <= maxBusinessHours))
    throw new CliError(
      `--hours must be a number of business hours from 0 to ${maxBusinessHours} (e.g. 8 or 1.5), not "${text}"`,
    );
  return hours;
}

async function deadline(io: CliIo, options: DeadlineOptions): Promise<void> {
  const start = parseIsoInstant(options.start);
  if (!start.ok) throw new CliError(`--start: ${start.error.message}`);
  const hours = parseHours(options.hours);
  // Loaded here, not at the top: the holiday rules of every country take a moment to load.
  const { germanPublicHolidays, parseGermanRegion } = await import('../../core/sla/germanPublicHolidays');
  const region = parseGermanRegion(options.region);
  if (!region.ok) throw new CliError(`--region: ${region.error.message}`);
  const calendar = buildBusinessCalendar(defaultBusinessHours, germanPublicHolidays(region.value));
  if (!calendar.ok) throw new Error(`The default business calendar is invalid: ${calendar.error.message}`);
  const due = addBusinessHours(start.value, hours, calendar.value);
  if (!due.ok)
    throw new CliError(`--${due.error.details?.field === 'start' ? 'start' : 'hours'}: ${due.error.message}`);
  const timeZone = calendar.value.timeZone;
  const iso = formatZonedIso(due.value.getTime(), timeZone);
  if (options.format === 'json') {
    io.out(`${JSON.stringify({ deadline: iso })}\n`);
    return;
  }
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }).format(due.value);
  io.out(`${iso} (${weekday}, ${timeZone})\n`);
}

/**
 * `touchpoint sla deadline`: when a lead handed over at `--start` must be accepted or rejected, after
 * `--hours` business hours (Monday to Friday 09:00-17:00 Europe/Berlin without the public holidays of
 * `--region`). Needs no server or database.
 * @example touchpoint sla deadline --start 2026-12-23T16:00:00+01:00 --hours 8 --region DE-BY --format json
 */
export function slaCommand(io: CliIo): Command {
  const sla = new Command('sla').description(
    'The SLA clock: business hours for lead handover (no server or database needed)',
  );
  sla.addCommand(
    new Command('deadline')
      .description('The instant at which a number of business hours have passed since a start')
      .requiredOption('--start <time>', 'ISO 8601 time with offset, e.g. 2026-12-23T16:00:00+01:00')
      .requiredOption('--hours <hours>', 'business hours, e.g. 8 or 1.5')
      .option('--region <region>', 'public holidays of DE or one state, e.g. DE-BY', 'DE')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action((options: DeadlineOptions) => deadline(io, options)),
  );
  return sla;
}
