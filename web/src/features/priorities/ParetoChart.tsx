import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ParetoRow } from '../../../../src/core/prioritisation/prioritise';
import { useFormat } from '../../i18n/format';
import { escapeHtml } from './escapeHtml';
import { usePrioritiesT } from './messages';
import { useEChart, type EChartsOption } from '../../components/useEChart';

const KEY = '#1e3a8a';
const OTHER = '#6b7280';
const LINE = '#b45309';
const RED = '#b91c1c';

/**
 * The Pareto view: each touchpoint's share of the weighted relevance as bars, the cumulative share as
 * a line with the 80 % mark. Key touchpoints get dark bars and a ★, and are listed in words below.
 */
export function ParetoChart({ rows }: { rows: readonly ParetoRow[] }) {
  const t = usePrioritiesT();
  const format = useFormat();
  const navigate = useNavigate();
  const keys = rows.filter((r) => r.key);

  const option = useMemo<EChartsOption>(() => {
    const percent = (v: number) => `${format.number(v, 1)} %`;
    return {
      animation: false,
      grid: { left: 56, right: 56, top: 28, bottom: 120 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const list = params as { dataIndex: number }[];
          const row = rows[list[0]?.dataIndex ?? -1];
          if (!row) return '';
          return `<b>${escapeHtml(row.name)}</b>${row.key ? ` ★ ${escapeHtml(t('pareto.key'))}` : ''}<br>${escapeHtml(
            `${t('pareto.share')}: ${percent(row.share)} · ${t('pareto.cumulative')}: ${percent(row.cumulativeShare)}`,
          )}`;
        },
      },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: {
          interval: 0,
          rotate: 40,
          width: 120,
          overflow: 'truncate',
          color: '#1f2937',
          fontSize: 12,
        },
        axisLine: { lineStyle: { color: '#4b5563' } },
      },
      yAxis: [
        {
          type: 'value',
          name: t('pareto.share'),
          nameTextStyle: { color: '#111827', fontWeight: 'bold' },
          axisLabel: { color: '#1f2937', hideOverlap: true, formatter: (v: number) => `${v} %` },
          splitLine: { lineStyle: { color: '#e5e7eb' } },
        },
        {
          type: 'value',
          name: t('pareto.cumulative'),
          min: 0,
          max: 100,
          interval: 20,
          nameTextStyle: { color: LINE, fontWeight: 'bold' },
          axisLabel: { color: '#1f2937', hideOverlap: true, formatter: (v: number) => `${v} %` },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          type: 'bar',
          cursor: 'pointer',
          data: rows.map((r) => ({
            id: r.id,
            value: r.share,
            itemStyle: { color: r.key ? KEY : OTHER },
            label: { show: r.key, position: 'top', formatter: '★', color: KEY, fontSize: 14 },
          })),
        },
        {
          type: 'line',
          yAxisIndex: 1,
          data: rows.map((r) => r.cumulativeShare),
          lineStyle: { color: LINE, width: 3 },
          itemStyle: { color: LINE },
          symbol: 'circle',
          symbolSize: 7,
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: RED, type: 'dashed', width: 2 },
            label: {
              formatter: t('pareto.line80'),
              color: RED,
              fontWeight: 'bold',
              position: 'insideStartTop',
            },
            data: [{ yAxis: 80 }],
          },
        },
      ],
    };
  }, [rows, t, format]);

  const ref = useEChart(option, (id) => void navigate(`/touchpoints/${id}`));

  return (
    <figure className="prio-pareto" data-testid="pareto-chart">
      <div ref={ref} className="prio-pareto-chart" aria-hidden="true" />
      <figcaption>
        {keys.length === 0 ? (
          <p className="muted">{t('pareto.noneKey')}</p>
        ) : (
          <>
            <p>{t('pareto.keyList', { count: keys.length })}</p>
            <ol className="prio-key-list" data-testid="pareto-keys">
              {keys.map((r) => (
                <li key={r.id}>
                  <Link to={`/touchpoints/${r.id}`}>{r.name}</Link>{' '}
                  <span className="muted">
                    ({format.number(r.share, 1)} % · {t('pareto.cumulative')}{' '}
                    {format.number(r.cumulativeShare, 1)} %)
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </figcaption>
    </figure>
  );
}
