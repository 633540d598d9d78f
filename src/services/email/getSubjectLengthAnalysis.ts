import { sql } from 'kysely';
import type { z } from 'zod';
import type { subjectLengthAnalysisSchema } from '../../contract/email';
import { addCounts, computeMailingKpis, zeroCounts } from '../../core/email/kpis';
import { SUBJECT_LENGTH_BANDS, subjectLengthBand } from '../../core/email/subjectLength';
import type { WorkspaceContext } from '../context';
import { countsOf, mailingsWithCounters } from './getMailingKpis';

/**
 * Seed 000's subject-line analysis: the sent mailings grouped by subject length band, with the open
 * and click rates of each band (counters summed over the band's mailings, then divided).
 */
export async function getSubjectLengthAnalysis(
  ctx: WorkspaceContext,
  query: { from?: string; to?: string },
): Promise<z.infer<typeof subjectLengthAnalysisSchema>> {
  let q = mailingsWithCounters(ctx.db, ctx.workspaceId)
    .where('m.sent_at', 'is not', null)
    .where('s.sent', '>', 0);
  if (query.from) q = q.where(sql`m.sent_at at time zone 'UTC'`, '>=', sql`${query.from}::date`);
  if (query.to) q = q.where(sql`m.sent_at at time zone 'UTC'`, '<', sql`${query.to}::date + 1`);
  const rows = await q.execute();
  return {
    bands: SUBJECT_LENGTH_BANDS.map((b) => {
      const inBand = rows.filter((r) => subjectLengthBand(r.subject) === b.band);
      const kpis = computeMailingKpis(inBand.map(countsOf).reduce(addCounts, zeroCounts()));
      return {
        band: b.band,
        minLength: b.min,
        maxLength: b.max,
        mailings: inBand.length,
        delivered: kpis.delivered,
        uniqueOpenRate: kpis.uniqueOpenRate,
        uniqueClickRate: kpis.uniqueClickRate,
        openRate: kpis.openRate,
        clickRate: kpis.clickRate,
      };
    }),
  };
}
