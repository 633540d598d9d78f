import { assertUnreachable } from '../result';
import type { FieldCondition } from './scoringModel';

/** A value at a dotted path (`company.size`, `page.section`) of a plain object. */
export function valueAt(source: Record<string, unknown>, path: string): unknown {
  if (path in source) return source[path];
  let current: unknown = source;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const text = (v: unknown): string | null =>
  typeof v === 'string'
    ? v.trim().toLowerCase()
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : null;

const numberOf = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};

/**
 * Whether one value meets a condition. Text compares without case; a list value (a trait holding
 * several) meets equals/one_of/contains when one of its items does.
 *
 * @example meetsCondition('Software', { field: 'industry', operator: 'one_of', value: ['software', 'it'] }) // true
 */
export function meetsCondition(value: unknown, condition: FieldCondition): boolean {
  if (Array.isArray(value) && condition.operator !== 'exists')
    return value.some((item) => meetsCondition(item, condition));
  const wanted = condition.value;
  switch (condition.operator) {
    case 'exists':
      return value !== undefined && value !== null && value !== '';
    case 'equals':
      return text(value) !== null && text(value) === text(wanted);
    case 'not_equals':
      return text(value) !== text(wanted);
    case 'one_of':
      return (
        text(value) !== null &&
        (Array.isArray(wanted) ? wanted : [wanted]).some((w) => text(w) === text(value))
      );
    case 'contains': {
      const have = text(value);
      const part = text(wanted);
      return have !== null && part !== null && have.includes(part);
    }
    case 'gte': {
      const n = numberOf(value);
      const w = numberOf(wanted);
      return n !== null && w !== null && n >= w;
    }
    case 'lte': {
      const n = numberOf(value);
      const w = numberOf(wanted);
      return n !== null && w !== null && n <= w;
    }
    default:
      return assertUnreachable(condition.operator);
  }
}
