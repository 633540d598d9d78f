import type { WorkspaceDocument } from '../../contract/workspaceDocument';
import type { Db } from '../../db/database';
import { listConversionPointNames } from '../analytics/conversionPointNames';
import type { WorkspaceContext } from '../context';
import type { DocumentProblem } from '../workspaceTransfer';
import { listEventNameMappings } from './eventNameMappings';

type Tracking = Pick<WorkspaceDocument, 'eventNameMappings' | 'conversionPointNames'>;

/**
 * The cross-checks of a document's tracking parts: a conversion point is named once (the table keys
 * names by conversion point, so a second name would silently win or fail the import).
 * @example problems.push(...trackingProblems(doc));
 */
export function trackingProblems(doc: Tracking): DocumentProblem[] {
  const seen = new Set<string>();
  const problems: DocumentProblem[] = [];
  doc.conversionPointNames.forEach((n, i) => {
    if (seen.has(n.conversionPoint))
      problems.push({
        path: `conversionPointNames[${i}].conversionPoint`,
        message: `duplicate conversion point ${n.conversionPoint}`,
      });
    seen.add(n.conversionPoint);
  });
  return problems;
}

/**
 * Writes a checked document's event name mappings (positions 0, 1, 2, ... in document order) and
 * conversion point names into a new workspace, inside the import's transaction; answers how many.
 */
export async function importTracking(
  trx: Db,
  workspaceId: string,
  doc: Tracking,
): Promise<{ eventNameMappings: number; conversionPointNames: number }> {
  if (doc.eventNameMappings.length)
    await trx
      .insertInto('event_name_mappings')
      .values(
        doc.eventNameMappings.map((m, position) => ({
          workspace_id: workspaceId,
          pattern: m.pattern,
          event_type: m.eventType,
          conversion_point: m.conversionPoint,
          revenue_property: m.revenueProperty,
          position,
        })),
      )
      .execute();
  if (doc.conversionPointNames.length)
    await trx
      .insertInto('conversion_point_names')
      .values(
        doc.conversionPointNames.map((n) => ({
          workspace_id: workspaceId,
          conversion_point: n.conversionPoint,
          name: n.name,
        })),
      )
      .execute();
  return {
    eventNameMappings: doc.eventNameMappings.length,
    conversionPointNames: doc.conversionPointNames.length,
  };
}

/** The workspace's event name mappings in the order they are tried, and its conversion point names. */
export async function exportTracking(ctx: WorkspaceContext): Promise<Tracking> {
  const [mappings, names] = await Promise.all([listEventNameMappings(ctx), listConversionPointNames(ctx)]);
  return {
    // No stored line means identify (the routes refuse it); the check only narrows the type.
    eventNameMappings: mappings.flatMap(({ eventType, ...m }) =>
      eventType === 'identify'
        ? []
        : [
            {
              pattern: m.pattern,
              eventType,
              conversionPoint: m.conversionPoint,
              revenueProperty: m.revenueProperty,
            },
          ],
    ),
    conversionPointNames: names,
  };
}
