import { useCallback } from 'react';
import { eventTypes, type EventType } from '../../../src/contract/events';
import { defineMessages, type MessageShape } from './featureMessages';

// The one place that names event types for people; every feature that shows a type reads it here.
const de = {
  page_view: 'Seitenaufruf',
  identify: 'Identifiziert',
  conversion: 'Conversion',
  custom: 'Ereignis',
  email_sent: 'E-Mail versendet',
  email_open: 'E-Mail geöffnet',
  email_click: 'E-Mail-Link geklickt',
  email_bounce: 'E-Mail unzustellbar',
  email_unsubscribe: 'Newsletter abgemeldet',
  trade_fair_contact: 'Messekontakt',
  call: 'Anruf',
  meeting: 'Termin',
  order: 'Bestellung',
  quote_request: 'Angebotsanfrage',
  service_request: 'Serviceanfrage',
  complaint: 'Reklamation',
  social_interaction: 'Social-Media-Interaktion',
} satisfies Record<EventType, string>;

const en: MessageShape<typeof de> = {
  page_view: 'Page view',
  identify: 'Identified',
  conversion: 'Conversion',
  custom: 'Event',
  email_sent: 'E-mail sent',
  email_open: 'E-mail opened',
  email_click: 'E-mail link clicked',
  email_bounce: 'E-mail bounced',
  email_unsubscribe: 'Unsubscribed',
  trade_fair_contact: 'Trade fair contact',
  call: 'Call',
  meeting: 'Meeting',
  order: 'Order',
  quote_request: 'Quote request',
  service_request: 'Service request',
  complaint: 'Complaint',
  social_interaction: 'Social media interaction',
};

const useEventTypesT = defineMessages('eventTypes', de, en);

const known: ReadonlySet<string> = new Set(eventTypes);

/**
 * The readable name of an event type in the current language; a type outside `eventTypes` (stored
 * before the list changed) is shown as it is.
 *
 * @example
 * const eventTypeLabel = useEventTypeLabel();
 * eventTypeLabel('trade_fair_contact'); // 'Messekontakt'
 */
export function useEventTypeLabel(): (type: string) => string {
  const t = useEventTypesT();
  return useCallback((type: string) => (known.has(type) ? t(type as EventType) : type), [t]);
}
