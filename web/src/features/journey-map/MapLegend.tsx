import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ownershipSchema } from '../../../../src/core/model';
import type { MapView } from './mapModel';
import { MaturityMeter } from './MaturityMeter';

export function MapLegend({ view }: { view: MapView }) {
  const { t } = useTranslation();
  const format = useFormat();
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
          <MaturityMeter maturity="good" /> = {view === 'asIs' ? t('map.maturity') : t('map.targetMaturity')}
        </li>
        <li>
          <span aria-hidden="true">★ {format.number(3.8)} (12) =</span>{' '}
          {view === 'asIs' ? t('map.legendRating') : t('map.targetRating')}
        </li>
      </ul>
    </section>
  );
}
