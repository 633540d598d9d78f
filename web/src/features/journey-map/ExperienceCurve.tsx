import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapView } from './mapModel';
import { useEChart, type EChartsOption } from '../../components/useEChart';

interface ExperienceCurveProps {
  phaseNames: string[];
  values: (number | null)[];
  view: MapView;
  formatNumber: (value: number) => string;
}

/** The average rating per phase as a line above the columns; the same numbers as text for screen readers. */
export function ExperienceCurve({ phaseNames, values, view, formatNumber }: ExperienceCurveProps) {
  const { t } = useTranslation();

  const option = useMemo((): EChartsOption => {
    return {
      animation: false,
      grid: { left: 0, right: 0, top: 24, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : t('map.curveNoData')),
      },
      xAxis: {
        type: 'category',
        data: phaseNames,
        boundaryGap: true,
        // The phase columns right below name the phases; long names on the canvas would overlap.
        axisLabel: { show: false },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#4b5563' } },
      },
      yAxis: {
        type: 'value',
        min: 1,
        max: 5,
        interval: 1,
        axisLabel: {
          color: '#374151',
          fontSize: 12,
          inside: true,
          verticalAlign: 'bottom',
          hideOverlap: true,
        },
        splitLine: { lineStyle: { color: '#e5e7eb' } },
      },
      series: [
        {
          type: 'line',
          data: values,
          connectNulls: true,
          symbol: 'circle',
          symbolSize: 12,
          lineStyle: {
            width: 4,
            color: view === 'asIs' ? '#1d4ed8' : '#047857',
            type: view === 'asIs' ? 'solid' : 'dashed',
          },
          itemStyle: { color: view === 'asIs' ? '#1d4ed8' : '#047857' },
          label: {
            show: true,
            position: 'top',
            color: '#111827',
            fontSize: 13,
            fontWeight: 'bold',
            formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#9ca3af', type: 'dotted' },
            data: [{ yAxis: 3 }],
          },
        },
      ],
    };
  }, [phaseNames, values, view, formatNumber, t]);
  const container = useEChart(option);

  const caption = view === 'asIs' ? t('map.curveAsIs') : t('map.curveTarget');
  return (
    <figure className="experience-curve" data-testid="experience-curve">
      <figcaption>
        <strong>{t('map.curveTitle')}</strong> – {caption}
      </figcaption>
      <div ref={container} className="experience-curve-chart" aria-hidden="true" />
      <table className="visually-hidden">
        <caption>{t('map.curveSummary')}</caption>
        <tbody>
          {phaseNames.map((name, i) => {
            const value = values[i];
            return (
              <tr key={name + i}>
                <th scope="row">{name}</th>
                <td>{typeof value === 'number' ? formatNumber(value) : t('map.curveNoData')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
