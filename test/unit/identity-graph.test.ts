import { describe, expect, it } from 'vitest';
import { IdentityGraph } from '../../src/core/identity/identityGraph';
import { newProfileState, type ProfileState } from '../../src/core/identity/profileState';

function stored(id: string, userId: string | null = null): ProfileState {
  return { ...newProfileState(id), isNew: false, touched: false, userId };
}

const keys = (anonymousId: string | null, userId: string | null = null, email: string | null = null) => ({
  anonymousId,
  userId,
  email,
});

function graph() {
  let n = 0;
  return new IdentityGraph(() => `new-${++n}`);
}

describe('the identity rules (IdentityGraph)', () => {
  it('creates a profile for a new browser and finds it again', () => {
    const g = graph();
    const p = g.resolve(keys('a'));
    expect(p.id).toBe('new-1');
    expect(g.resolve(keys('a'))).toBe(p);
    expect(g.changedIdentities()).toEqual([{ kind: 'anonymous', value: 'a', profileId: 'new-1' }]);
  });

  it('merges the anonymous profile into the known one on login', () => {
    const g = graph();
    const known = stored('known', 'u-1');
    const anonymous = stored('anon');
    g.know('user', 'u-1', known);
    g.know('anonymous', 'a', anonymous);
    expect(g.resolve(keys('a', 'u-1'))).toBe(known);
    expect(anonymous.mergedInto).toBe(known);
    expect(g.merges).toEqual([{ from: anonymous, into: known }]);
    expect(g.byId('anon')).toBe(known);
  });

  it('never merges two user ids: the browser moves to the user who logs in now (a shared computer)', () => {
    const g = graph();
    const first = stored('first', 'u-1');
    g.know('user', 'u-1', first);
    g.know('anonymous', 'a', first);
    const second = g.resolve(keys('a', 'u-2'));
    expect(second.id).toBe('new-1');
    expect(second.userId).toBe('u-2');
    expect(first.mergedInto).toBeNull();
    expect(g.lookup('anonymous', 'a')).toBe(second);
  });

  it('gives a new user id to the anonymous profile it logs in on, and merges by e-mail', () => {
    const g = graph();
    const anonymous = stored('anon');
    const byEmail = stored('mail');
    g.know('anonymous', 'a', anonymous);
    g.know('email', 'x@example.com', byEmail);
    const p = g.resolve(keys('a', 'u-9', 'x@example.com'));
    expect(p).toBe(byEmail);
    expect(p.userId).toBe('u-9');
    expect(anonymous.mergedInto).toBe(byEmail);
  });

  it('lets an alias merge two known users, the new user id surviving', () => {
    const g = graph();
    const old = stored('old', 'u-old');
    const current = stored('current', 'u-new');
    g.know('user', 'u-old', old);
    g.know('user', 'u-new', current);
    expect(g.alias('u-new', 'u-old')).toEqual({ from: old, into: current });
    expect(g.lookup('user', 'u-old')).toBe(current);
  });
});
