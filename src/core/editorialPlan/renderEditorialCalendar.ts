import ical, { ICalEventStatus } from 'ical-generator';
import type { EditorialStatus } from './editorialModel';
import type { PlanEntry } from './planEntry';

/** How long a post blocks in a calendar: it is a moment, but a zero-length event is hard to see. */
const EVENT_MINUTES = 30;

const STATUS: Record<EditorialStatus, ICalEventStatus> = {
  idea: ICalEventStatus.TENTATIVE,
  in_progress: ICalEventStatus.TENTATIVE,
  planned: ICalEventStatus.CONFIRMED,
  published: ICalEventStatus.CONFIRMED,
};

/**
 * The plan as an iCalendar feed (RFC 5545) that the team's calendars subscribe to. Times are written in
 * UTC (`DTSTART:20260303T083000Z`): the workspace has no time zone of its own, and a UTC instant needs
 * no VTIMEZONE block, so every calendar shows each post at the right moment in its reader's own zone.
 * The UID is the item's id, so a moved post moves in the calendar instead of appearing twice.
 *
 * @example renderEditorialCalendar('Schmidt GmbH', entries, 'touchpoint.example.com') // "BEGIN:VCALENDAR\r\n…"
 */
export function renderEditorialCalendar(
  workspaceName: string,
  entries: readonly PlanEntry[],
  host: string,
): string {
  const calendar = ical({
    name: `Redaktionsplan – ${workspaceName}`,
    prodId: { company: 'Touchpoint', product: 'Editorial plan', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const e of entries) {
    const description = [
      `${e.channel} · ${e.format} · ${e.status}`,
      e.persona && `Persona: ${e.persona}`,
      e.phase && `Phase: ${e.phase}`,
      e.owner && `Owner: ${e.owner}`,
      e.notes,
    ]
      .filter(Boolean)
      .join('\n');
    calendar.createEvent({
      id: `${e.id}@${host}`,
      start: e.plannedAt,
      end: new Date(e.plannedAt.getTime() + EVENT_MINUTES * 60_000),
      summary: `${e.channel}: ${e.title}`,
      description,
      status: STATUS[e.status],
      lastModified: e.updatedAt,
      stamp: e.updatedAt,
      ...(e.publishedUrl && { url: e.publishedUrl }),
    });
  }
  return calendar.toString();
}
