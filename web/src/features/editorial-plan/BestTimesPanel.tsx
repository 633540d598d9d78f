import type { BestTimes } from '../../../../src/contract/editorialPlan';
import { useEditorialT } from './messages';

/** The strongest slots per channel from the workspace's own events; "no data yet" where there are none. */
export function BestTimesPanel({ best }: { best: BestTimes }) {
  const t = useEditorialT();
  const day = (weekday: number) => t(`weekdays.d${weekday}` as 'weekdays.d1');
  return (
    <section className="ep-panel" data-testid="editorial-best-times" aria-labelledby="ep-best-title">
      <h2 id="ep-best-title">{t('best.title')}</h2>
      <p className="hint">{t('best.hint', { zone: best.timeZone })}</p>
      <ul className="ep-panel-list">
        {best.channels.map((c) => (
          <li key={c.channelId} data-testid="best-times-row" data-channel={c.channelName}>
            <div className="ep-panel-row">
              <strong>{c.channelName}</strong>
              {c.result.status === 'enough_data' && (
                <span className="muted">{t('best.events', { count: c.result.events })}</span>
              )}
            </div>
            {c.result.status === 'enough_data' ? (
              <ol className="ep-slots">
                {c.result.topSlots.map((s) => (
                  <li key={`${s.weekday}-${s.hour}`}>
                    {t('best.slot', { day: day(s.weekday), hour: String(s.hour).padStart(2, '0') })}{' '}
                    <span className="muted">({Math.round(s.share * 100)} %)</span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="ep-panel-detail muted" data-testid="best-times-none">
                {c.result.status === 'not_measured'
                  ? t('best.notMeasured')
                  : c.result.events === 0
                    ? t('best.noData')
                    : t('best.notEnough', { events: c.result.events, min: c.result.minEvents })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
