import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useId, useMemo, useState } from 'react';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useEChart } from '../../components/useEChart';
import { useEmailKpisOverTime } from './emailQueries';
import { useEmailT } from './messages';
import { RATE_KEYS } from './rates';
import { useRateFormat } from './useRateFormat';

echarts.use([LegendComponent]);

const CHARTED = ['uniqueOpenRate', 'uniqueClickRate', 'clickToOpenRate', 'unsubscribeRate'] as const;
const STYLES = [
  { color: '#1d4ed8', type: 'solid', symbol: 'circle' },
  { color: '#166534', type: 'dashed', symbol: 'rect' },
  { color: '#7c2d12', type: 'dotted', symbol: 'triangle' },
  { color: '#991b1b', type: 'solid', symbol: 'diamond' },
] as const;
type Interval = 'day' | 'week' | 'month';

/** The main rates per day, week or month as lines (each with its own dash and marker), and a table of all. */
export function KpisOverTimePanel({ workspaceId }: { workspaceId: string }) {
  const t = useEmailT();
  const format = useFormat();
  const rate = useRateFormat();
  const [interval, setInterval] = useState<Interval>('month');
  const data = useEmailKpisOverTime(workspaceId, interval);
  const selectId = useId();
  const periods = data.data?.periods;

  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 56, right: 24, top: 48, bottom: 36 },
      legend: { top: 0, textStyle: { color: '#1f2937', fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      xAxis: {
        type: 'category' as const,
        data: (periods ?? []).map((p) => format.date(p.period)),
        axisLabel: { color: '#1f2937', hideOverlap: true },
      },
      yAxis: {
        type: 'value' as const,
        axisLabel: {
          color: '#1f2937',
          hideOverlap: true,
          formatter: (v: number) => `${format.number(v * 100, 0)} %`,
        },
      },
      series: CHARTED.map((key, i) => ({
        name: t(`kpis.${key}`),
        type: 'line' as const,
        data: (periods ?? []).map((p) => p.kpis[key]),
        symbol: STYLES[i]!.symbol,
        symbolSize: 8,
        itemStyle: { color: STYLES[i]!.color },
        lineStyle: { color: STYLES[i]!.color, type: STYLES[i]!.type, width: 2.5 },
      })),
    }),
    [periods, format, t],
  );
  const chart = useEChart(option);

  return (
    <section className="panel em-section" aria-labelledby="over-time-title">
      <div className="page-head">
        <h2 id="over-time-title">{t('overTime.title')}</h2>
        <label htmlFor={selectId}>{t('overTime.interval')}</label>
        <select id={selectId} value={interval} onChange={(e) => setInterval(e.target.value as Interval)}>
          {(['day', 'week', 'month'] as const).map((i) => (
            <option key={i} value={i}>
              {t(`overTime.intervals.${i}`)}
            </option>
          ))}
        </select>
      </div>
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} onRetry={() => void data.refetch()} />
      ) : data.data.periods.length === 0 ? (
        <Empty>{t('overTime.none')}</Empty>
      ) : null}
      <div
        ref={chart}
        className="em-chart"
        aria-hidden="true"
        data-testid="email-kpi-chart"
        hidden={!periods || periods.length === 0}
      />
      {periods && periods.length > 0 && (
        <details>
          <summary>{t('overTime.table')}</summary>
          <div className="em-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('overTime.period')}</th>
                  <th scope="col">{t('overTime.mailings')}</th>
                  <th scope="col">{t('kpis.delivered')}</th>
                  {RATE_KEYS.map((key) => (
                    <th scope="col" key={key}>
                      {t(`kpis.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{format.date(p.period)}</th>
                    <td>{format.plain(p.mailings)}</td>
                    <td>{format.plain(p.kpis.delivered)}</td>
                    {RATE_KEYS.map((key) => (
                      <td key={key}>
                        {key === 'unsubscribeRate' && p.flags.unsubscribeRateAbove1Percent && '⚠ '}
                        {rate(key, p.kpis[key])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
