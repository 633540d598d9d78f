import { z } from 'zod';
import { eventTypes } from '../../contract/events';
import type { ImportKind } from '../../contract/imports';
import { assertUnreachable } from '../../core/result';

/**
 * The columns of each import kind (docs/imports-and-kpis.md). Header names are matched after
 * trimming, lower-casing and turning spaces and hyphens into `_`; columns not listed here become
 * traits (contacts) or properties (companies, events).
 */
export const importColumns = {
  contacts: {
    required: [],
    oneOf: ['external_id', 'email'],
    known: ['external_id', 'email', 'name', 'first_name', 'last_name', 'company', 'company_id'],
  },
  companies: { required: ['name'], oneOf: [], known: ['external_id', 'name', 'domain'] },
  events: {
    required: ['type', 'timestamp'],
    oneOf: ['user_id', 'email', 'anonymous_id'],
    known: [
      'event_id',
      'type',
      'name',
      'timestamp',
      'user_id',
      'email',
      'anonymous_id',
      'session_id',
      'touchpoint',
      'channel',
      'url',
      'referrer',
      'utm_source',
      'utm_medium',
      'utm_campaign',
      'revenue',
      'currency',
    ],
  },
} as const satisfies Record<
  ImportKind,
  { required: readonly string[]; oneOf: readonly string[]; known: readonly string[] }
>;

export const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Why a header cannot be imported, or null when it can. */
export function headerProblem(kind: ImportKind, header: readonly string[]): string | null {
  const names = header.map(normaliseHeader);
  if (names.length === 0 || names.every((n) => n === '')) return 'the header line is empty';
  const empty = names.findIndex((n) => n === '');
  if (empty >= 0) return `column ${empty + 1} of the header has no name`;
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return `the column "${twice}" appears twice in the header`;
  const cols = importColumns[kind];
  const missing = cols.required.filter((c) => !names.includes(c));
  if (missing.length)
    return `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  if (cols.oneOf.length && !cols.oneOf.some((c) => names.includes(c)))
    return `the header needs one of the columns ${cols.oneOf.join(', ')}`;
  return null;
}

const cell = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters')
    .optional();

const emailCell = z
  .string()
  .max(320)
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => /^[^\s@]+@[^\s@]+$/.test(s), 'is not an e-mail address')
  .optional();

/** Extra columns as one object of strings; empty cells are left out. */
function extras(cells: Record<string, string>, known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(cells)) if (v !== '' && !known.includes(k)) out[k] = v;
  return out;
}

/** A row's cells by column name, empty cells left out so `.optional()` means "blank". */
export function cellsOf(header: readonly string[], record: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((name, i) => {
    const v = (record[i] ?? '').trim();
    if (v !== '') out[name] = v;
  });
  return out;
}

export const contactRowSchema = z
  .object({
    external_id: cell(200),
    email: emailCell,
    name: cell(200),
    first_name: cell(100),
    last_name: cell(100),
    company: cell(200),
    company_id: cell(200),
  })
  .refine((r) => r.external_id !== undefined || r.email !== undefined, {
    message: 'needs an external_id or an email',
    path: ['external_id'],
  });
export type ContactRow = z.infer<typeof contactRowSchema> & { traits: Record<string, string> };

export const companyRowSchema = z.object({
  external_id: cell(200),
  name: z.string({ error: 'is required' }).max(200),
  domain: cell(200),
});
export type CompanyRow = z.infer<typeof companyRowSchema> & { properties: Record<string, string> };

/**
 * `2026-05-04T10:15:00+02:00` as it is; `2026-05-04 10:15[:00]` and `2026-05-04T10:15` as UTC;
 * `2026-05-04` as midnight UTC. Histories from CRMs rarely carry an offset.
 */
export function normaliseTimestamp(s: string): string | null {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return `${t}T00:00:00Z`;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return null;
  const offset = m[4] ?? 'Z';
  const iso = `${m[1]}T${m[2]}${m[3] ?? ':00'}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** `1234.5`, `1234,50` (decimal comma) or `-12`; thousands separators are not guessed. */
export function parseAmount(s: string): number | null {
  const t = s.trim().replace(/\s/g, '');
  const normal = /^-?\d+(,\d+)$/.test(t) ? t.replace(',', '.') : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

export const eventRowSchema = z.object({
  event_id: cell(100),
  type: z
    .string({ error: 'is required' })
    .pipe(z.enum(eventTypes, { error: `must be one of ${eventTypes.join(' ')}` })),
  name: cell(200),
  timestamp: z.string({ error: 'is required' }).transform((s, ctx) => {
    const iso = normaliseTimestamp(s);
    if (iso === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a date (2026-05-04) or date-time (2026-05-04T10:15:00+02:00)',
      });
      return z.NEVER;
    }
    return iso;
  }),
  user_id: cell(200),
  email: emailCell,
  anonymous_id: cell(200),
  session_id: cell(200),
  touchpoint: cell(200),
  channel: cell(100),
  url: cell(2048),
  referrer: cell(2048),
  utm_source: cell(200),
  utm_medium: cell(200),
  utm_campaign: cell(200),
  revenue: z
    .string()
    .transform((s, ctx) => {
      const n = parseAmount(s);
      if (n === null) {
        ctx.addIssue({ code: 'custom', message: 'must be a number such as 1200.50 or 1200,50' });
        return z.NEVER;
      }
      return n;
    })
    .optional(),
  currency: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine((s) => /^[A-Z]{3}$/.test(s), 'must be an ISO 4217 code such as EUR')
    .optional(),
});
export type EventRow = z.infer<typeof eventRowSchema> & { properties: Record<string, string> };

/** The first problem of a zod error as one line: `email: is not an e-mail address`. */
export function reasonOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export type ParsedRow<K extends ImportKind> = K extends 'contacts'
  ? ContactRow
  : K extends 'companies'
    ? CompanyRow
    : EventRow;

/** Validates one row of `kind`; the reason is what the bad-rows report says. */
export function parseRow(
  kind: ImportKind,
  cells: Record<string, string>,
): { ok: true; row: ContactRow | CompanyRow | EventRow } | { ok: false; reason: string } {
  const known = importColumns[kind].known;
  switch (kind) {
    case 'contacts': {
      const r = contactRowSchema.safeParse(cells);
      return r.success
        ? { ok: true, row: { ...r.data, traits: extras(cells, known) } }
        : { ok: false, reason: reasonOf(r.error) };
    }
    case 'companies': {
      const r = companyRowSchema.safeParse(cells);
      return r.success
        ? { ok: true, row: { ...r.data, properties: extras(cells, known) } }
        : { ok: false, reason: reasonOf(r.error) };
    }
    case 'events': {
      const r = eventRowSchema.safeParse(cells);
      if (!r.success) return { ok: false, reason: reasonOf(r.error) };
      if (!r.data.user_id && !r.data.email && !r.data.anonymous_id)
        return { ok: false, reason: 'user_id: a user_id, email or anonymous_id is required' };
      return { ok: true, row: { ...r.data, properties: extras(cells, known) } };
    }
    default:
      return assertUnreachable(kind);
  }
}
