/**
 * The e-mail KPIs exactly as seed 000 section 4.1 names them ("Touchpoint E-Mail"). Every rate is a
 * fraction (0.25 = 25 %), factors are plain ratios; a division by zero gives `null` ("no data"), never
 * 0 or NaN.
 */

/** The counters of one mailing (or of several summed up), as `mailing_stats` keeps them. */
export interface MailingCounts {
  /** Mails the SMTP server accepted. */
  sent: number;
  /** Recipients whose mail bounced permanently (5.x.x); each recipient counts once. */
  hardBounces: number;
  /** Recipients whose mail bounced temporarily (4.x.x) and never hard; each recipient counts once. */
  softBounces: number;
  /** Every load of the tracking pixel, repeated ones included. */
  opens: number;
  /** Recipients who opened at least once. */
  uniqueOpens: number;
  /** Every tracked click, repeated ones included. */
  clicks: number;
  /** Recipients who clicked at least once. */
  uniqueClicks: number;
  unsubscribes: number;
}

export interface MailingKpis {
  /** Zugestellte Mails: sent − hard bounces − soft bounces. */
  delivered: number;
  /** Öffnungsrate absolut: opens ÷ delivered (every opening, repeated ones included). */
  openRate: number | null;
  /** Öffnungsrate unique: unique opens ÷ delivered (only the first opening of each recipient). */
  uniqueOpenRate: number | null;
  /** Klickrate absolut: clicks ÷ delivered. */
  clickRate: number | null;
  /** Klickrate unique: unique clicks ÷ delivered. */
  uniqueClickRate: number | null;
  /** "Absolute Klickrate" (click-to-open rate): unique clicks ÷ unique opens. */
  clickToOpenRate: number | null;
  /** Öffnungsfaktor: opens ÷ unique opens; well above 1 hints that the mail was forwarded. */
  openFactor: number | null;
  /** Klickfaktor: clicks ÷ unique clicks, an indicator of how attractive the content is. */
  clickFactor: number | null;
  /** Abmelderate: unsubscribes ÷ delivered; should stay below 1 %. */
  unsubscribeRate: number | null;
  /** Hard-Bouncerate: hard bounces ÷ sent (mails the receiving server did not accept). */
  hardBounceRate: number | null;
  /** Soft-Bouncerate: soft bounces ÷ sent (mails that could not be delivered for the moment). */
  softBounceRate: number | null;
}

/** The seed's threshold: "Die Abmelderate sollte bestenfalls unter 1 Prozent liegen". */
export const UNSUBSCRIBE_RATE_LIMIT = 0.01;

const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

/**
 * All rates of seed 000 section 4.1 from a mailing's counters.
 * @example computeMailingKpis({ sent: 4, hardBounces: 1, softBounces: 0, opens: 3, uniqueOpens: 2,
 *   clicks: 2, uniqueClicks: 1, unsubscribes: 0 }).clickToOpenRate // 0.5
 */
export function computeMailingKpis(c: MailingCounts): MailingKpis {
  const delivered = Math.max(0, c.sent - c.hardBounces - c.softBounces);
  return {
    delivered,
    openRate: ratio(c.opens, delivered),
    uniqueOpenRate: ratio(c.uniqueOpens, delivered),
    clickRate: ratio(c.clicks, delivered),
    uniqueClickRate: ratio(c.uniqueClicks, delivered),
    clickToOpenRate: ratio(c.uniqueClicks, c.uniqueOpens),
    openFactor: ratio(c.opens, c.uniqueOpens),
    clickFactor: ratio(c.clicks, c.uniqueClicks),
    unsubscribeRate: ratio(c.unsubscribes, delivered),
    hardBounceRate: ratio(c.hardBounces, c.sent),
    softBounceRate: ratio(c.softBounces, c.sent),
  };
}

/**
 * True when the Abmelderate is above 1 %; no data is no alarm.
 * @example flagUnsubscribeRate(0.012) // true
 */
export function flagUnsubscribeRate(unsubscribeRate: number | null): boolean {
  return unsubscribeRate !== null && unsubscribeRate > UNSUBSCRIBE_RATE_LIMIT;
}

export const zeroCounts = (): MailingCounts => ({
  sent: 0,
  hardBounces: 0,
  softBounces: 0,
  opens: 0,
  uniqueOpens: 0,
  clicks: 0,
  uniqueClicks: 0,
  unsubscribes: 0,
});

/** Sums the counters of several mailings, e.g. of one month or one subject-length band. */
export function addCounts(a: MailingCounts, b: MailingCounts): MailingCounts {
  return {
    sent: a.sent + b.sent,
    hardBounces: a.hardBounces + b.hardBounces,
    softBounces: a.softBounces + b.softBounces,
    opens: a.opens + b.opens,
    uniqueOpens: a.uniqueOpens + b.uniqueOpens,
    clicks: a.clicks + b.clicks,
    uniqueClicks: a.uniqueClicks + b.uniqueClicks,
    unsubscribes: a.unsubscribes + b.unsubscribes,
  };
}
