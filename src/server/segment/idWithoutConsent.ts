import { createHmac, randomBytes } from 'node:crypto';

/**
 * The anonymous id of a Segment message sent without consent to analytics: a keyed hash of the
 * workspace and the sender's id under a key that lives in this process's memory for one UTC day and is
 * never stored. The same person's messages of one day form one visitor, and nothing leads back to the
 * sender's id or joins them to the person's profile, today or after a later consent. Another server
 * process (or a restart) has another key: at worst one person counts as two visitors that day.
 *
 * @example
 * const idOf = idWithoutConsentFor(workspaceId);
 * idOf('anon-42') // 'nc_3f9a…' (32 hex digits), the same all day in this process
 */
export function idWithoutConsentFor(workspaceId: string, now: () => Date = () => new Date()) {
  return (senderId: string): string =>
    `nc_${createHmac('sha256', keyOfDay(now()))
      .update(`${workspaceId}\u0000${senderId}`)
      .digest('hex')
      .slice(0, 32)}`;
}

let current: { day: string; key: Buffer } | null = null;

function keyOfDay(at: Date): Buffer {
  const day = at.toISOString().slice(0, 10);
  if (current?.day !== day) current = { day, key: randomBytes(32) };
  return current.key;
}
