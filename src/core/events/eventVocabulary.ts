import { z } from 'zod';

/**
 * What can happen at a touchpoint. A closed list so reports can rely on it; anything else is a
 * `custom` event with a `name`. The vocabulary of the domain, so it lives in the core: the KPI formulas
 * and the channel rules speak it, and the API contract builds its event schemas from it.
 */
export const eventTypes = [
  'page_view',
  'identify',
  'conversion',
  'custom',
  'email_sent',
  'email_open',
  'email_click',
  'email_bounce',
  'email_unsubscribe',
  'trade_fair_contact',
  'call',
  'meeting',
  'order',
  'quote_request',
  'service_request',
  'complaint',
  'social_interaction',
] as const;
export const eventTypeSchema = z.enum(eventTypes);
export type EventType = z.infer<typeof eventTypeSchema>;

/** Owned, earned and paid media (seed 001, step 3): who controls the channel a touch came through. */
export const channelClassSchema = z.enum(['owned', 'earned', 'paid']);
export type ChannelClass = z.infer<typeof channelClassSchema>;
