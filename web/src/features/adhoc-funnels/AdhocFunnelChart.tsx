import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { AdhocFunnelPeriod } from '../../../../src/contract/adhocFunnels';
import { useEChart } from '../../components/useEChart';

echarts.use([LegendComponent]);

/**
 * People per step as horizontal bars, the first step on top, the comparison period beside each in grey.
 * Hidden from screen readers: the table carries the same numbers. A click opens the people behind a bar.
 */
export function AdhocFunnelChart({
  main,
  compare,
  labels,
  onStep,
}: {
  main: AdhocFunnelPeriod;
  compare: AdhocFunnelPeriod | null;
  labels: { period: string; comparison: string };
  onStep: (index: number) => void;
}) {
  const option = useMemo(() => {
    const bars = (period: AdhocFunnelPeriod, name: string, color: string) => ({
      name,
      type: 'bar' as const,
      data: period.steps.map((s) => ({ value: s.profiles, id: String(s.index) })),
      itemStyle: { color },
      label: { show: true, position: 'right' as const, color: '#1f2937' },
      cursor: 'pointer',
    });
    return {
      animation: false,
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: '#1f2937', fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      yAxis: {
        type: 'category' as const,
        inverse: true,
        data: main.steps.map((s) => `${s.index + 1}. ${s.label}`),
        axisLabel: { color: '#1f2937', width: 140, overflow: 'truncate' as const, interval: 0 },
      },
      xAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: '#1f2937', hideOverlap: true } },
      series: [
        bars(main, labels.period, '#1d4ed8'),
        ...(compare ? [bars(compare, labels.comparison, '#9ca3af')] : []),
      ],
    };
  }, [main, compare, labels]);
  const ref = useEChart(option, (id) => onStep(Number(id)));
  return <div ref={ref} className="pa-chart" aria-hidden="true" data-testid="adhoc-funnel-chart" />;
}
