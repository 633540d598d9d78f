/** The columns of an event that sessionisation reads (a processor batch's events have them all). */
export interface WebEvent {
  type: string;
  name: string | null;
  occurred_at: Date;
  anonymous_id: string | null;
  user_id: string | null;
  session_id: string | null;
  channel_class: string | null;
}

/**
 * A web visitor is a browser (its anonymous id), or the user when a server sends page views.
 *
 * @example visitorIdOf({ anonymous_id: null, user_id: 'u-1' }) // 'user:u-1'
 */
export function visitorIdOf(e: Pick<WebEvent, 'anonymous_id' | 'user_id'>): string | null {
  return e.anonymous_id ?? (e.user_id === null ? null : `user:${e.user_id}`);
}

/**
 * The conversion point of a conversion event: its name, as the tracking snippet sends it.
 *
 * @example conversionPointOf({ name: null }) // 'conversion'
 */
export function conversionPointOf(e: Pick<WebEvent, 'name'>): string {
  return e.name ?? 'conversion';
}
