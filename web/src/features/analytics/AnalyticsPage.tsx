import { useId, useState, type FormEvent } from 'react';
import { DateField } from '../../components/DateField';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './analytics.css';
import { ConversionPointName } from './ConversionPointName';
import { everyDay, lastDays } from './dateRange';
import { useAnalyticsT } from './messages';
import { TouchpointActivityPanel } from './TouchpointActivityPanel';
import { TrafficSourcesPanel } from './TrafficSourcesPanel';
import { useWebKpis } from './useWebKpis';
import { WebKpiChart, type Series } from './WebKpiChart';

/**
 * Web-Analyse: the website's figures in a date range, per day, per conversion point, per channel and
 * per touchpoint.
 */
export function AnalyticsPage() {
  const t = useAnalyticsT();
  const format = useFormat();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const [range, setRange] = useState(() => lastDays(30));
  const [draft, setDraft] = useState(range);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const kpis = useWebKpis(workspaceId, range.from, range.to);
  const tableId = useId();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.from > draft.to) {
      setRangeError(`${t('from')} ≤ ${t('to')}`);
      return;
    }
    setRangeError(undefined);
    setRange(draft);
  };
  const pct = (value: number | null) => (value === null ? t('noData') : `${format.number(value * 100, 1)} %`);
  const series: Series[] = [
    { key: 'visits', label: t('cards.visits') },
    { key: 'uniqueVisitors', label: t('dailyUniqueVisitors') },
    { key: 'pageViews', label: t('cards.pageViews') },
    { key: 'conversions', label: t('cards.conversions') },
  ];

  return (
    <section className="page" aria-labelledby="analytics-title">
      <h1 id="analytics-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar" onSubmit={apply}>
        <DateField
          label={t('from')}
          error={rangeError}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateField label={t('to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>
      {kpis.isPending ? (
        <Loading />
      ) : kpis.isError ? (
        <LoadError error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : (
        <>
          <ul className="an-cards" data-testid="web-cards">
            {(
              [
                ['visits', format.plain(kpis.data.visits)],
                ['uniqueVisitors', format.plain(kpis.data.uniqueVisitors)],
                ['newVisitors', format.plain(kpis.data.newVisitors)],
                ['returningVisitors', format.plain(kpis.data.returningVisitors)],
                ['bounceRate', pct(kpis.data.bounceRate)],
                ['pageViews', format.plain(kpis.data.pageViews)],
                [
                  'pageViewsPerVisit',
                  kpis.data.pageViewsPerVisit === null
                    ? t('noData')
                    : format.number(kpis.data.pageViewsPerVisit, 1),
                ],
                ['conversions', format.plain(kpis.data.conversions)],
                ['conversionRate', pct(kpis.data.conversionRate)],
              ] as const
            ).map(([key, value]) => (
              <li key={key} className="an-card" data-testid={`web-card-${key}`}>
                <span className="an-card-label">{t(`cards.${key}`)}</span>
                <span className="an-card-value">{value}</span>
              </li>
            ))}
          </ul>
          <section className="panel" aria-labelledby="analytics-chart-title">
            <h2 id="analytics-chart-title">{t('chartTitle')}</h2>
            <WebKpiChart days={everyDay(kpis.data.days, range.from, range.to)} series={series} />
            <details>
              <summary id={tableId}>{t('chartTable')}</summary>
              <div className="an-scroll">
                <table className="table" aria-labelledby={tableId}>
                  <thead>
                    <tr>
                      <th scope="col">{t('day')}</th>
                      {series.map((s) => (
                        <th scope="col" key={s.key}>
                          {s.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {kpis.data.days.map((d) => (
                      <tr key={d.day}>
                        <th scope="row">{format.date(d.day)}</th>
                        {series.map((s) => (
                          <td key={s.key}>{format.plain(d[s.key])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>
          <TrafficSourcesPanel sources={kpis.data.trafficSources} />
          <div className="an-grid">
            <section className="panel" aria-labelledby="analytics-cp-title">
              <h2 id="analytics-cp-title">{t('conversionPoints.title')}</h2>
              {kpis.data.conversionPoints.length === 0 ? (
                <Empty>{t('conversionPoints.none')}</Empty>
              ) : (
                <table className="table" data-testid="conversion-points">
                  <thead>
                    <tr>
                      <th scope="col">{t('conversionPoints.point')}</th>
                      <th scope="col">{t('conversionPoints.conversions')}</th>
                      <th scope="col">{t('conversionPoints.rate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {kpis.data.conversionPoints.map((c) => (
                      <tr key={c.conversionPoint}>
                        <th scope="row">
                          <ConversionPointName
                            workspaceId={workspaceId}
                            conversionPoint={c.conversionPoint}
                            name={c.name}
                            canEdit={canEdit}
                          />
                        </th>
                        <td>{format.plain(c.conversions)}</td>
                        <td>{pct(c.conversionRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <TouchpointActivityPanel workspaceId={workspaceId} from={range.from} to={range.to} />
          </div>
        </>
      )}
    </section>
  );
}
