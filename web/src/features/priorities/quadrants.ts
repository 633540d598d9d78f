import type { Quadrant } from '../../../../src/core/prioritisation/prioritise';

/** Quick wins first, as the method reads the matrix. */
export const QUADRANTS: readonly Quadrant[] = ['quick_win', 'major_project', 'fill_in', 'thankless_task'];

/** Dots reach 3:1 against white; labels on the tints reach 4.5:1. */
export const QUADRANT_COLOURS: Record<Quadrant, { dot: string; tint: string; text: string }> = {
  quick_win: { dot: '#15803d', tint: 'rgba(22, 163, 74, 0.10)', text: '#14532d' },
  major_project: { dot: '#1d4ed8', tint: 'rgba(37, 99, 235, 0.08)', text: '#1e3a8a' },
  fill_in: { dot: '#6b7280', tint: 'rgba(107, 114, 128, 0.08)', text: '#374151' },
  thankless_task: { dot: '#b91c1c', tint: 'rgba(220, 38, 38, 0.07)', text: '#7f1d1d' },
};
