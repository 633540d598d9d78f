import { sql, type RawBuilder } from 'kysely';
import { assertUnreachable } from '../result';
import {
  isGroup,
  type AccountCondition,
  type EmailCondition,
  type EventCondition,
  type ProfileCondition,
  type SegmentCondition,
  type SegmentDefinition,
  type SegmentNode,
  type SegmentOperator,
  type SegmentValue,
  type TextOperator,
} from './segmentDefinition';

export interface SegmentSqlContext {
  workspaceId: string;
  /** "Within the last D days" counts back from here; a parameter, so tests and previews agree. */
  now: Date;
  /** The alias the predicate reads `profiles` under; default `p`. */
  alias?: string;
}

type Sql = RawBuilder<unknown>;
const DAY_MS = 86_400_000;
const ALIAS = /^[a-z_][a-z0-9_]{0,30}$/;

/** Comparison operators as SQL: identifiers and operators come only from this list, never from input. */
const COMPARE = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
type Compare = keyof typeof COMPARE;
const isCompare = (op: SegmentOperator): op is Compare => op in COMPARE;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const scalar = (v: SegmentValue | undefined): string | number | boolean =>
  v === undefined ? '' : Array.isArray(v) ? (v[0] ?? '') : v;
const list = (v: SegmentValue | undefined): string[] =>
  Array.isArray(v) ? v : v === undefined ? [] : [String(v)];

/** A text column (or expression): missing or empty counts as "does not exist". */
function textPredicate(col: Sql, op: TextOperator, value: SegmentValue | undefined): Sql {
  const v = scalar(value);
  switch (op) {
    case 'eq':
      return sql`${col} = ${String(v)}`;
    case 'neq':
      return sql`${col} is distinct from ${String(v)}`;
    case 'contains':
      return sql`${col} ilike ${`%${escapeLike(String(v))}%`}`;
    case 'starts_with':
      return sql`${col} ilike ${`${escapeLike(String(v))}%`}`;
    case 'exists':
      return sql`coalesce(${col}, '') <> ''`;
    case 'not_exists':
      return sql`coalesce(${col}, '') = ''`;
    case 'in':
      return sql`${col} = any(${list(value)}::text[])`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return typeof v === 'number'
        ? sql`${col}::numeric ${sql.raw(COMPARE[op])} ${v}::numeric`
        : sql`${col} ${sql.raw(COMPARE[op])} ${String(v)}`;
    default:
      return assertUnreachable(op);
  }
}

/**
 * A key of a jsonb object (traits, account or event properties). Numbers and booleans compare as JSON
 * values (so `5` matches `5.0` and `true` not `"true"`); texts as text; a missing key is never equal.
 */
function jsonPredicate(obj: Sql, key: string, op: TextOperator, value: SegmentValue | undefined): Sql {
  const text = sql`(${obj} ->> ${key})`;
  const v = scalar(value);
  switch (op) {
    case 'eq':
    case 'neq': {
      const equal =
        typeof v === 'number'
          ? sql`(${obj} -> ${key}) = to_jsonb(${v}::numeric)`
          : typeof v === 'boolean'
            ? sql`(${obj} -> ${key}) = to_jsonb(${v}::boolean)`
            : sql`${text} = ${v}`;
      return op === 'eq' ? sql`coalesce(${equal}, false)` : sql`not coalesce(${equal}, false)`;
    }
    case 'exists':
      return sql`(${obj} ? ${key})`;
    case 'not_exists':
      return sql`not (${obj} ? ${key})`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return typeof v === 'number'
        ? sql`(case when jsonb_typeof(${obj} -> ${key}) = 'number' then ${text}::numeric end) ${sql.raw(COMPARE[op])} ${v}::numeric`
        : sql`${text} ${sql.raw(COMPARE[op])} ${String(v)}`;
    case 'contains':
    case 'starts_with':
    case 'in':
      return textPredicate(text, op, value);
    default:
      return assertUnreachable(op);
  }
}

/** Midnight UTC at the start of an ISO day, plus `plusDays`. */
const dayStart = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * DAY_MS);

