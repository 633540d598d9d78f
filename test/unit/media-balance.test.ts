import { describe, expect, it } from 'vitest';
import { mediaBalance, mediaBalanceByPhase, phasesOfOneKind } from '../../src/core/mediaBalance';
import type { Ownership } from '../../src/core/model';

const tp = (ownership: Ownership, ...phaseIds: string[]) => ({ ownership, phaseIds });

describe('Owned / Earned / Paid per phase', () => {
  it('counts each kind and names the one kind a phase relies on', () => {
    expect(mediaBalance([tp('owned'), tp('owned'), tp('owned')])).toEqual({
      owned: 3,
      earned: 0,
      paid: 0,
      onlyKind: 'owned',
    });
    expect(mediaBalance([tp('earned')]).onlyKind).toBe('earned');
    expect(mediaBalance([tp('owned'), tp('paid')])).toEqual({ owned: 1, earned: 0, paid: 1, onlyKind: null });
  });

  it('gives an empty phase no hint: it lacks touchpoints, not balance', () => {
    expect(mediaBalance([])).toEqual({ owned: 0, earned: 0, paid: 0, onlyKind: null });
  });

  it('the seed 001 picture: few, earned touchpoints early, many owned ones from the purchase on', () => {
    const touchpoints = [
      tp('earned', 'attention'),
      tp('paid', 'attention'),
      tp('earned', 'interest'),
      tp('owned', 'action', 'loyalty'),
      tp('owned', 'action'),
      tp('owned', 'loyalty'),
    ];
    const phases = ['attention', 'interest', 'action', 'loyalty', 'advocacy'];
    const byPhase = mediaBalanceByPhase(phases, touchpoints);
    expect([...byPhase.keys()]).toEqual(phases);
    expect(byPhase.get('attention')).toEqual({ owned: 0, earned: 1, paid: 1, onlyKind: null });
    expect(byPhase.get('interest')?.onlyKind).toBe('earned');
    // The touchpoint in two phases counts in both.
    expect(byPhase.get('action')).toEqual({ owned: 2, earned: 0, paid: 0, onlyKind: 'owned' });
    expect(byPhase.get('loyalty')).toEqual({ owned: 2, earned: 0, paid: 0, onlyKind: 'owned' });
    expect(byPhase.get('advocacy')?.onlyKind).toBeNull();
    expect(phasesOfOneKind(byPhase.values())).toBe(3);
  });
});
