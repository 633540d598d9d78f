import type { Measure } from '../../../../src/contract/measures';
import type { MeasureStatus } from '../../../../src/core/model';

/** Board columns, left to right. */
export const STATUSES: readonly MeasureStatus[] = ['planned', 'in_progress', 'done', 'dropped'];

export type SortColumn = 'title' | 'owner' | 'dueDate' | 'status';
export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

/** The neighbouring column in a direction, or null at the edge. */
export function neighbourStatus(status: MeasureStatus, step: -1 | 1): MeasureStatus | null {
  return STATUSES[STATUSES.indexOf(status) + step] ?? null;
}

/**
 * Sorts measures for the list. Empty owners and due dates go last in either direction, so "what is due
 * next" is always at the top when sorting by due date ascending.
 *
 * @example sortMeasures(measures, { column: 'dueDate', direction: 'asc' }, 'de')
 */
export function sortMeasures(measures: readonly Measure[], sort: Sort, locale: string): Measure[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  const text = (a: string, b: string) => a.localeCompare(b, locale, { sensitivity: 'base' });
  const value = (m: Measure): string | number | null => {
    switch (sort.column) {
      case 'title':
        return m.title;
      case 'owner':
        return m.owner.trim() || null;
      case 'dueDate':
        return m.dueDate;
      case 'status':
        return STATUSES.indexOf(m.status);
    }
  };
  return [...measures].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? text(a.title, b.title) : va === null ? 1 : -1;
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : text(String(va), String(vb));
    return order * factor || text(a.title, b.title);
  });
}
