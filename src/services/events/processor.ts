import { sql } from 'kysely';
import { isDailyVisitorId } from '../../core/privacy/dailyVisitorId';
import type { Db } from '../../db/database';
import { applyEvent, applyTraits, finalProfile, normaliseEmail } from '../profiles/profileState';
import { loadIdentityGraph, saveIdentityGraph, type IdentityKeys } from '../profiles/identity';
import { companyRefOf, resolveCompanies } from '../profiles/companyOfTraits';
import { activePhases } from '../profiles/touchpointPhases';
import { updateAggregates } from './aggregates';
import { readBatch, traitsOf, type BatchEvent } from './batchEvent';
import { lockEventCursor } from './cursor';
import { addToJourneySummary } from './journeySummary';
import { subscribe } from './notify';
import { settledSeq } from './settledSeq';
import { stepTimer, type StepTimer, type StepTimings } from './stepTimer';

export const DEFAULT_BATCH_SIZE = 2000;

export interface ProcessResult {
  processed: number;
  /** The cursor after this call; null when another processor holds the workspace right now. */
  lastSeq: number | null;
}

/**
 * Processes the next batch of a workspace's events in one transaction: locks the workspace's cursor,
 * reads the events after it in arrival order, resolves their profiles (merging anonymous ones into
 * known ones), updates the profiles' computed traits and the dashboard aggregates, and moves the
 * cursor. Everything commits together or not at all, so each event is counted exactly once.
 *
 * @example
 * let r; do r = await processEvents(db, workspaceId, { batchSize: 1000 }); while (r.processed === 1000);
 */
