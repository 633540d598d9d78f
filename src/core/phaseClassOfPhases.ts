import type { JourneyModelKind, PhaseClass } from './model';

/**
 * The phase class of each phase of the built-in models (seed 000): before the purchase (CIP), at the
 * point of sale (CPOS), after it (CSP), and customer to customer (CCRP, recommendation).
 */
const CLASS_OF_PHASE: Record<Exclude<JourneyModelKind, 'custom'>, Record<string, PhaseClass>> = {
  aidala: {
    attention: 'cip',
    interest: 'cip',
    desire: 'cip',
    action: 'cpos',
    loyalty: 'csp',
    advocacy: 'ccrp',
  },
  need_buy_use: { need: 'cip', buy: 'cpos', use: 'csp' },
  seven_stage: {
    awareness: 'cip',
    consideration: 'cip',
    preference: 'cip',
    purchase: 'cpos',
    usage: 'csp',
    service: 'csp',
    loyalty: 'csp',
  },
};

/**
 * The phase class a touchpoint gets from the phases it sits in, when nobody chose one: that of its
 * earliest phase (the first moment a customer meets it). Undefined when it has no phase or the model is
 * a custom one, whose phases carry no class.
 * @example phaseClassOfPhases('aidala', ['advocacy']) // 'ccrp'
 * @example phaseClassOfPhases('aidala', ['loyalty', 'action']) // 'cpos' (action comes first)
 */
export function phaseClassOfPhases(
  kind: JourneyModelKind,
  phaseKeysInJourneyOrder: readonly string[],
): PhaseClass | undefined {
  if (kind === 'custom') return undefined;
  const classes = CLASS_OF_PHASE[kind];
  const order = Object.keys(classes);
  const earliest = [...phaseKeysInJourneyOrder]
    .filter((key) => key in classes)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
  return earliest === undefined ? undefined : classes[earliest];
}
