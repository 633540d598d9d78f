/**
 * A profile while the event processor (or a manual merge) works on it: the computed traits it keeps
 * up to date, in memory, written back once per batch.
 */
export interface ProfileState {
  id: string;
  /** Created in this batch, not yet in the database. */
  isNew: boolean;
  /** Changed in this batch, so it has to be written back. */
  touched: boolean;
  userId: string | null;
  email: string | null;
  name: string;
  companyId: string | null;
  traits: Record<string, unknown>;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  eventCount: number;
  revenue: number;
  touchpointIds: string[];
  currentPhaseKey: string | null;
  /**
   * When the current phase was reached. Not stored: for a profile read from the database its last
   * seen time stands in, so an event that arrives late (older than last seen) does not move the phase.
   */
  phaseAt: Date | null;
  mergedInto: ProfileState | null;
}

export function newProfileState(id: string): ProfileState {
  return {
    id,
    isNew: true,
    touched: true,
    userId: null,
    email: null,
    name: '',
    companyId: null,
    traits: {},
    firstSeenAt: null,
    lastSeenAt: null,
    eventCount: 0,
    revenue: 0,
    touchpointIds: [],
    currentPhaseKey: null,
    phaseAt: null,
    mergedInto: null,
  };
}

/** The profile a merged one lives on in. */
export function finalProfile(p: ProfileState): ProfileState {
  let current = p;
  while (current.mergedInto) current = current.mergedInto;
  return current;
}

const earlier = (a: Date | null, b: Date | null) => (a === null ? b : b === null || a <= b ? a : b);
const later = (a: Date | null, b: Date | null) => (a === null ? b : b === null || a >= b ? a : b);
/** Revenue is numeric(16, 2): keep sums in whole cents so floating point never shows. */
const cents = (x: number) => Math.round(x * 100) / 100;

export interface ProfileEvent {
  occurredAt: Date;
  revenue: number | null;
  touchpointId: string | null;
}

/**
 * Folds one event into the computed traits. `phaseKey` is the phase of the event's touchpoint in the
 * workspace's active journey model: the profile's current phase is that of the most recent
 * touchpoint it interacted with.
 */
export function applyEvent(p: ProfileState, e: ProfileEvent, phaseKey: string | null): void {
  p.touched = true;
  p.eventCount += 1;
  p.firstSeenAt = earlier(p.firstSeenAt, e.occurredAt);
  p.lastSeenAt = later(p.lastSeenAt, e.occurredAt);
  if (e.revenue !== null) p.revenue = cents(p.revenue + e.revenue);
  if (e.touchpointId !== null && !p.touchpointIds.includes(e.touchpointId))
    p.touchpointIds = [...p.touchpointIds, e.touchpointId];
  if (phaseKey !== null && (p.phaseAt === null || e.occurredAt >= p.phaseAt)) {
    p.currentPhaseKey = phaseKey;
    p.phaseAt = e.occurredAt;
  }
}

/** What an identify call says about a person: its properties are the traits. */
export function applyTraits(p: ProfileState, traits: Record<string, unknown>): void {
  p.touched = true;
  p.traits = { ...p.traits, ...traits };
  const email = emailOf(traits);
  if (email) p.email = email;
  const name = nameOf(traits);
  if (name) p.name = name;
}

/**
 * Folds `from` into `into`, the profile that survives. On a conflict the survivor's value wins: its user
 * id, e-mail, name and company stay, a trait both have keeps the survivor's value (the other's traits
 * fill the gaps); counters and revenue add up, the earlier first and the later last seen win, and the
 * phase reached last wins. Where the events, identities and mailings go is the caller's (they all move to
 * the survivor, see moveProfileData).
 *
 * @example mergeProfileStates(previous, survivor) // survivor.eventCount === before + previous.eventCount
 */
export function mergeProfileStates(from: ProfileState, into: ProfileState): void {
  into.touched = true;
  into.userId ??= from.userId;
  into.email ??= from.email;
  if (!into.name) into.name = from.name;
  into.companyId ??= from.companyId;
  into.traits = { ...from.traits, ...into.traits };
  into.firstSeenAt = earlier(into.firstSeenAt, from.firstSeenAt);
  into.lastSeenAt = later(into.lastSeenAt, from.lastSeenAt);
  into.eventCount += from.eventCount;
  into.revenue = cents(into.revenue + from.revenue);
  into.touchpointIds = [...new Set([...into.touchpointIds, ...from.touchpointIds])];
  if (
    from.currentPhaseKey !== null &&
    (into.currentPhaseKey === null ||
      (from.phaseAt !== null && (into.phaseAt === null || from.phaseAt > into.phaseAt)))
  ) {
    into.currentPhaseKey = from.currentPhaseKey;
    into.phaseAt = from.phaseAt;
  }
}

/** E-mail addresses identify a person case-insensitively. */
export function normaliseEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return email.includes('@') && email.length <= 320 ? email : null;
}

export function emailOf(traits: Record<string, unknown>): string | null {
  return normaliseEmail(traits.email);
}

function nameOf(traits: Record<string, unknown>): string | null {
  if (typeof traits.name === 'string' && traits.name.trim()) return traits.name.trim().slice(0, 200);
  const parts = [traits.firstName, traits.lastName].filter(
    (s): s is string => typeof s === 'string' && !!s.trim(),
  );
  return parts.length ? parts.join(' ').trim().slice(0, 200) : null;
}
