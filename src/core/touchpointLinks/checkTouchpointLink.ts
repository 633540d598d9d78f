import { err, ok, type Result } from '../result';

/** A "leads to" between two touchpoints, for all personas (`personaId` null) or one persona's journey. */
export interface LinkEnds {
  fromTouchpointId: string;
  toTouchpointId: string;
  personaId: string | null;
}

/** What a new link is checked against: the workspace's touchpoints and personas, and its links so far. */
export interface LinkSurroundings {
  touchpointIds: ReadonlySet<string>;
  personaIds: ReadonlySet<string>;
  existing: readonly LinkEnds[];
}

/**
 * Checks a new link before it is stored: both ends are touchpoints of the workspace and not the same one,
 * the persona (if any) belongs to the workspace, and the same link does not exist yet for that persona.
 * A link that closes a cycle is allowed (a customer may return to an earlier touchpoint); journeys report
 * cycles instead of refusing them.
 *
 * @example
 * checkTouchpointLink(
 *   { fromTouchpointId: fair, toTouchpointId: quote, personaId: null },
 *   { touchpointIds: new Set([fair, quote]), personaIds: new Set(), existing: [] },
 * ); // { ok: true, value: { fromTouchpointId: fair, toTouchpointId: quote, personaId: null } }
 */
export function checkTouchpointLink(link: LinkEnds, around: LinkSurroundings): Result<LinkEnds> {
  for (const field of ['fromTouchpointId', 'toTouchpointId'] as const)
    if (!around.touchpointIds.has(link[field]))
      return err('validation_failed', 'Unknown touchpoint', { field, missing: [link[field]] });
  if (link.fromTouchpointId === link.toTouchpointId)
    return err('validation_failed', 'A touchpoint cannot lead to itself', { field: 'toTouchpointId' });
  if (link.personaId !== null && !around.personaIds.has(link.personaId))
    return err('validation_failed', 'Unknown persona', { field: 'personaId', missing: [link.personaId] });
  const duplicate = around.existing.some(
    (e) =>
      e.fromTouchpointId === link.fromTouchpointId &&
      e.toTouchpointId === link.toTouchpointId &&
      e.personaId === link.personaId,
  );
  if (duplicate)
    return err('conflict', 'These touchpoints are linked already', {
      field: 'toTouchpointId',
      fromTouchpointId: link.fromTouchpointId,
      toTouchpointId: link.toTouchpointId,
    });
  return ok(link);
}
