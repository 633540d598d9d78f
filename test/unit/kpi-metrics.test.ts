import { describe, expect, it } from 'vitest';
import { breachOf, kpiStatusOf } from '../../src/core/kpis/band';
import { computeMetric, emptyMetricData, metricByKey, metricCatalogue } from '../../src/core/kpis/metrics';

const scope = { touchpointId: 'tp', params: {} };

describe('the metric catalogue', () => {
  it('has unique keys, each with a unit, a direction and a description', () => {
    expect(new Set(metricCatalogue.map((m) => m.key)).size).toBe(metricCatalogue.length);
    for (const m of metricCatalogue) {
      expect(m.unit, m.key).not.toBe('');
      expect(m.description.length, m.key).toBeGreaterThan(10);
    }
    expect(metricByKey('email.click_to_open_rate')?.unit).toBe('%');
    expect(metricByKey('social.reach')).toBeUndefined();
  });

  it('gives no value (null) where there is nothing to divide by, never 0 or NaN', () => {
    const empty = emptyMetricData();
    for (const key of [
      'web.bounce_rate',
      'web.returning_share',
      'web.conversion_rate',
      'social.response_time_hours',
      'email.open_rate',
    ])
      expect(computeMetric(key, empty, scope), key).toBeNull();
    expect(computeMetric('web.visits', empty, scope)).toBe(0);
    expect(computeMetric('no.such.metric', empty, scope)).toBeNull();
  });

  it('counts only the KPI’s touchpoint, and one event type when asked', () => {
    const data = {
      ...emptyMetricData(),
      touchpointStats: [
        { touchpointKey: 'tp', eventType: 'call', events: 3, profiles: 2, revenue: 0 },
        { touchpointKey: 'tp', eventType: 'order', events: 2, profiles: 2, revenue: 100.1 },
        { touchpointKey: 'other', eventType: 'order', events: 9, profiles: 9, revenue: 900 },
      ],
    };
    expect(computeMetric('touchpoint.events', data, scope)).toBe(5);
    expect(
      computeMetric('touchpoint.events', data, { touchpointId: 'tp', params: { eventType: 'order' } }),
    ).toBe(2);
    expect(computeMetric('touchpoint.revenue', data, scope)).toBe(100.1);
  });

  it('validates parameters per metric', () => {
    expect(metricByKey('web.conversion_rate')?.params.safeParse({ conversionPoint: 'demo' }).success).toBe(
      true,
    );
    expect(metricByKey('web.visits')?.params.safeParse({ conversionPoint: 'demo' }).success).toBe(false);
  });
});

describe('the target band', () => {
  const band = { bandLow: 40, bandHigh: 60, target: 50, direction: 'higher_is_better' as const };
  it('alerts outside [bandLow, bandHigh], the bounds themselves are inside', () => {
    expect(breachOf(39.9, band)).toEqual({ side: 'below', bound: 40 });
    expect(breachOf(40, band)).toBeNull();
    expect(breachOf(60, band)).toBeNull();
    expect(breachOf(61, band)).toEqual({ side: 'above', bound: 60 });
    expect(breachOf(100, { ...band, bandHigh: null })).toBeNull();
  });
  it('falls back to the target by direction, and to nothing without one', () => {
    const noBand = { bandLow: null, bandHigh: null, target: 50 };
    expect(breachOf(49, { ...noBand, direction: 'higher_is_better' })).toEqual({ side: 'below', bound: 50 });
    expect(breachOf(51, { ...noBand, direction: 'higher_is_better' })).toBeNull();
    expect(breachOf(51, { ...noBand, direction: 'lower_is_better' })).toEqual({ side: 'above', bound: 50 });
    expect(breachOf(1e9, { ...noBand, target: null, direction: 'lower_is_better' })).toBeNull();
  });
  it('shows the status against the target shown beside it; the band stands in for a missing target', () => {
    // Inside the band (no alert) but below the target of 50: off target, as "≥ 50" beside it says.
    expect(kpiStatusOf(45, band)).toBe('off_target');
    expect(kpiStatusOf(55, band)).toBe('on_target');
    expect(kpiStatusOf(70, band)).toBe('on_target');
    expect(kpiStatusOf(null, band)).toBe('no_data');
    expect(kpiStatusOf(45, { ...band, bandLow: null, bandHigh: null })).toBe('off_target');
    const bandOnly = { ...band, target: null };
    expect(kpiStatusOf(45, bandOnly)).toBe('on_target');
    expect(kpiStatusOf(61, bandOnly)).toBe('off_target');
    expect(kpiStatusOf(1, { ...bandOnly, bandLow: null, bandHigh: null })).toBe('no_target');
  });
});
