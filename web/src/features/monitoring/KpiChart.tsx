import { useMemo } from 'react';
import { useEChart, type EChartsOption } from '../../components/useEChart';

interface KpiChartProps {
  label: string;
  values: readonly { measuredOn: string; value: number }[];
  target: number | null;
  targetLabel: string;
  /** Whether a value meets the target, to mark points off target. */
  meets: (value: number) => boolean;
  formatNumber: (value: number) => string;
  formatDay: (day: string) => string;
}

const BLUE = '#1d4ed8';
const RED = '#b91c1c';
const GREEN = '#166534';

/**
 * A KPI over time: the values as a line, the target as a dashed line. Points off target are red
 * diamonds (shape and colour), so the chart does not rely on colour alone. The chart itself is hidden
 * from screen readers; the table next to it carries the same numbers.
 */
export function KpiChart({
  label,
  values,
  target,
  targetLabel,
  meets,
  formatNumber,
  formatDay,
}: KpiChartProps) {
  const option = useMemo((): EChartsOption => {
    const off = (v: number) => target !== null && !meets(v);
    return {
      animation: false,
      grid: { left: 56, right: 96, top: 24, bottom: 36 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as
            { value?: [string, number] } | undefined;
          if (!first?.value) return '';
          return `${formatDay(first.value[0])}: <b>${formatNumber(first.value[1])}</b>`;
        },
      },
      xAxis: {
        type: 'time',
        splitNumber: 4,
        minInterval: 24 * 3600 * 1000,
        axisLabel: {
          color: '#1f2937',
          fontSize: 13,
          hideOverlap: true,
          formatter: (v: number) => formatDay(new Date(v).toISOString()),
        },
        axisLine: { lineStyle: { color: '#4b5563' } },
      },
      yAxis: {
        type: 'value',
        scale: true,
        // The target line stays in view even when every value is far from it.
        ...(target !== null && {
          min: (extent: { min: number }) => Math.min(extent.min, target),
          max: (extent: { max: number }) => Math.max(extent.max, target),
        }),
        // A bound taken from the target or the data (2.400) sits next to a round tick (2.500): hide the
        // one that would overlap instead of printing "2.500/2.400".
        axisLabel: {
          color: '#1f2937',
          fontSize: 13,
          hideOverlap: true,
          formatter: (v: number) => formatNumber(v),
        },
        splitLine: { lineStyle: { color: '#e5e7eb' } },
      },
      series: [
        {
          name: label,
          type: 'line',
          data: values.map((v) => ({
            value: [v.measuredOn, v.value],
            symbol: off(v.value) ? 'diamond' : 'circle',
            symbolSize: off(v.value) ? 14 : 9,
            itemStyle: { color: off(v.value) ? RED : BLUE },
          })),
          lineStyle: { width: 3, color: BLUE },
          markLine:
            target === null
              ? undefined
              : {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: GREEN, type: 'dashed', width: 2 },
                  label: {
                    formatter: targetLabel,
                    color: GREEN,
                    fontSize: 13,
                    fontWeight: 'bold',
                    position: 'end',
                  },
                  data: [{ yAxis: target }],
                },
        },
      ],
    };
  }, [label, values, target, targetLabel, meets, formatNumber, formatDay]);
  const container = useEChart(option);

  return <div ref={container} className="mon-chart" aria-hidden="true" data-testid="kpi-chart" />;
}
