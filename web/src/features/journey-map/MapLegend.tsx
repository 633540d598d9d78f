import { useTranslation } from 'react-i18next';
import { ownershipSchema } from '../../../../src/core/model';
import { MaturityMeter } from './MaturityMeter';

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <section className="legend" aria-label={t('map.legend')}>
      <h2 className="visually-hidden">{t('map.legend')}</h2>
      <ul>
        {ownershipSchema.options.map((o) => (
          <li key={o}>
            <span className={`legend-swatch poe-${o}`} aria-hidden="true" />
            <span className={`badge poe-badge poe-${o}`}>{t(`ownership.${o}`)}</span>
            <span className="legend-hint">{t(`ownership.${o}Hint`)}</span>
          </li>
        ))}
        <li>
          <span className="badge badge-mtm">
            <span aria-hidden="true">◆ </span>
            {t('map.mtm')}
          </span>
        </li>
        <li>
          {t('map.maturity')}: <MaturityMeter maturity="good" />
        </li>
      </ul>
    </section>
  );
}
