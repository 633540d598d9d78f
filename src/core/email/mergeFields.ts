import { escapeHtml } from '../publicPage';

/**
 * Merge fields personalise a mailing per recipient: `{{firstName}}`, `{{name}}`, `{{company}}`,
 * `{{email}}`, each with an optional default after a bar for recipients without the value:
 * `Hallo {{firstName|Kundin/Kunde}}`.
 */
export const MERGE_FIELDS = ['firstName', 'name', 'company', 'email'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export type MergeProfile = Record<MergeField, string>;

/** `{{ field }}` or `{{field|default}}`; group 1 is the field, group 2 the default. */
export const MERGE_FIELD_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\|([^}]*))?\}\}/g;

const isMergeField = (name: string): name is MergeField => (MERGE_FIELDS as readonly string[]).includes(name);

/**
 * Fills the merge fields of a subject or body. In `html` the recipient's values are escaped (a
 * company called `<b>Müller & Söhne</b>` must not become markup); the default is the author's own text
 * and stays as written. Unknown fields stay untouched so a typo is visible in the test mail.
 * @example renderMergeFields('Hallo {{firstName|Kunde}}', { firstName: '', name: '', company: '', email: '' }, 'text')
 * // 'Hallo Kunde'
 */
export function renderMergeFields(template: string, profile: MergeProfile, mode: 'html' | 'text'): string {
  return template.replace(MERGE_FIELD_PATTERN, (whole, field: string, fallback: string | undefined) => {
    if (!isMergeField(field)) return whole;
    // Values end up in headers (subject) too: no line breaks there.
    const value = profile[field].replace(/[\r\n]+/g, ' ').trim();
    if (value === '') return fallback ?? '';
    return mode === 'html' ? escapeHtml(value) : value;
  });
}

/**
 * Field names a template uses that do not exist, for a validation message that names them.
 * @example findUnknownMergeFields('Hallo {{vorname}}') // ['vorname']
 */
export function findUnknownMergeFields(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(MERGE_FIELD_PATTERN)) {
    const field = match[1] ?? '';
    if (!isMergeField(field)) unknown.add(field);
  }
  return [...unknown];
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The merge values of a profile. The first name comes from the traits (`firstName`, `first_name`,
 * `vorname`), else from the first word of the name unless that is a title such as "Dr.".
 * @example mergeProfileFrom({ name: 'Anna Schmidt', email: 'a@b.de', traits: {}, companyName: null }).firstName
 * // 'Anna'
 */
export function mergeProfileFrom(p: {
  name: string;
  email: string;
  traits: Record<string, unknown>;
  companyName: string | null;
}): MergeProfile {
  const name = p.name.trim();
  const firstWord = name.split(/\s+/)[0] ?? '';
  const firstName =
    text(p.traits.firstName) ||
    text(p.traits.first_name) ||
    text(p.traits.vorname) ||
    (name.includes(' ') && !firstWord.endsWith('.') ? firstWord : '');
  return {
    firstName,
    name,
    company: p.companyName?.trim() || text(p.traits.company),
    email: p.email,
  };
}
