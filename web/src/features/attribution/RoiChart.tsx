import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { CampaignRoiRow } from '../../../../src/contract/campaigns';
import { useEChart } from '../../components/useEChart';

echarts.use([LegendComponent]);

/**
 * Cost beside attributed revenue per campaign, as horizontal bars (long names stay readable); a
 * campaign without a cost shows its revenue alone. The table below carries the same numbers.
 */
export function RoiChart({
  rows,
  labels,
}: {
  rows: CampaignRoiRow[];
  labels: { cost: string; revenue: string };
}) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: '#1f2937', fontSize: 13 } },
      tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
      yAxis: {
        type: 'category' as const,
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { color: '#1f2937', width: 140, overflow: 'truncate' as const, interval: 0 },
      },
      xAxis: { type: 'value' as const, axisLabel: { color: '#1f2937', hideOverlap: true } },
      series: [
        {
          name: labels.cost,
          type: 'bar' as const,
          data: rows.map((r) => r.costEur ?? 0),
          itemStyle: { color: '#9ca3af' },
        },
        {
          name: labels.revenue,
          type: 'bar' as const,
          data: rows.map((r) => Math.round(r.revenue * 100) / 100),
          itemStyle: { color: '#15803d' },
        },
      ],
    }),
    [rows, labels],
  );
  const ref = useEChart(option);
  const height = Math.max(200, 60 + rows.length * 44);
  return <div ref={ref} className="at-chart" style={{ height }} aria-hidden="true" data-testid="roi-chart" />;
}
