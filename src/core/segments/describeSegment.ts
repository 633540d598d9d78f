import { assertUnreachable } from '../result';
import {
  isGroup,
  type EventCondition,
  type SegmentCondition,
  type SegmentDefinition,
  type SegmentNode,
  type SegmentOperator,
  type SegmentValue,
} from './segmentDefinition';

export type SegmentLocale = 'de' | 'en';

const OPERATORS: Record<SegmentOperator, Record<SegmentLocale, string>> = {
  eq: { de: 'ist', en: 'is' },
  neq: { de: 'ist nicht', en: 'is not' },
  contains: { de: 'enthält', en: 'contains' },
  starts_with: { de: 'beginnt mit', en: 'starts with' },
  exists: { de: 'ist gesetzt', en: 'is set' },
  not_exists: { de: 'ist nicht gesetzt', en: 'is not set' },
  gt: { de: 'größer als', en: 'greater than' },
  gte: { de: 'mindestens', en: 'at least' },
  lt: { de: 'kleiner als', en: 'less than' },
  lte: { de: 'höchstens', en: 'at most' },
  in: { de: 'ist eines von', en: 'is one of' },
  within_days: { de: 'in den letzten … Tagen', en: 'within the last … days' },
  older_than_days: { de: 'vor mehr als … Tagen', en: 'more than … days ago' },
};

const PROFILE_FIELDS: Record<string, Record<SegmentLocale, string>> = {
  email: { de: 'E-Mail-Adresse', en: 'e-mail address' },
  email_domain: { de: 'E-Mail-Domain', en: 'e-mail domain' },
  name: { de: 'Name', en: 'name' },
  current_phase: { de: 'aktuelle Phase', en: 'current phase' },
  user_id: { de: 'Nutzer-ID', en: 'user id' },
  revenue: { de: 'Umsatz', en: 'revenue' },
  event_count: { de: 'Anzahl Ereignisse', en: 'event count' },
  first_seen_at: { de: 'zuerst gesehen', en: 'first seen' },
  last_seen_at: { de: 'zuletzt gesehen', en: 'last seen' },
};

const quote = (v: SegmentValue | undefined): string =>
  v === undefined
    ? ''
    : Array.isArray(v)
      ? v.map((x) => `„${x}“`).join(', ')
      : typeof v === 'string'
        ? `„${v}“`
        : String(v);

function comparison(op: SegmentOperator, value: SegmentValue | undefined, l: SegmentLocale): string {
  if (op === 'within_days')
    return l === 'de' ? `in den letzten ${String(value)} Tagen` : `within the last ${String(value)} days`;
  if (op === 'older_than_days')
    return l === 'de' ? `vor mehr als ${String(value)} Tagen` : `more than ${String(value)} days ago`;
  if (op === 'exists' || op === 'not_exists') return OPERATORS[op][l];
  return `${OPERATORS[op][l]} ${quote(value)}`;
}

function times(c: EventCondition, l: SegmentLocale): string {
  const n = c.times;
  if (c.frequency === 'at_least' && n === 1) return '';
  const word = {
    at_least: { de: 'mindestens', en: 'at least' },
    at_most: { de: 'höchstens', en: 'at most' },
    exactly: { de: 'genau', en: 'exactly' },
  }[c.frequency][l];
  return l === 'de' ? ` ${word} ${n}-mal` : ` ${word} ${n} ${n === 1 ? 'time' : 'times'}`;
}