export async function processEvents(
  db: Db,
  workspaceId: string,
  options: {
    batchSize?: number;
    upToSeq?: number;
    /** Milliseconds per step are added here (a benchmark's breakdown of a batch). */
    timings?: StepTimings;
  } = {},
): Promise<ProcessResult> {
  const step = stepTimer(options.timings);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const upToSeq = options.upToSeq ?? (await settledSeq(db));
  if (upToSeq === null) return { processed: 0, lastSeq: null };
  return db.transaction().execute(async (trx) => {
    const cursor = await lockEventCursor(trx, workspaceId, { skipLocked: true });
    if (cursor === null) return { processed: 0, lastSeq: null };
    const events = await step('read', () =>
      readBatch(trx, workspaceId, { afterSeq: cursor, upToSeq, limit: batchSize }),
    );
    const last = events[events.length - 1];
    if (!last) return { processed: 0, lastSeq: cursor };
    const { profileIds, createdIds } = await resolveProfiles(trx, workspaceId, events, step);
    await updateAggregates(trx, workspaceId, events, { profileIds, createdIds, lastSeq: cursor }, step);
    await step('journey summary', () =>
      addToJourneySummary(
        trx,
        workspaceId,
        events.flatMap((e, i) => {
          const profileId = profileIds[i];
          return profileId && e.touchpoint_id
            ? [{ profileId, touchpointId: e.touchpoint_id, occurredAt: e.occurred_at }]
            : [];
        }),
      ),
    );
    await step('event profile ids', () => setEventProfiles(trx, workspaceId, events, profileIds));
    await trx
      .updateTable('event_cursors')
      .set({ last_seq: last.seq, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .execute();
    return { processed: events.length, lastSeq: last.seq };
  });
}

/**
 * The ids of a Segment `alias` (stored as an identify named `alias` whose anonymous id is the previous
 * id, src/server/segment/mapSegmentMessage.ts), or null for any other event.
 */
function aliasOf(e: BatchEvent): { userId: string; previousId: string } | null {
  if (e.type !== 'identify' || e.name !== 'alias' || !e.user_id || !e.anonymous_id) return null;
  return e.properties.previous_id === e.anonymous_id
    ? { userId: e.user_id, previousId: e.anonymous_id }
    : null;
}

function identityKeysOf(e: BatchEvent): IdentityKeys {
  // A visitor counted before consent is counted in the web figures but never becomes a profile.
  if (isDailyVisitorId(e.anonymous_id)) return { anonymousId: null, userId: null, email: null };
  return {
    anonymousId: e.anonymous_id,
    userId: e.user_id,
    email: normaliseEmail((traitsOf(e) ?? e.properties).email),
  };
}

/**
 * Each event's profile id, with the profiles updated: the profile an event names (e-mail events know
 * their recipient) or the one its identifiers resolve to; null for an event that names nobody. Also the
 * profiles this batch created (and kept): no processed event belongs to them yet.
 */
async function resolveProfiles(
  trx: Db,
  workspaceId: string,
  events: BatchEvent[],
  step: StepTimer,
): Promise<{ profileIds: (string | null)[]; createdIds: ReadonlySet<string> }> {
  const keys = events.map(identityKeysOf);
  const named = [...new Set(events.flatMap((e) => (e.profile_id ? [e.profile_id] : [])))];
  // An alias's previous id may be another user id: load that identity too.
  const previousUsers = events.flatMap((e) => {
    const alias = aliasOf(e);
    return alias ? [{ anonymousId: null, userId: alias.previousId, email: null }] : [];
  });
  const graph = await step('profiles: load', () =>
    loadIdentityGraph(trx, workspaceId, [...keys, ...previousUsers], named),
  );
  const aliasMerges: { from: string; into: string }[] = [];
  const { ofTouchpoint } = await step('profiles: phases', () => activePhases(trx, workspaceId));
  const companyRefs = events.flatMap((e) => {
    const traits = traitsOf(e);
    const ref = traits && companyRefOf(traits);
    return ref ? [ref] : [];
  });
  const companyIdOf = await step('profiles: companies', () =>
    resolveCompanies(trx, workspaceId, companyRefs),
  );
  const assigned = events.map((e, i) => {
    const k = keys[i] as IdentityKeys;
    const alias = aliasOf(e);
    const merged = alias && graph.alias(alias.userId, alias.previousId);
    // A profile created in this batch leaves no row behind to point at.
    if (merged && !merged.from.isNew) aliasMerges.push({ from: merged.from.id, into: merged.into.id });
    const p = e.profile_id
      ? graph.byId(e.profile_id)
      : k.anonymousId || k.userId || k.email
        ? graph.resolve(k)
        : undefined;
    if (!p) return null;
    if (p.email === null && k.email) {
      p.email = k.email;
      p.touched = true;
    }
    const traits = traitsOf(e);
    if (traits) {
      applyTraits(p, traits);
      const ref = companyRefOf(traits);
      const companyId = ref && companyIdOf(ref);
      if (companyId) p.companyId = companyId;
    }
    applyEvent(
      p,
      { occurredAt: e.occurred_at, revenue: e.revenue, touchpointId: e.touchpoint_id },
      e.touchpoint_id ? (ofTouchpoint.get(e.touchpoint_id)?.key ?? null) : null,
    );
    return p;
  });
  await step('profiles: save', () => saveIdentityGraph(trx, workspaceId, graph));
  if (aliasMerges.length)
    await trx
      .insertInto('audit_log')
      .values(
        aliasMerges.map((m) => ({
          workspace_id: workspaceId,
          entity_type: 'profile',
          entity_id: m.into,
          action: 'merge',
          actor: 'Segment alias',
          changes: JSON.stringify({ mergedProfileId: m.from, by: 'alias' }),
        })),
      )
      .execute();
  // A new profile that took in a stored one (an alias can merge into a profile of this batch) has
  // processed events after all.
  const absorbed = new Set(graph.merges.filter((m) => !m.from.isNew).map((m) => finalProfile(m.into).id));
  return {
    profileIds: assigned.map((p) => (p ? finalProfile(p).id : null)),
    createdIds: new Set(
      graph.created.filter((p) => p.mergedInto === null && !absorbed.has(p.id)).map((p) => p.id),
    ),
  };
}

/**
 * Writes each event's profile id into the log, one statement per batch; events that name their
 * profile already (e-mail events) are left alone, since rewriting a row costs a new row version and
 * an entry in every index of `events`.
 */
async function setEventProfiles(
  trx: Db,
  workspaceId: string,
  events: BatchEvent[],
  profileIds: (string | null)[],
): Promise<void> {
  const seqs: number[] = [];
  const profiles: string[] = [];
  events.forEach((e, i) => {
    const profileId = profileIds[i];
    if (profileId && profileId !== e.profile_id) {
      seqs.push(e.seq);
      profiles.push(profileId);
    }
  });
  if (seqs.length === 0) return;
  await sql`
    update events e set profile_id = v.profile_id
    from unnest(${seqs}::bigint[], ${profiles}::uuid[]) as v(seq, profile_id)
    where e.workspace_id = ${workspaceId} and e.seq = v.seq
  `.execute(trx);
}

/** Workspaces whose log has events after their cursor (one index probe each on `events_seq`). */
async function workspacesWithPendingEvents(db: Db, upToSeq: number): Promise<string[]> {
  const rows = await sql<{ workspace_id: string }>`
    select w.workspace_id from workspaces w
    left join event_cursors c on c.workspace_id = w.workspace_id
    where exists (
      select 1 from events e
      where e.workspace_id = w.workspace_id and e.seq > coalesce(c.last_seq, 0) and e.seq <= ${upToSeq})
  `.execute(db);
  return rows.rows.map((r) => r.workspace_id);
}

export interface EventProcessor {
  /** Processes soon (debounced); ingestion calls this through the notifier. */
  wake(): void;
  /** Resolves when no run is going on and none is due. */
  idle(): Promise<void>;
  /** Stops waking up and waits for the current run. */
  stop(): Promise<void>;
}

/**
 * Keeps profiles and aggregates live: processes every workspace with pending events when ingestion
 * says there are new ones (debounced) and every `intervalMs` anyway (events may also arrive through
 * another server process, an import or SQL). One run at a time per process; several processes share
 * the work safely through the cursor locks.
 */
export function startEventProcessor(
  db: Db,
  options: {
    intervalMs?: number;
    debounceMs?: number;
    batchSize?: number;
    /** Only these workspaces (a test, or a tool that rebuilds one workspace); all by default. */
    workspaceIds?: string[];
    onError?: (error: unknown) => void;
  } = {},
): EventProcessor {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(`Event processing failed: ${error instanceof Error ? error.message : String(error)}`));
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let debounce: NodeJS.Timeout | null = null;

  async function drain(): Promise<void> {
    const upToSeq = await settledSeq(db);
    if (upToSeq === null) return;
    const pending = await workspacesWithPendingEvents(db, upToSeq);
    const only = options.workspaceIds;
    for (const workspaceId of only ? pending.filter((id) => only.includes(id)) : pending) {
      for (;;) {
        if (stopped) return;
        const r = await processEvents(db, workspaceId, { batchSize, upToSeq });
        if (r.processed < batchSize) break;
      }
    }
  }

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  }

  function wake(): void {
    if (stopped || debounce) return;
    debounce = setTimeout(() => {
      debounce = null;
      run();
    }, options.debounceMs ?? 100);
    debounce.unref();
  }

  const unsubscribe = subscribe(() => wake());
  const poll = setInterval(run, options.intervalMs ?? 2000);
  poll.unref();
  run();

  return {
    wake,
    idle: async () => {
      while (running || debounce || again) await (running ?? new Promise((r) => setTimeout(r, 10)));
    },
    stop: async () => {
      stopped = true;
      unsubscribe();
      clearInterval(poll);
      if (debounce) clearTimeout(debounce);
      debounce = null;
      again = false;
      await running;
    },
  };
}
