import { describe, expect, it } from 'vitest';
import { applyEvent, mergeProfileStates, newProfileState } from '../../src/core/identity/profileState';
import { phaseOfTouchpoints } from '../../src/core/profiles/phaseOfTouchpoints';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const event = (time: string, revenue: number | null = null) => ({
  occurredAt: at(time),
  revenue,
  touchpointId: 'tp',
});

describe('phase progression', () => {
  it('takes the phase of the most recent touchpoint; a late-arriving older event does not move it', () => {
    const p = newProfileState('p');
    applyEvent(p, event('09:00'), 'attention');
    applyEvent(p, event('10:00'), 'action');
    applyEvent(p, event('09:30'), 'interest');
    expect(p.currentPhaseKey).toBe('action');
    applyEvent(p, event('11:00'), null);
    expect(p.currentPhaseKey).toBe('action');
    expect(p).toMatchObject({ eventCount: 4, firstSeenAt: at('09:00'), lastSeenAt: at('11:00') });
  });

  it('keeps the phase reached last when two profiles merge, and adds up counters in cents', () => {
    const into = newProfileState('into');
    const from = newProfileState('from');
    applyEvent(into, event('09:00', 0.1), 'attention');
    applyEvent(from, event('10:00', 0.2), 'interest');
    mergeProfileStates(from, into);
    expect(into).toMatchObject({ currentPhaseKey: 'interest', eventCount: 2, revenue: 0.3 });
  });

  it('maps a touchpoint in several phases to the latest of the active model', () => {
    const phases = [
      { id: 'p1', ref: 'attention' },
      { id: 'p2', ref: 'interest' },
      { id: 'p3', ref: 'action' },
    ];
    const links = [
      { touchpoint_id: 'site', phase_id: 'p2' },
      { touchpoint_id: 'site', phase_id: 'p1' },
      { touchpoint_id: 'form', phase_id: 'p3' },
      { touchpoint_id: 'old', phase_id: 'other-model' },
    ];
    expect(phaseOfTouchpoints(phases, links)).toEqual(
      new Map([
        ['site', 'interest'],
        ['form', 'action'],
      ]),
    );
  });
});
