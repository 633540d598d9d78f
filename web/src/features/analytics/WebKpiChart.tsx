import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { WebKpis } from '../../../../src/contract/analytics';
import { useEChart } from '../../components/useEChart';
import { useDayFormat } from '../action-plan/useDayFormat';

echarts.use([LegendComponent]);

export interface Series {
  key: 'visits' | 'uniqueVisitors' | 'pageViews' | 'conversions';
  label: string;
}

const STYLES = [
  { color: '#1d4ed8', type: 'solid', symbol: 'circle' },
  { color: '#7c2d12', type: 'dashed', symbol: 'rect' },
  { color: '#166534', type: 'dotted', symbol: 'triangle' },
  { color: '#6b21a8', type: 'solid', symbol: 'diamond' },
] as const;

/**
 * The daily figures as lines; each series differs in colour, dash and marker, so it does not rely on
 * colour alone. Hidden from screen readers: the table below carries the same numbers.
 */
export function WebKpiChart({ days, series }: { days: WebKpis['days']; series: readonly Series[] }) {
  const formatDay = useDayFormat('short');
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 48, right: 24, top: 40, bottom: 36 },
      legend: { top: 0, textStyle: { color: '#1f2937', fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      xAxis: {
        type: 'category' as const,
        data: days.map((d) => formatDay(d.day)),
        axisLabel: { color: '#1f2937', hideOverlap: true },
      },
      yAxis: {
        type: 'value' as const,
        minInterval: 1,
        axisLabel: { color: '#1f2937', hideOverlap: true },
      },
      series: series.map((s, i) => {
        const style = STYLES[i % STYLES.length]!;
        return {
          name: s.label,
          type: 'line' as const,
          data: days.map((d) => d[s.key]),
          symbol: style.symbol,
          symbolSize: 7,
          itemStyle: { color: style.color },
          lineStyle: { color: style.color, type: style.type, width: 2.5 },
        };
      }),
    }),
    [days, series, formatDay],
  );
  const ref = useEChart(option);
  return <div ref={ref} className="an-chart" aria-hidden="true" data-testid="web-chart" />;
}
