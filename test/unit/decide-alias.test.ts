import { describe, expect, it } from 'vitest';
import { decideAlias } from '../../src/core/identity/decideAlias';
import { mergeProfileStates, newProfileState } from '../../src/core/identity/profileState';

describe('decideAlias', () => {
  const known = (id: string, userId: string | null) => ({ id, userId });

  it('merges the previous user id profile into the profile of the user id, which survives', () => {
    expect(decideAlias({ user: known('p1', 'crm-new'), previous: known('p2', 'crm-old') })).toEqual({
      kind: 'merge',
      from: 'p2',
      into: 'p1',
    });
  });

  it('lets a new user id join the previous id profile', () => {
    expect(decideAlias({ user: undefined, previous: known('p2', 'crm-old') })).toEqual({
      kind: 'join',
      profileId: 'p2',
    });
  });

  it('leaves unknown or anonymous previous ids, and one profile already, to the identity rules', () => {
    expect(decideAlias({ user: known('p1', 'u'), previous: undefined })).toEqual({ kind: 'nothing' });
    expect(decideAlias({ user: known('p1', 'u'), previous: known('p2', null) })).toEqual({ kind: 'nothing' });
    expect(decideAlias({ user: known('p1', 'u'), previous: known('p1', 'u') })).toEqual({ kind: 'nothing' });
  });
});

describe('mergeProfileStates: the survivor wins a conflict', () => {
  it('keeps the survivor keys and traits, fills gaps, adds up counters', () => {
    const into = newProfileState('p1');
    Object.assign(into, {
      userId: 'crm-new',
      email: 'new@example.com',
      name: '',
      traits: { plan: 'pro', email: 'new@example.com' },
      firstSeenAt: new Date('2026-03-01'),
      lastSeenAt: new Date('2026-03-10'),
      eventCount: 3,
      revenue: 10.1,
      touchpointIds: ['t1'],
    });
    const from = newProfileState('p2');
    Object.assign(from, {
      userId: 'crm-old',
      email: 'old@example.com',
      name: 'Max Muster',
      traits: { plan: 'free', company: 'Muster GmbH' },
      firstSeenAt: new Date('2026-01-01'),
      lastSeenAt: new Date('2026-02-01'),
      eventCount: 2,
      revenue: 0.2,
      touchpointIds: ['t1', 't2'],
    });
    mergeProfileStates(from, into);
    expect(into).toMatchObject({
      userId: 'crm-new',
      email: 'new@example.com',
      name: 'Max Muster',
      traits: { plan: 'pro', company: 'Muster GmbH', email: 'new@example.com' },
      firstSeenAt: new Date('2026-01-01'),
      lastSeenAt: new Date('2026-03-10'),
      eventCount: 5,
      revenue: 10.3,
      touchpointIds: ['t1', 't2'],
    });
  });
});
