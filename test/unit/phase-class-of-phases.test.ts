import { describe, expect, it } from 'vitest';
import { phaseClassOfPhases } from '../../src/core/phaseClassOfPhases';

describe('phaseClassOfPhases', () => {
  it.each([
    ['aidala', ['advocacy'], 'ccrp'],
    ['aidala', ['loyalty', 'action'], 'cpos'],
    ['aidala', ['interest', 'advocacy'], 'cip'],
    ['need_buy_use', ['use'], 'csp'],
    ['seven_stage', ['purchase', 'service'], 'cpos'],
  ] as const)('%s %j is %s: the class of the earliest phase', (kind, keys, expected) => {
    expect(phaseClassOfPhases(kind, keys)).toBe(expected);
  });

  it('says nothing without phases or for a custom model', () => {
    expect(phaseClassOfPhases('aidala', [])).toBeUndefined();
    expect(phaseClassOfPhases('custom', ['anything'])).toBeUndefined();
  });
});
