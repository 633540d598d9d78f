import type { EventInput } from '../../contract/events';
import type { schmidtDemoDocument } from '../schmidtDemo';

/** The demo's live data: its period, its website, and the shape of its events. */

/** How many days before `now` the data starts. */
export const DEMO_LIVE_DAYS = 75;
export const SEED = 0x5c4d1d;
export const SITE = 'https://www.schmidt-drehteile.example';
/** A supplier directory where Schmidt pays for a listing (touchpoint "Einträge auf B2B-Plattformen"). */
export const DIRECTORY = 'https://www.lieferantenverzeichnis.example/';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type TouchpointRef = NonNullable<typeof schmidtDemoDocument.touchpoints>[number]['ref'];

/** An event as the demo's systems send it; `touchpointRef` names a touchpoint of the demo document. */
export type DemoEvent = EventInput & { timestamp: string; touchpointRef?: TouchpointRef };

export interface DemoLiveData {
  /** The CRM's accounts and contacts before the period, as CSV for the history import. */
  companiesCsv: string;
  contactsCsv: string;
  /** In the order they happened, all before `now`. */
  events: DemoEvent[];
  /** The issues of the newsletter, sent from the workspace's e-mail module, oldest first. */
  mailings: DemoMailing[];
}

/** A newsletter issue as the e-mail module keeps it after sending and tracking; times as ISO strings. */
export interface DemoMailing {
  name: string;
  subject: string;
  bodyHtml: string;
  sentAt: string;
  recipients: DemoRecipient[];
}

/** One recipient of a mailing with what tracking saw: opens, clicks (by link index), unsubscribing. */
export interface DemoRecipient {
  email: string;
  sentAt: string;
  opens: string[];
  clicks: { at: string; link: number }[];
  unsubscribedAt: string | null;
}