function datePredicate(col: Sql, op: SegmentOperator, value: SegmentValue | undefined, now: Date): Sql {
  const v = scalar(value);
  if (op === 'exists') return sql`${col} is not null`;
  if (op === 'not_exists') return sql`${col} is null`;
  if (op === 'within_days')
    return sql`${col} >= ${new Date(now.getTime() - Number(v) * DAY_MS)}::timestamptz`;
  if (op === 'older_than_days')
    return sql`${col} < ${new Date(now.getTime() - Number(v) * DAY_MS)}::timestamptz`;
  // Days are whole UTC days: "after 1 March" starts on 2 March, "until 1 March" includes it.
  const day = String(v);
  if (op === 'gt') return sql`${col} >= ${dayStart(day, 1)}::timestamptz`;
  if (op === 'gte') return sql`${col} >= ${dayStart(day)}::timestamptz`;
  if (op === 'lt') return sql`${col} < ${dayStart(day)}::timestamptz`;
  if (op === 'lte') return sql`${col} < ${dayStart(day, 1)}::timestamptz`;
  return sql`false`;
}

function numberPredicate(col: Sql, op: SegmentOperator, value: SegmentValue | undefined): Sql {
  const v = Number(scalar(value));
  if (op === 'eq') return sql`${col} = ${v}::numeric`;
  if (op === 'neq') return sql`${col} <> ${v}::numeric`;
  if (isCompare(op)) return sql`${col} ${sql.raw(COMPARE[op])} ${v}::numeric`;
  return sql`false`;
}

function profilePredicate(c: ProfileCondition, p: (col: string) => Sql, now: Date): Sql {
  const text = (col: Sql) => textPredicate(col, c.operator as TextOperator, c.value);
  const lower = (v: SegmentValue | undefined): SegmentValue | undefined =>
    Array.isArray(v) ? v.map((x) => x.toLowerCase()) : typeof v === 'string' ? v.toLowerCase() : v;
  switch (c.field) {
    case 'email':
      return textPredicate(sql`lower(trim(${p('email')}))`, c.operator as TextOperator, lower(c.value));
    case 'email_domain':
      return textPredicate(
        sql`nullif(lower(split_part(trim(${p('email')}), '@', 2)), '')`,
        c.operator as TextOperator,
        lower(c.value),
      );
    case 'name':
      return text(p('name'));
    case 'current_phase':
      return text(p('current_phase_key'));
    case 'user_id':
      return text(p('user_id'));
    case 'revenue':
      return numberPredicate(p('revenue'), c.operator, c.value);
    case 'event_count':
      return numberPredicate(p('event_count'), c.operator, c.value);
    case 'first_seen_at':
      return datePredicate(p('first_seen_at'), c.operator, c.value, now);
    case 'last_seen_at':
      return datePredicate(p('last_seen_at'), c.operator, c.value, now);
    default:
      return assertUnreachable(c.field);
  }
}

function accountPredicate(c: AccountCondition, p: (col: string) => Sql, workspaceId: string): Sql {
  const inner =
    c.field === 'property'
      ? jsonPredicate(sql`c.properties`, c.key ?? '', c.operator, c.value)
      : c.field === 'domain'
        ? textPredicate(
            sql`lower(c.domain)`,
            c.operator,
            typeof c.value === 'string' ? c.value.toLowerCase() : c.value,
          )
        : textPredicate(sql`c.name`, c.operator, c.value);
  return sql`exists (select 1 from companies c
    where c.workspace_id = ${workspaceId}::uuid and c.id = ${p('company_id')} and ${inner})`;
}

function eventPredicate(c: EventCondition, p: (col: string) => Sql, ctx: SegmentSqlContext): Sql {
  const filters: Sql[] = [];
  if (c.eventType !== undefined) filters.push(sql`and e.type = ${c.eventType}`);
  if (c.eventName !== undefined) filters.push(sql`and e.name = ${c.eventName}`);
  if (c.touchpointId !== undefined) filters.push(sql`and e.touchpoint_id = ${c.touchpointId}::uuid`);
  if (c.urlContains !== undefined) filters.push(sql`and e.url ilike ${`%${escapeLike(c.urlContains)}%`}`);
  if (c.property !== undefined)
    filters.push(
      sql`and ${jsonPredicate(sql`e.properties`, c.property.key, c.property.operator, c.property.value)}`,
    );
  if (c.days !== undefined)
    filters.push(sql`and e.occurred_at >= ${new Date(ctx.now.getTime() - c.days * DAY_MS)}::timestamptz`);
  if (c.from !== undefined && c.to !== undefined)
    filters.push(
      sql`and e.occurred_at >= ${dayStart(c.from)}::timestamptz and e.occurred_at < ${dayStart(c.to, 1)}::timestamptz`,
    );
  // One pass over the matching events, grouped by person, rather than a count per profile: PostgreSQL
  // hashes the ids once (a correlated count took 1.2 s for "exactly 3 times" on 200k events, docs/benchmarks.md).
  const perProfile = (having: Sql) => sql`select e.profile_id from events e
    where e.workspace_id = ${ctx.workspaceId}::uuid and e.profile_id is not null ${sql.join(filters, sql` `)}
    group by e.profile_id having ${having}`;
  const id = p('id');
  let holds: Sql;
  if (c.frequency === 'at_least') holds = sql`${id} in (${perProfile(sql`count(*) >= ${c.times}`)})`;
  else if (c.frequency === 'at_most') holds = sql`${id} not in (${perProfile(sql`count(*) > ${c.times}`)})`;
  else if (c.times === 0) holds = sql`${id} not in (${perProfile(sql`count(*) > 0`)})`;
  else holds = sql`${id} in (${perProfile(sql`count(*) = ${c.times}`)})`;
  return c.did ? holds : sql`not ${holds}`;
}

