import { describe, expect, it } from 'vitest';
import { mergeRecipientActivity } from '../../src/core/newsletterImport/mergeRecipientActivity';
import type { NewsletterActivity } from '../../src/core/newsletterImport/newsletterActivity';

const sentAt = new Date('2026-03-03T09:00:00Z');
const at = (hhmm: string) => new Date(`2026-03-03T${hhmm}:00Z`);
const act = (
  action: NewsletterActivity['action'],
  time: string,
  extra: Partial<NewsletterActivity> = {},
) => ({
  email: 'anna@example.com',
  action,
  at: at(time),
  url: null,
  bounce: null,
  campaign: null,
  ...extra,
});

describe('mergeRecipientActivity', () => {
  it('counts a new recipient as sent once, opens and clicks every time, uniques once', () => {
    const { after, delta } = mergeRecipientActivity(
      null,
      [act('open', '10:00'), act('open', '09:30'), act('click', '10:01', { url: 'https://example.com/a' })],
      sentAt,
    );
    expect(delta).toEqual({
      sent: 1,
      hardBounces: 0,
      softBounces: 0,
      opens: 2,
      uniqueOpens: 1,
      clicks: 1,
      uniqueClicks: 1,
      unsubscribes: 0,
    });
    expect(after).toMatchObject({ status: 'sent', opens: 2, clicks: 1, firstOpenedAt: at('09:30') });
  });

  it('adds to a recipient without counting it or its first open again', () => {
    const first = mergeRecipientActivity(null, [act('open', '10:00')], sentAt).after;
    const { delta, after } = mergeRecipientActivity(
      first,
      [act('open', '11:00'), act('unsubscribe', '11:05')],
      sentAt,
    );
    expect(delta).toMatchObject({ sent: 0, opens: 1, uniqueOpens: 0, unsubscribes: 1 });
    expect(after.firstOpenedAt).toEqual(at('10:00'));
    const again = mergeRecipientActivity(after, [act('unsubscribe', '12:00')], sentAt);
    expect(again.delta.unsubscribes).toBe(0);
  });

  it('moves a soft bounce that turns hard to the hard counter, and never downgrades a hard one', () => {
    const soft = mergeRecipientActivity(null, [act('bounce', '09:01', { bounce: 'soft' })], sentAt);
    expect(soft.delta).toMatchObject({ softBounces: 1, hardBounces: 0 });
    const hard = mergeRecipientActivity(soft.after, [act('bounce', '09:05', { bounce: 'hard' })], sentAt);
    expect(hard.delta).toMatchObject({ softBounces: -1, hardBounces: 1 });
    const softAgain = mergeRecipientActivity(
      hard.after,
      [act('bounce', '09:09', { bounce: 'soft' })],
      sentAt,
    );
    expect(softAgain.after.status).toBe('bounced_hard');
    expect(softAgain.delta).toMatchObject({ softBounces: 0, hardBounces: 0 });
  });

  it("takes a recipient's own send time from a sent row", () => {
    const { after } = mergeRecipientActivity(null, [act('sent', '08:55')], sentAt);
    expect(after.sentAt).toEqual(at('08:55'));
  });
});
