import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { TouchpointLiveActivity } from '../../../../../src/contract/mapping';
import { LoadError, Loading } from '../../../components/States';
import { useEChart } from '../../../components/useEChart';
import { useFormat } from '../../../i18n/format';
import { useDayFormat } from '../../action-plan/useDayFormat';
import { useActivityT } from '../activityMessages';
import './activity.css';
import { useTouchpointActivity } from '../useTouchpointActivity';

const DAYS = 30;

/**
 * The touchpoint's live activity from tracked events: interactions, people, conversions of the last
 * 30 days and a sparkline of the interactions per day; before any event, how to connect it.
 */
export function ActivitySection({
  workspaceId,
  touchpointId,
}: {
  workspaceId: string;
  touchpointId: string;
}) {
  const t = useActivityT();
  const format = useFormat();
  const activity = useTouchpointActivity(workspaceId, touchpointId, DAYS);
  return (
    <section className="panel" aria-labelledby="activity-title" data-testid="touchpoint-activity">
      <h2 id="activity-title">{t('title')}</h2>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        <LoadError error={activity.error} onRetry={() => void activity.refetch()} />
      ) : !activity.data.tracked ? (
        <div>
          <p>{t('none')}</p>
          <p className="hint">{t('howTo')}</p>
          <Link className="button" to="/tracking">
            {t('toTracking')}
          </Link>
        </div>
      ) : (
        <>
          <p className="hint">{t('period', { days: DAYS })}</p>
          <dl className="tp-activity-figures">
            {(['interactions', 'people', 'conversions'] as const).map((key) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd data-testid={`activity-${key}`}>{format.plain(activity.data[key])}</dd>
              </div>
            ))}
          </dl>
          {activity.data.interactions === 0 ? (
            <p className="hint">{t('quiet')}</p>
          ) : (
            <Sparkline trend={activity.data.trend} label={t('trend')} />
          )}
        </>
      )}
    </section>
  );
}

function Sparkline({ trend, label }: { trend: TouchpointLiveActivity['trend']; label: string }) {
  const formatDay = useDayFormat('short');
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 4, right: 4, top: 8, bottom: 4 },
      tooltip: { trigger: 'axis' as const },
      xAxis: { type: 'category' as const, show: false, data: trend.map((d) => formatDay(d.day)) },
      yAxis: { type: 'value' as const, show: false, min: 0 },
      series: [
        {
          name: label,
          type: 'line' as const,
          data: trend.map((d) => d.interactions),
          symbol: 'none',
          areaStyle: { color: 'rgba(29, 78, 216, 0.15)' },
          lineStyle: { color: '#1d4ed8', width: 2 },
        },
      ],
    }),
    [trend, label, formatDay],
  );
  const ref = useEChart(option);
  return (
    <figure className="tp-sparkline">
      <div ref={ref} className="tp-sparkline-chart" aria-hidden="true" data-testid="activity-sparkline" />
      <figcaption className="hint">{label}</figcaption>
    </figure>
  );
}