function emailPredicate(c: EmailCondition, p: (col: string) => Sql, workspaceId: string): Sql {
  switch (c.action) {
    case 'unsubscribed':
      return sql`(${p('id')} in (select r.profile_id from mailing_recipients r
          where r.workspace_id = ${workspaceId}::uuid and r.profile_id is not null and r.unsubscribed_at is not null)
        or exists (select 1 from email_suppressions s
          where s.workspace_id = ${workspaceId}::uuid and s.reason = 'unsubscribed' and s.email = lower(trim(${p('email')}))))`;
    case 'opened':
    case 'clicked': {
      const last = c.lastMailings ?? 1;
      const needed = c.atLeast ?? last;
      const did = c.action === 'opened' ? sql`r.opens > 0` : sql`r.clicks > 0`;
      // Uncorrelated, so the last mailings and their readers are found once, not once per profile.
      return sql`${p('id')} in (select r.profile_id from mailing_recipients r
        where r.workspace_id = ${workspaceId}::uuid and r.profile_id is not null and ${did}
          and r.mailing_id in (select m.id from mailings m
            where m.workspace_id = ${workspaceId}::uuid and m.sent_at is not null
            order by m.sent_at desc, m.id desc limit ${last})
        group by r.profile_id having count(*) >= ${needed})`;
    }
    default:
      return assertUnreachable(c.action);
  }
}

function conditionPredicate(c: SegmentCondition, p: (col: string) => Sql, ctx: SegmentSqlContext): Sql {
  switch (c.kind) {
    case 'trait':
      return jsonPredicate(p('traits'), c.key, c.operator, c.value);
    case 'profile':
      return profilePredicate(c, p, ctx.now);
    case 'account':
      return accountPredicate(c, p, ctx.workspaceId);
    case 'event':
      return eventPredicate(c, p, ctx);
    case 'email':
      return emailPredicate(c, p, ctx.workspaceId);
    default:
      return assertUnreachable(c);
  }
}

function groupPredicate(
  kind: 'all' | 'any' | 'not',
  nodes: SegmentNode[],
  p: (col: string) => Sql,
  ctx: SegmentSqlContext,
): Sql {
  const parts = nodes.map((n) =>
    isGroup(n) ? groupPredicate(n.kind, n.conditions, p, ctx) : sql`(${conditionPredicate(n, p, ctx)})`,
  );
  // An empty `all` holds for everyone, an empty `any` for no one (and `not` of nothing for everyone).
  if (parts.length === 0) return kind === 'any' ? sql`false` : sql`true`;
  const joined = sql`(${sql.join(parts, kind === 'all' ? sql` and ` : sql` or `)})`;
  return kind === 'not' ? sql`(not ${joined})` : joined;
}

/**
 * The definition as one SQL predicate over a row of `profiles` (read under `alias`, default `p`):
 * every value is a parameter, identifiers and operators come from fixed lists. Event and e-mail
 * conditions are subqueries of profile ids filtered by the workspace, evaluated once per query. The caller adds the workspace and
 * `merged_into is null` for the profiles themselves (see `segmentProfileFilter`).
 *
 * @example
 * const predicate = compileSegment(definition, { workspaceId, now: new Date() });
 * await db.selectFrom('profiles as p').select('p.id').where('p.workspace_id', '=', workspaceId)
 *   .where(predicate).execute();
 */
export function compileSegment(definition: SegmentDefinition, ctx: SegmentSqlContext): RawBuilder<boolean> {
  const alias = ctx.alias ?? 'p';
  if (!ALIAS.test(alias)) throw new Error(`Not an alias: ${alias}`);
  const p = (col: string): Sql => sql.ref(`${alias}.${col}`);
  return sql<boolean>`${groupPredicate(definition.kind, definition.conditions, p, ctx)}`;
}
