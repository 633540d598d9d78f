import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { useEChart } from '../../components/useEChart';

echarts.use([LegendComponent]);

interface Bar {
  label: string;
  newVisitors: number;
  returningVisitors: number;
}

/**
 * New and returning visitors as stacked bars, vertical over time or horizontal per phase. The two
 * series differ in colour and pattern of the legend text; hidden from screen readers, as the table
 * below carries the same numbers.
 */
export function VisitorsChart({
  bars,
  labels,
  horizontal = false,
  testId,
}: {
  bars: readonly Bar[];
  labels: { newVisitors: string; returningVisitors: string };
  horizontal?: boolean;
  testId: string;
}) {
  const option = useMemo(() => {
    const category = {
      type: 'category' as const,
      data: bars.map((b) => b.label),
      axisLabel: horizontal
        ? { color: '#1f2937', width: 120, overflow: 'truncate' as const, interval: 0 }
        : { color: '#1f2937', hideOverlap: true },
      ...(horizontal && { inverse: true }),
    };
    const value = {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { color: '#1f2937', hideOverlap: true },
    };
    const series = (name: string, key: 'newVisitors' | 'returningVisitors', color: string) => ({
      name,
      type: 'bar' as const,
      stack: 'visitors',
      data: bars.map((b) => b[key]),
      itemStyle: { color },
      barMaxWidth: 36,
    });
    return {
      animation: false,
      grid: horizontal
        ? { left: 8, right: 24, top: 32, bottom: 8, containLabel: true }
        : { left: 48, right: 16, top: 40, bottom: 36 },
      legend: { top: 0, textStyle: { color: '#1f2937', fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [
        series(labels.newVisitors, 'newVisitors', '#1d4ed8'),
        series(labels.returningVisitors, 'returningVisitors', '#f59e0b'),
      ],
    };
  }, [bars, labels, horizontal]);
  const ref = useEChart(option);
  return <div ref={ref} className="vs-chart" aria-hidden="true" data-testid={testId} />;
}
