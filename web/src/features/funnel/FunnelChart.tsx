import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { FunnelPeriod } from '../../../../src/contract/funnel';
import { useEChart } from '../../components/useEChart';

echarts.use([LegendComponent]);

/**
 * People per phase as horizontal bars, the first phase on top, the comparison period beside each in
 * grey and named in the legend. Hidden from screen readers: the table below carries the same numbers.
 * Clicking a bar opens the people behind it.
 */
export function FunnelChart({
  main,
  compare,
  label,
  labels,
  onPhase,
}: {
  main: FunnelPeriod;
  compare: FunnelPeriod | null;
  label: (phase: { nameDe: string; nameEn: string }) => string;
  labels: { period: string; comparison: string };
  onPhase: (key: string) => void;
}) {
  const option = useMemo(() => {
    const bars = (period: FunnelPeriod, name: string, color: string) => ({
      name,
      type: 'bar' as const,
      data: period.phases.map((p) => ({ value: p.profiles, id: p.key })),
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
        data: main.phases.map((p) => label(p)),
        axisLabel: { color: '#1f2937', width: 120, overflow: 'truncate' as const, interval: 0 },
      },
      xAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: '#1f2937', hideOverlap: true } },
      series: [
        bars(main, labels.period, '#1d4ed8'),
        ...(compare ? [bars(compare, labels.comparison, '#9ca3af')] : []),
      ],
    };
  }, [main, compare, label, labels]);
  const ref = useEChart(option, onPhase);
  return <div ref={ref} className="fn-chart" aria-hidden="true" data-testid="funnel-chart" />;
}
