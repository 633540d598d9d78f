import type { MapLiveTouchpoint } from '../../../../src/contract/mapLive';
import { useFormat } from '../../i18n/format';
import { useMapLiveT } from './mapLiveMessages';

/**
 * A card's live figures in one short line (interactions, people, conversions) and its KPI status as a
 * dot; the full words are there for screen readers and as the tooltip, so a phone-wide card stays one
 * line high.
 */
export function CardLiveFigures({ live }: { live: MapLiveTouchpoint }) {
  const t = useMapLiveT();
  const format = useFormat();
  const figure = (key: 'interactions' | 'people' | 'conversions', value: number) => (
    <span className="card-live-figure" title={`${t(`figures.${key}`)}: ${format.plain(value)}`}>
      <span aria-hidden="true">
        {format.plain(value)} {t(`figures.${key}Short`)}
      </span>
      <span className="visually-hidden">
        {format.plain(value)} {t(`figures.${key}`)}
      </span>
    </span>
  );
  return (
    <p className="card-live" data-testid="card-live">
      <span
        className={`kpi-dot kpi-dot-${live.kpiStatus}`}
        role="img"
        aria-label={t(`kpi.${live.kpiStatus}`)}
        title={t(`kpi.${live.kpiStatus}`)}
        data-testid="card-kpi-status"
        data-status={live.kpiStatus}
      />
      {figure('interactions', live.interactions)}
      {figure('people', live.people)}
      {figure('conversions', live.conversions)}
    </p>
  );
}
