import { z } from 'zod';

/**
 * The four quadrants of the SWOT analysis (seed 000 section 5: "SWOT-Analyse der internen und externen
 * Bedingungen"): strengths and weaknesses describe the company itself, opportunities and threats its
 * surroundings.
 */
export const swotQuadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export const swotQuadrantSchema = z.enum(swotQuadrants);
export type SwotQuadrant = z.infer<typeof swotQuadrantSchema>;

export type SwotSide = 'internal' | 'external';

/** A SWOT entry is a short note a workshop writes on a card, not a document. */
export const SWOT_TEXT_MAX = 280;

/**
 * Whether a quadrant looks at the company (internal) or at its market (external).
 * @example swotSide('threats') // 'external'
 */
export function swotSide(quadrant: SwotQuadrant): SwotSide {
  return quadrant === 'strengths' || quadrant === 'weaknesses' ? 'internal' : 'external';
}
