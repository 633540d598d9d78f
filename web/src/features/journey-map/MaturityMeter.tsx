import { useTranslation } from 'react-i18next';
import { maturityLevel, type Maturity } from '../../../../src/core/model';

/** Three dots for Minimal / Gut / Exzellent, with the level in words. */
export function MaturityMeter({ maturity }: { maturity: Maturity }) {
  const { t } = useTranslation();
  const level = maturityLevel[maturity];
  return (
    <span className="maturity">
      <span className="maturity-dots" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <span key={n} className={n <= level ? 'dot dot-on' : 'dot'} />
        ))}
      </span>
      <span className="maturity-label">{t(`maturity.${maturity}`)}</span>
    </span>
  );
}
