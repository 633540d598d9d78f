/** Why a campaign has no return on investment: no cost entered, or a cost of 0 (nothing to divide by). */
export type RoiGap = 'no_cost' | 'zero_cost';

export interface CampaignReturn {
  /** (revenue - cost) / cost; null with a reason when there is no cost to divide by. */
  roi: number | null;
  /** cost / conversions; null without cost or without conversions. */
  costPerConversion: number | null;
  gap: RoiGap | null;
}

/**
 * Return on investment of one campaign from its cost (EUR, null when none was entered) and the
 * conversions and revenue attributed to it. Never Infinity or NaN: what cannot be divided is null.
 * @example campaignReturn(1000, 4, 2500) // { roi: 1.5, costPerConversion: 250, gap: null }
 */
export function campaignReturn(cost: number | null, conversions: number, revenue: number): CampaignReturn {
  if (cost === null) return { roi: null, costPerConversion: null, gap: 'no_cost' };
  const costPerConversion = conversions > 0 ? cost / conversions : null;
  if (cost === 0) return { roi: null, costPerConversion, gap: 'zero_cost' };
  return { roi: (revenue - cost) / cost, costPerConversion, gap: null };
}
