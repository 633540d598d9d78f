import { describe, expect, it } from 'vitest';
import {
  addCounts,
  computeMailingKpis,
  flagUnsubscribeRate,
  zeroCounts,
  type MailingCounts,
} from '../../src/core/email/kpis';

describe('e-mail KPIs of seed 000 section 4.1', () => {
  // 200 sent, 6 hard and 4 soft bounces → 190 delivered.
  const counts: MailingCounts = {
    sent: 200,
    hardBounces: 6,
    softBounces: 4,
    opens: 95,
    uniqueOpens: 76,
    clicks: 30,
    uniqueClicks: 19,
    unsubscribes: 3,
  };
  const kpis = computeMailingKpis(counts);

  it('counts delivered mails as sent minus hard and soft bounces', () => {
    expect(kpis.delivered).toBe(190);
  });

  it('divides opens and clicks by delivered mails, absolute and unique', () => {
    expect(kpis.openRate).toBe(95 / 190); // 0.5
    expect(kpis.uniqueOpenRate).toBe(76 / 190); // 0.4
    expect(kpis.clickRate).toBe(30 / 190);
    expect(kpis.uniqueClickRate).toBe(19 / 190); // 0.1
    expect(kpis.openRate).toBe(0.5);
    expect(kpis.uniqueOpenRate).toBe(0.4);
    expect(kpis.uniqueClickRate).toBe(0.1);
  });

  it('computes the "absolute Klickrate" as unique clicks over unique opens', () => {
    expect(kpis.clickToOpenRate).toBe(0.25); // 19 / 76
  });

  it('computes Öffnungsfaktor and Klickfaktor as all over unique', () => {
    expect(kpis.openFactor).toBe(1.25); // 95 / 76
    expect(kpis.clickFactor).toBe(30 / 19);
  });

  it('computes the Abmelderate over delivered and bounce rates over sent', () => {
    expect(kpis.unsubscribeRate).toBe(3 / 190);
    expect(kpis.hardBounceRate).toBe(0.03); // 6 / 200
    expect(kpis.softBounceRate).toBe(0.02); // 4 / 200
  });

  it('answers null, not 0 or NaN, where a denominator is zero', () => {
    expect(computeMailingKpis(zeroCounts())).toEqual({
      delivered: 0,
      openRate: null,
      uniqueOpenRate: null,
      clickRate: null,
      uniqueClickRate: null,
      clickToOpenRate: null,
      openFactor: null,
      clickFactor: null,
      unsubscribeRate: null,
      hardBounceRate: null,
      softBounceRate: null,
    });
    // Everything bounced: nothing delivered, but the bounce rates exist.
    const bounced = computeMailingKpis({ ...zeroCounts(), sent: 4, hardBounces: 3, softBounces: 1 });
    expect(bounced.delivered).toBe(0);
    expect(bounced.openRate).toBeNull();
    expect(bounced.hardBounceRate).toBe(0.75);
    expect(bounced.softBounceRate).toBe(0.25);
  });

  it('flags an Abmelderate above 1 %, not at 1 % and not without data', () => {
    expect(flagUnsubscribeRate(3 / 190)).toBe(true);
    expect(flagUnsubscribeRate(0.01)).toBe(false);
    expect(flagUnsubscribeRate(0.0099)).toBe(false);
    expect(flagUnsubscribeRate(null)).toBe(false);
  });

  it('sums counters of several mailings before dividing', () => {
    const a = { ...zeroCounts(), sent: 10, uniqueOpens: 5 };
    const b = { ...zeroCounts(), sent: 30, uniqueOpens: 3 };
    expect(computeMailingKpis(addCounts(a, b)).uniqueOpenRate).toBe(0.2); // 8 / 40, not (0.5 + 0.1) / 2
  });
});
