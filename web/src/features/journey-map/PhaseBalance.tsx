import type { MediaBalance } from '../../../../src/core/mediaBalance';
import type { Ownership } from '../../../../src/core/model';
import { assertUnreachable } from '../../../../src/core/result';
import { useHyphenate } from '../../components/useHyphenate';
import { useJourneyT, type JourneyT } from './journeyMessages';

function onlyKindHint(t: JourneyT, kind: Ownership): string {
  switch (kind) {
    case 'owned':
      return t('balance.onlyOwned');
    case 'earned':
      return t('balance.onlyEarned');
    case 'paid':
      return t('balance.onlyPaid');
    default:
      return assertUnreachable(kind);
  }
}

/** "O 4 · E 1 · P 0" in the phase header, and a hint when the phase relies on one kind only. */
export function PhaseBalance({ balance }: { balance: MediaBalance }) {
  const t = useJourneyT();
  const hyphenate = useHyphenate();
  const counts = { owned: balance.owned, earned: balance.earned, paid: balance.paid };
  return (
    <>
      <p className="phase-balance" data-testid="phase-balance" aria-label={t('balance.label', counts)}>
        <span aria-hidden="true">{t('balance.short', counts)}</span>
      </p>
      {balance.onlyKind && (
        <p className={`phase-balance-hint poe-${balance.onlyKind}`} data-testid="phase-balance-hint">
          {/* A column is narrow: long German words break between syllables, not anywhere. */}
          {hyphenate(onlyKindHint(t, balance.onlyKind))}
        </p>
      )}
    </>
  );
}
