import { useMemo } from 'react';
import type { CustomerValuePeriod } from '../../../../src/contract/customerValue';
import { useEChart } from '../../components/useEChart';

/**
 * The Pareto curve: the share of revenue the top x % of customers bring, with the A and B lines marked.
 * Hidden from screen readers: the class table beside it carries the same numbers.
 */
export function ParetoChart({
  abc,
  labels,
}: {
  abc: CustomerValuePeriod['abc'];
  labels: { customerShare: string; revenueShare: string };
}) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 48 },
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => `${Number(v).toFixed(1)} %` },
      xAxis: {
        type: 'value' as const,
        min: 0,
        max: 100,
        name: labels.customerShare,
        nameLocation: 'middle' as const,
        nameGap: 28,
        axisLabel: { color: '#1f2937', hideOverlap: true, formatter: '{value} %' },
      },
      yAxis: {
        type: 'value' as const,
        min: 0,
        max: 100,
        name: labels.revenueShare,
        axisLabel: { color: '#1f2937', hideOverlap: true, formatter: '{value} %' },
      },
      series: [
        {
          name: labels.revenueShare,
          type: 'line' as const,
          showSymbol: false,
          data: abc.pareto.map((p) => [p.customerShare * 100, p.revenueShare * 100]),
          lineStyle: { color: '#1d4ed8', width: 2.5 },
          itemStyle: { color: '#1d4ed8' },
          areaStyle: { color: 'rgba(29, 78, 216, 0.08)' },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#6b7280', type: 'dashed' as const },
            label: { color: '#1f2937', formatter: '{b}' },
            data: [
              { name: 'A', yAxis: abc.thresholds.a * 100 },
              { name: 'B', yAxis: (abc.thresholds.a + abc.thresholds.b) * 100 },
            ],
          },
        },
      ],
    }),
    [abc, labels],
  );
  const ref = useEChart(option);
  return <div ref={ref} className="cv-chart" aria-hidden="true" data-testid="pareto-chart" />;
}
