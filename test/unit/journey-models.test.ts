import { describe, expect, it } from 'vitest';
import { aidalaModel, journeyModelTemplates, mapAidalaPhases } from '../../src/core/journeyModels';

describe('journey models', () => {
  it('AIDA(LA) has the six phases of seed 002 in order', () => {
    expect(aidalaModel.phases.map((p) => p.key)).toEqual([
      'attention',
      'interest',
      'desire',
      'action',
      'loyalty',
      'advocacy',
    ]);
    expect(aidalaModel.phases.map((p) => p.nameDe.split(' – ')[1])).toEqual([
      'Informationsphase',
      'Spezifizierungsphase',
      'Anbieterselektionsphase',
      'Kaufphase',
      'Aufrechterhaltungsphase',
      'Befürwortungsphase',
    ]);
  });

  it('NEED/BUY/USE and the seven-stage journey are there', () => {
    expect(journeyModelTemplates.need_buy_use.phases.map((p) => p.key)).toEqual(['need', 'buy', 'use']);
    expect(journeyModelTemplates.seven_stage.phases).toHaveLength(7);
  });

  it.each([
    ['aidala', ['attention', 'action'], ['attention', 'action']],
    ['need_buy_use', ['attention', 'interest', 'action', 'loyalty'], ['need', 'buy', 'use']],
    ['seven_stage', ['desire', 'advocacy'], ['preference', 'loyalty']],
    ['custom', ['attention'], []],
  ] as const)('maps catalogue phases onto %s', (kind, aidala, expected) => {
    expect(mapAidalaPhases(kind, aidala)).toEqual(expected);
  });
});
