import type { EventType } from '../../core/events/eventVocabulary';

/** Events of the Segment Spec (and common names for them) that mean a Touchpoint event type. */
const SPEC_EVENTS: Record<string, EventType> = {
  'order completed': 'order',
  'form submitted': 'conversion',
  'lead generated': 'conversion',
};

const COMPLAINT = /\bcomplain(t|ts|ed)?\b/;
const SERVICE_REQUEST =
  /\b(service|support) (request|ticket|case)s? ?(created|opened|submitted)?\b|\bticket (created|opened|submitted)\b/;

/**
 * The Touchpoint type of a Segment `track` event by its name: the Spec's semantic events that have a
 * Touchpoint meaning, complaints and service requests where the name says so, `custom` otherwise.
 * Case, `_` and `-` do not matter (`order_completed` is what some RudderStack setups send).
 *
 * @example
 * touchpointTypeOfTrackEvent('Order Completed')      // 'order'
 * touchpointTypeOfTrackEvent('Complaint Submitted')  // 'complaint'
 * touchpointTypeOfTrackEvent('Video Played')         // 'custom'
 */
export function touchpointTypeOfTrackEvent(name: string): EventType {
  const normal = name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  const spec = SPEC_EVENTS[normal];
  if (spec) return spec;
  if (COMPLAINT.test(normal)) return 'complaint';
  if (SERVICE_REQUEST.test(normal)) return 'service_request';
  return 'custom';
}
