import { zoneOffsetMs } from '../sla/zonedTime';
import type { PlanEntry } from './planEntry';

/** The columns of the editorial plan CSV; date and time are wall-clock time in the export's zone. */
export const EDITORIAL_CSV_COLUMNS = [
  'date',
  'time',
  'channel',
  'title',
  'format',
  'status',
  'persona',
  'phase',
  'owner',
  'auto_publish',
  'published_url',
  'notes',
  'id',
] as const;

export type EditorialCsvRow = Record<(typeof EDITORIAL_CSV_COLUMNS)[number], string | boolean>;

/**
 * The plan as CSV rows, in date order, with date and time read in `timeZone` (an IANA name the caller
 * has checked) so a spreadsheet shows the hour the team planned, not UTC.
 *
 * @example editorialCsvRows(entries, 'Europe/Berlin')[0] // { date: '2026-03-03', time: '09:30', channel: 'LinkedIn', … }
 */
export function editorialCsvRows(entries: readonly PlanEntry[], timeZone: string): EditorialCsvRow[] {
  return [...entries]
    .sort((a, b) => a.plannedAt.getTime() - b.plannedAt.getTime() || a.title.localeCompare(b.title))
    .map((e) => {
      const ms = e.plannedAt.getTime();
      const local = new Date(ms + zoneOffsetMs(timeZone, ms)).toISOString();
      return {
        date: local.slice(0, 10),
        time: local.slice(11, 16),
        channel: e.channel,
        title: e.title,
        format: e.format,
        status: e.status,
        persona: e.persona,
        phase: e.phase,
        owner: e.owner,
        auto_publish: e.autoPublish,
        published_url: e.publishedUrl,
        notes: e.notes,
        id: e.id,
      };
    });
}
