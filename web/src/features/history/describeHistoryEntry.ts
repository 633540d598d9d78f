import { maturityCriteria } from '../../../../src/core/catalogue';
import type { FeatureT, MessageKey } from '../../i18n/featureMessages';
import type { HistoryMessages } from './messages';

export type EnumGroup = 'medium' | 'directness' | 'ownership' | 'phaseClass' | 'checklistKind' | 'maturity';

/** What the description needs from the screen: texts, the language, and names of ids known now. */
export interface HistoryWords {
  t: FeatureT<HistoryMessages>;
  enumLabel: (group: EnumGroup, value: string) => string;
  lang: 'de' | 'en';
  /** The current name of a phase or persona id, for entries that stored no names. */
  nameOf: (id: string) => string | undefined;
}

export interface HistoryEntryLike {
  action: string;
  changes: Record<string, unknown>;
}

const enumFields: Record<string, EnumGroup> = {
  medium: 'medium',
  directness: 'directness',
  ownership: 'ownership',
  phaseClass: 'phaseClass',
  checklistKind: 'checklistKind',
  currentMaturity: 'maturity',
  targetMaturity: 'maturity',
  maturity: 'maturity',
};
const scoreFields = new Set(['relevance', 'impact', 'effort', 'targetRating']);
const longTextLimit = 60;

function fieldName(field: string, words: HistoryWords): string {
  const key = `fields.${field}` as MessageKey<HistoryMessages>;
  const text = words.t(key);
  return text === key || text === `history:${key}` ? field : text;
}

type Labels = Record<string, { de: string; en: string }> | undefined;

function valueText(field: string, value: unknown, words: HistoryWords, labels?: Labels): string {
  const { t } = words;
  const group = enumFields[field];
  if (group) return value === null ? words.enumLabel(group, 'none') : words.enumLabel(group, String(value));
  if (scoreFields.has(field)) return value === null || value === undefined ? t('notAssessed') : String(value);
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('none');
    return value
      .map((id) => {
        const key = String(id);
        return labels?.[key]?.[words.lang] ?? words.nameOf(key) ?? t('unknown');
      })
      .join(', ');
  }
  if (value === null || value === undefined || value === '') return t('empty');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `„${text.length > longTextLimit ? `${text.slice(0, longTextLimit)}…` : text}“`;
}

interface StoredChange {
  field: string;
  before: unknown;
  after: unknown;
  labels?: Labels;
}

function isStoredChange(value: unknown): value is StoredChange {
  return (
    typeof value === 'object' && value !== null && typeof (value as { field?: unknown }).field === 'string'
  );
}

/**
 * An entry of the history in the user's words: the action and one line per detail, e.g.
 * "Aufwand: 3 → 2" or "Bewertung durch Kundschaft: 4 Sterne". Entries written before the history kept
 * old values name the fields they touched.
 *
 * @example
 * describeHistoryEntry({ action: 'updated', changes: { changed: [{ field: 'effort', before: 3, after: 2 }] } }, words);
 * // { title: 'geändert', lines: ['Aufwand: 3 → 2'] }
 */
export function describeHistoryEntry(
  entry: HistoryEntryLike,
  words: HistoryWords,
): { title: string; lines: string[] } {
  const { t } = words;
  const key = `actions.${entry.action}` as MessageKey<HistoryMessages>;
  const known = t(key);
  const title = known === key || known === `history:${key}` ? entry.action : known;
  const c = entry.changes;
  const lines = ((): string[] => {
    switch (entry.action) {
      case 'updated':
      case 'update': {
        if (Array.isArray(c.changed)) {
          const changed = c.changed.filter(isStoredChange);
          if (changed.length === 0) return [t('nothingChanged')];
          return changed.map((change) =>
            t('change', {
              field: fieldName(change.field, words),
              before: valueText(change.field, change.before, words, change.labels),
              after: valueText(change.field, change.after, words, change.labels),
            }),
          );
        }
        const fields = Object.keys(c);
        return fields.length
          ? [t('changedFields', { fields: fields.map((f) => fieldName(f, words)).join(', ') })]
          : [];
      }
      case 'rated': {
        const by = c.source === 'customer' ? t('ratedBy.customer') : t('ratedBy.employee');
        return typeof c.score === 'number' ? [`${by}: ${t('stars', { count: c.score })}`] : [];
      }
      case 'criterion_checked':
      case 'criterion_unchecked': {
        const criterion = maturityCriteria.find((m) => m.key === c.criterionKey);
        const lines = criterion ? [words.lang === 'en' ? criterion.textEn : criterion.textDe] : [];
        if (typeof c.maturity === 'string')
          lines.push(
            t('value', {
              field: fieldName('maturity', words),
              value: valueText('maturity', c.maturity, words),
            }),
          );
        return lines;
      }
      case 'moved': {
        const from =
          typeof c.fromPhaseId === 'string' ? (words.nameOf(c.fromPhaseId) ?? t('unknown')) : t('none');
        const to = typeof c.toPhaseId === 'string' ? (words.nameOf(c.toPhaseId) ?? t('unknown')) : t('none');
        return [t('change', { field: fieldName('phase', words), before: from, after: to })];
      }
      case 'retired':
        return typeof c.reason === 'string' && c.reason
          ? [t('value', { field: fieldName('reason', words), value: c.reason })]
          : [];
      case 'rating_links_created':
        return typeof c.count === 'number'
          ? [t('value', { field: fieldName('count', words), value: c.count })]
          : [];
      case 'link_added':
      case 'link_removed': {
        const name = typeof c.otherName === 'string' && c.otherName ? c.otherName : t('unknown');
        const lines = [c.direction === 'from' ? t('link.from', { name }) : t('link.to', { name })];
        if (typeof c.label === 'string' && c.label) lines.push(t('link.label', { label: c.label }));
        if (typeof c.personaName === 'string') lines.push(t('link.persona', { name: c.personaName }));
        return lines;
      }
      default:
        return [];
    }
  })();
  return { title, lines };
}
