import {
  MAX_SEGMENT_CONDITIONS,
  MAX_SEGMENT_DAYS,
  MAX_SEGMENT_DEPTH,
  dateOperators,
  isGroup,
  numberOperators,
  profileDateFields,
  profileNumberFields,
  textOperators,
  type SegmentCondition,
  type SegmentDefinition,
  type SegmentNode,
  type SegmentOperator,
  type SegmentValue,
} from './segmentDefinition';

/** A rule a definition breaks, at the path of the field (as zod names paths: keys and indexes). */
export interface SegmentIssue {
  path: (string | number)[];
  message: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDay = (v: unknown): v is string =>
  typeof v === 'string' && ISO_DAY.test(v) && !Number.isNaN(Date.parse(v));

type FieldType = 'text' | 'number' | 'date';

function fieldTypeOf(condition: SegmentCondition): FieldType {
  if (condition.kind !== 'profile') return 'text';
  if ((profileNumberFields as readonly string[]).includes(condition.field)) return 'number';
  if ((profileDateFields as readonly string[]).includes(condition.field)) return 'date';
  return 'text';
}

const operatorsOf: Record<FieldType, readonly SegmentOperator[]> = {
  text: textOperators,
  number: numberOperators,
  date: dateOperators,
};

/** What an operator needs as its value, or null when it is right. */
function valueProblem(
  type: FieldType,
  operator: SegmentOperator,
  value: SegmentValue | undefined,
): string | null {
  if (operator === 'exists' || operator === 'not_exists')
    return value === undefined ? null : `must be left out for ${operator}`;
  if (value === undefined) return `is required for ${operator}`;
  if (operator === 'in')
    return Array.isArray(value) && value.length > 0 ? null : 'must be a list of at least one text for in';
  if (Array.isArray(value)) return `a list only goes with in`;
  if (operator === 'within_days' || operator === 'older_than_days')
    return Number.isInteger(value) && typeof value === 'number' && value >= 1 && value <= MAX_SEGMENT_DAYS
      ? null
      : `must be a whole number of days from 1 to ${MAX_SEGMENT_DAYS}`;
  if (type === 'date') return isIsoDay(value) ? null : 'must be a day (YYYY-MM-DD)';
  if (type === 'number') return typeof value === 'number' ? null : 'must be a number';
  if (operator === 'contains' || operator === 'starts_with')
    return typeof value === 'string' && value.length > 0 ? null : `must be a non-empty text for ${operator}`;
  if (operator === 'gt' || operator === 'gte' || operator === 'lt' || operator === 'lte')
    return typeof value === 'boolean' ? 'must be a number or a text to compare with' : null;
  return null;
}

function checkOperator(
  type: FieldType,
  operator: SegmentOperator,
  value: SegmentValue | undefined,
  path: (string | number)[],
): SegmentIssue[] {
  const allowed = operatorsOf[type];
  if (!allowed.includes(operator))
    return [{ path: [...path, 'operator'], message: `must be one of ${allowed.join(', ')} for this field` }];
  const problem = valueProblem(type, operator, value);
  return problem ? [{ path: [...path, 'value'], message: problem }] : [];
}

function checkCondition(c: SegmentCondition, path: (string | number)[]): SegmentIssue[] {
  switch (c.kind) {
    case 'trait':
    case 'profile':
      return checkOperator(fieldTypeOf(c), c.operator, c.value, path);
    case 'account': {
      const issues = checkOperator('text', c.operator, c.value, path);
      if (c.field === 'property' && c.key === undefined)
        issues.push({ path: [...path, 'key'], message: 'names the property, required for field property' });
      if (c.field !== 'property' && c.key !== undefined)
        issues.push({ path: [...path, 'key'], message: 'only goes with field property' });
      return issues;
    }
    case 'event': {
      const issues: SegmentIssue[] = [];
      if (c.property)
        issues.push(...checkOperator('text', c.property.operator, c.property.value, [...path, 'property']));
      if (c.days !== undefined && (c.from !== undefined || c.to !== undefined))
        issues.push({ path: [...path, 'days'], message: 'either days or from/to, not both' });
      if ((c.from === undefined) !== (c.to === undefined))
        issues.push({
          path: [...path, c.from === undefined ? 'from' : 'to'],
          message: 'from and to go together',
        });
      if (c.from !== undefined && c.to !== undefined && c.from > c.to)
        issues.push({ path: [...path, 'from'], message: 'must not be after to' });
      if (c.frequency === 'at_least' && c.times < 1)
        issues.push({ path: [...path, 'times'], message: 'at least 0 times always holds: use 1 or more' });
      return issues;
    }
    case 'email': {
      if (c.action === 'unsubscribed')
        return c.lastMailings !== undefined || c.atLeast !== undefined
          ? [
              {
                path: [...path, c.lastMailings !== undefined ? 'lastMailings' : 'atLeast'],
                message: 'does not go with unsubscribed',
              },
            ]
          : [];
      const last = c.lastMailings ?? 1;
      return c.atLeast !== undefined && c.atLeast > last
        ? [{ path: [...path, 'atLeast'], message: `must not exceed lastMailings (${last})` }]
        : [];
    }
    default:
      // The zod schema keeps other kinds out; a definition typed elsewhere still learns its field.
      return [{ path: [...path, 'kind'], message: 'unknown condition kind' }];
  }
}

function walk(
  nodes: SegmentNode[],
  path: (string | number)[],
  depth: number,
  issues: SegmentIssue[],
  counter: { leaves: number },
): void {
  nodes.forEach((node, i) => {
    const at = [...path, 'conditions', i];
    if (isGroup(node)) {
      if (depth + 1 > MAX_SEGMENT_DEPTH)
        issues.push({ path: at, message: `groups nest at most ${MAX_SEGMENT_DEPTH} deep` });
      else if (node.conditions.length === 0)
        issues.push({ path: [...at, 'conditions'], message: 'a group needs a condition' });
      else walk(node.conditions, at, depth + 1, issues, counter);
      return;
    }
    counter.leaves += 1;
    issues.push(...checkCondition(node, at));
  });
}

/**
 * The rules of a definition the schema's field types cannot hold: operators that fit the field, values
 * that fit the operator, ranges the right way round, the depth and the number of conditions. Empty when
 * the definition is fine. Paths are relative to the definition.
 *
 * @example
 * checkSegmentDefinition({ version: 1, kind: 'all', conditions: [{ kind: 'profile', field: 'revenue', operator: 'contains', value: 'x' }] })
 * // [{ path: ['conditions', 0, 'operator'], message: 'must be one of eq, neq, gt, gte, lt, lte for this field' }]
 */
export function checkSegmentDefinition(definition: SegmentDefinition): SegmentIssue[] {
  const issues: SegmentIssue[] = [];
  const counter = { leaves: 0 };
  walk(definition.conditions, [], 1, issues, counter);
  if (counter.leaves > MAX_SEGMENT_CONDITIONS)
    issues.push({
      path: ['conditions'],
      message: `at most ${MAX_SEGMENT_CONDITIONS} conditions, found ${counter.leaves}`,
    });
  return issues;
}
