import { randomUUID } from 'node:crypto';
import { assertUnreachable } from '../result';
import { decideAlias } from './decideAlias';
import { finalProfile, mergeProfileStates, newProfileState, type ProfileState } from './profileState';

export type IdentityKind = 'anonymous' | 'user' | 'email';

/** The identifiers one event carries. */
export interface IdentityKeys {
  anonymousId: string | null;
  userId: string | null;
  email: string | null;
}

const keyOf = (kind: IdentityKind, value: string) => `${kind}\u0000${value}`;

/**
 * Which profile each identifier (anonymous id, user id, e-mail) belongs to, for the identifiers of
 * one batch of events. Resolving an event may create a profile or merge an anonymous one into a known
 * one; `saveIdentityGraph` writes all of it back.
 *
 * Rules (docs/profiles-and-analytics.md):
 * - A user id is the strongest identifier, then a profile that has one, then the e-mail, then the
 *   anonymous id.
 * - A profile without a user id that shares an identifier with the event's profile is merged into it
 *   (typically: anonymous browsing, then a login or a form with the e-mail address).
 * - Two profiles with different user ids are never merged automatically (a shared computer): the
 *   identifier moves to the event's profile, past events stay where they are. Only a Segment `alias`,
 *   the sender's explicit statement, merges them (`alias`, ./decideAlias.ts).
 */
export class IdentityGraph {
  private readonly byKey = new Map<string, ProfileState>();
  private readonly changed = new Map<string, { kind: IdentityKind; value: string }>();
  readonly created: ProfileState[] = [];
  readonly merges: { from: ProfileState; into: ProfileState }[] = [];
  /** Profiles read from the database, by id. */
  readonly loaded = new Map<string, ProfileState>();

  constructor(private readonly newId: () => string = randomUUID) {}

  /** Registers an identity found in the database. */
  know(kind: IdentityKind, value: string, profile: ProfileState): void {
    this.loaded.set(profile.id, profile);
    this.byKey.set(keyOf(kind, value), profile);
  }

  /** A profile by id (read from the database), or the one it was merged into. */
  byId(id: string): ProfileState | undefined {
    const p = this.loaded.get(id);
    return p && finalProfile(p);
  }

  lookup(kind: IdentityKind, value: string): ProfileState | undefined {
    const p = this.byKey.get(keyOf(kind, value));
    return p && finalProfile(p);
  }

  /** The profile an event belongs to, creating or merging profiles as the rules say. */
  resolve(ids: IdentityKeys): ProfileState {
    const byUser = ids.userId ? this.lookup('user', ids.userId) : undefined;
    const others = [
      ids.email ? this.lookup('email', ids.email) : undefined,
      ids.anonymousId ? this.lookup('anonymous', ids.anonymousId) : undefined,
    ];
    let target: ProfileState;
    if (byUser) target = byUser;
    else if (ids.userId) {
      target = others.find((p) => p && p.userId === null) ?? this.create();
      target.userId = ids.userId;
      target.touched = true;
    } else target = others.find((p) => p?.userId) ?? others.find((p) => p) ?? this.create();

    if (ids.userId) this.point('user', ids.userId, target);
    const pairs: [IdentityKind, string | null][] = [
      ['email', ids.email],
      ['anonymous', ids.anonymousId],
    ];
    for (const [kind, value] of pairs) {
      if (!value) continue;
      const current = this.lookup(kind, value);
      if (current === target) continue;
      if (current && current.userId === null) this.merge(current, target);
      else this.point(kind, value, target);
    }
    return target;
  }

  /**
   * A Segment alias: the sender says `previousId` (a user id, else an anonymous id) and `userId` are one
   * person. `decideAlias` decides; this applies it. Returns the merge it made, for the history.
   */
  alias(userId: string, previousId: string): { from: ProfileState; into: ProfileState } | null {
    const user = this.lookup('user', userId);
    const previous = this.lookup('user', previousId) ?? this.lookup('anonymous', previousId);
    const decision = decideAlias({ user, previous });
    switch (decision.kind) {
      case 'nothing':
        return null;
      case 'join':
        if (previous) this.point('user', userId, previous);
        return null;
      case 'merge':
        if (!previous || !user) return null;
        this.merge(previous, user);
        return { from: previous, into: user };
      default:
        return assertUnreachable(decision);
    }
  }

  /** Merges `from` into `into` (both final). */
  merge(from: ProfileState, into: ProfileState): void {
    mergeProfileStates(from, into);
    from.mergedInto = into;
    from.touched = true;
    this.merges.push({ from, into });
  }

  private point(kind: IdentityKind, value: string, profile: ProfileState): void {
    const key = keyOf(kind, value);
    if (this.byKey.get(key) === profile) return;
    this.byKey.set(key, profile);
    this.changed.set(key, { kind, value });
  }

  private create(): ProfileState {
    const p = newProfileState(this.newId());
    this.created.push(p);
    return p;
  }

  /** Identities to write: new ones and those that moved to another profile. */
  changedIdentities(): { kind: IdentityKind; value: string; profileId: string }[] {
    return [...this.changed].map(([key, { kind, value }]) => ({
      kind,
      value,
      profileId: finalProfile(this.byKey.get(key) as ProfileState).id,
    }));
  }
}
