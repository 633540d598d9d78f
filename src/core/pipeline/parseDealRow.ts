import type { PipelineStage } from './pipelineStages';

/** The columns of a deals CSV (docs/pipeline.md); header names are compared lower-cased, `-`/space as `_`. */
export const DEAL_COLUMNS = [
  'external_id',
  'title',
  'company',
  'company_external_id',
  'value',
  'stage',
  'probability',
  'expected_close',
  'owner_email',
  'reason',
  'renewal_date',
  'contact_emails',
] as const;
export type DealColumn = (typeof DEAL_COLUMNS)[number];

/** A deals CSV row as checked values; the company, owner and contacts are still names to resolve. */
export interface DealRowValues {
  externalId: string | null;
  title: string;
  company: { externalId: string } | { name: string };
  value: number;
  stage: PipelineStage;
  probability: number | null;
  expectedClose: string | null;
  ownerEmail: string | null;
  reason: string;
  renewalDate: string | null;
  contactEmails: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) =>
  DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Reads an amount as spreadsheets write it: `48000`, `48000.50`, `48.000,50` or `48,000.50`.
 *
 * @example parseAmount('48.000,50') // 48000.5
 */
export function parseAmount(text: string): number | null {
  let s = text.replace(/\s|€|EUR/gi, '');
  if (s === '') return 0;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma > dot) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && n <= 1e12 ? n : null;
}

/**
 * Checks one deals CSV row against the pipeline's stages: a title, an account (company external id or
 * name), a stage by key or name (default the first), amounts, probabilities, dates; a lost deal needs a
 * reason. Returns the values or why the row is bad.
 *
 * @example
 * parseDealRow({ title: 'Rahmenvertrag', company: 'Müller GmbH', value: '12.000', stage: 'Angebot' }, stages)
 * // { ok: true, value: { title: 'Rahmenvertrag', value: 12000, stage: { key: 'proposal', … }, … } }
 */
export function parseDealRow(
  cells: Partial<Record<DealColumn, string>>,
  stages: readonly PipelineStage[],
): { ok: true; value: DealRowValues } | { ok: false; reason: string } {
  const cell = (c: DealColumn) => (cells[c] ?? '').trim();
  const bad = (reason: string) => ({ ok: false as const, reason });
  const title = cell('title');
  if (!title) return bad('title: must not be empty');
  if (title.length > 200) return bad('title: at most 200 characters');
  const companyExternal = cell('company_external_id');
  const companyName = cell('company');
  if (!companyExternal && !companyName)
    return bad('company: name the account (company or company_external_id)');
  const value = parseAmount(cell('value'));
  if (value === null) return bad(`value: "${cell('value')}" is not an amount in EUR`);
  const stageText = cell('stage').toLowerCase();
  const stage = stageText
    ? stages.find((s) => s.key === stageText || s.name.toLowerCase() === stageText)
    : stages[0];
  if (!stage)
    return bad(
      `stage: "${cell('stage')}" is not a stage of this pipeline (${stages.map((s) => s.name).join(', ')})`,
    );
  const probText = cell('probability').replace('%', '').trim();
  const probability = probText === '' ? null : Number(probText);
  if (probability !== null && (!Number.isInteger(probability) || probability < 0 || probability > 100))
    return bad(`probability: "${cell('probability')}" is not a whole percentage 0-100`);
  for (const c of ['expected_close', 'renewal_date'] as const)
    if (cell(c) && !isDate(cell(c))) return bad(`${c}: "${cell(c)}" is not a date YYYY-MM-DD`);
  const reason = cell('reason');
  if (reason.length > 500) return bad('reason: at most 500 characters');
  if (stage.kind === 'lost' && !reason) return bad('reason: a lost deal needs a reason');
  const contactEmails = cell('contact_emails')
    .split(/[\s,;|]+/)
    .filter(Boolean)
    .map((e) => e.toLowerCase());
  const notEmail = contactEmails.find((e) => !/^[^@\s]+@[^@\s]+$/.test(e));
  if (notEmail) return bad(`contact_emails: "${notEmail}" is not an e-mail address`);
  const ownerEmail = cell('owner_email').toLowerCase() || null;
  return {
    ok: true,
    value: {
      externalId: cell('external_id') || null,
      title,
      company: companyExternal ? { externalId: companyExternal } : { name: companyName },
      value,
      stage,
      probability,
      expectedClose: cell('expected_close') || null,
      ownerEmail,
      reason: stage.kind === 'open' ? '' : reason,
      renewalDate: cell('renewal_date') || null,
      contactEmails,
    },
  };
}