function describeEvent(c: EventCondition, l: SegmentLocale): string {
  const what = [
    c.eventType ?? (l === 'de' ? 'ein Ereignis' : 'an event'),
    c.eventName !== undefined ? `„${c.eventName}“` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const where = [
    c.touchpointId !== undefined ? (l === 'de' ? 'am gewählten Touchpoint' : 'at the chosen touchpoint') : '',
    c.urlContains !== undefined
      ? l === 'de'
        ? `mit URL enthält „${c.urlContains}“`
        : `with URL containing “${c.urlContains}”`
      : '',
    c.property !== undefined
      ? `${c.property.key} ${comparison(c.property.operator, c.property.value, l)}`
      : '',
  ].filter(Boolean);
  const when =
    c.days !== undefined
      ? l === 'de'
        ? ` in den letzten ${c.days} Tagen`
        : ` within the last ${c.days} days`
      : c.from !== undefined && c.to !== undefined
        ? l === 'de'
          ? ` vom ${c.from} bis ${c.to}`
          : ` from ${c.from} to ${c.to}`
        : '';
  const verb = l === 'de' ? (c.did ? 'hat' : 'hat nicht') : c.did ? 'did' : 'did not do';
  const tail = where.length ? ` (${where.join(', ')})` : '';
  return l === 'de'
    ? `${verb} ${what}${tail}${times(c, l)}${when}`
    : `${verb} ${what}${tail}${times(c, l)}${when}`;
}

/**
 * One condition in the user's words.
 *
 * @example describeCondition({ kind: 'email', action: 'opened', lastMailings: 3 }, 'de') // 'hat die letzten 3 Mailings geöffnet'
 */
export function describeCondition(c: SegmentCondition, l: SegmentLocale): string {
  switch (c.kind) {
    case 'trait':
      return `${l === 'de' ? 'Merkmal' : 'trait'} ${c.key} ${comparison(c.operator, c.value, l)}`;
    case 'profile':
      return `${PROFILE_FIELDS[c.field]?.[l] ?? c.field} ${comparison(c.operator, c.value, l)}`;
    case 'account': {
      const field =
        c.field === 'property'
          ? `${l === 'de' ? 'Account-Eigenschaft' : 'account property'} ${c.key ?? ''}`
          : c.field === 'name'
            ? l === 'de'
              ? 'Account-Name'
              : 'account name'
            : l === 'de'
              ? 'Account-Domain'
              : 'account domain';
      return `${field} ${comparison(c.operator, c.value, l)}`;
    }
    case 'event':
      return describeEvent(c, l);
    case 'email': {
      if (c.action === 'unsubscribed')
        return l === 'de' ? 'hat sich vom Newsletter abgemeldet' : 'unsubscribed from mailings';
      const last = c.lastMailings ?? 1;
      const atLeast = c.atLeast ?? last;
      const verb =
        c.action === 'opened' ? (l === 'de' ? 'geöffnet' : 'opened') : l === 'de' ? 'geklickt' : 'clicked';
      const mailings =
        last === 1
          ? l === 'de'
            ? 'das letzte Mailing'
            : 'the last mailing'
          : l === 'de'
            ? `die letzten ${last} Mailings`
            : `the last ${last} mailings`;
      if (atLeast === last) return l === 'de' ? `hat ${mailings} ${verb}` : `${verb} ${mailings}`;
      return l === 'de'
        ? `hat mindestens ${atLeast} der letzten ${last} Mailings ${verb}`
        : `${verb} at least ${atLeast} of the last ${last} mailings`;
    }
    default:
      return assertUnreachable(c);
  }
}

const JOIN: Record<'all' | 'any' | 'not', Record<SegmentLocale, string>> = {
  all: { de: ' und ', en: ' and ' },
  any: { de: ' oder ', en: ' or ' },
  not: { de: ' oder ', en: ' or ' },
};

function describeNodes(
  kind: 'all' | 'any' | 'not',
  nodes: SegmentNode[],
  l: SegmentLocale,
  nested: boolean,
): string {
  if (nodes.length === 0)
    return kind === 'any'
      ? l === 'de'
        ? 'niemand'
        : 'no one'
      : l === 'de'
        ? 'alle Profile'
        : 'every profile';
  const parts = nodes.map((n) =>
    isGroup(n) ? describeNodes(n.kind, n.conditions, l, true) : describeCondition(n, l),
  );
  const joined = parts.join(JOIN[kind][l]);
  if (kind === 'not') return `${l === 'de' ? 'nicht' : 'not'} (${joined})`;
  return nested && parts.length > 1 ? `(${joined})` : joined;
}

/**
 * The whole definition as one sentence in German or English, for lists, previews and history.
 *
 * @example
 * describeSegment({ version: 1, kind: 'all', conditions: [{ kind: 'email', action: 'unsubscribed' }] }, 'en')
 * // 'unsubscribed from mailings'
 */
export function describeSegment(definition: SegmentDefinition, l: SegmentLocale): string {
  return describeNodes(definition.kind, definition.conditions, l, false);
}
