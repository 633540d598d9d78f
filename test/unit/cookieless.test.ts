import { describe, expect, it } from 'vitest';
import { countsAsDailyVisitor, isCookieless } from '../../src/core/privacy/cookieless';

describe('cookieless events counted by the daily visitor id', () => {
  it('counts a marked event that names nobody', () => {
    expect(isCookieless({ type: 'page_view', properties: { cookieless: true } })).toBe(true);
    expect(isCookieless({ type: 'page_view', userId: null, properties: { cookieless: true } })).toBe(true);
  });

  it('leaves an event with a user id, an unmarked one and a mark that is not true', () => {
    expect(isCookieless({ type: 'conversion', userId: 'crm-1', properties: { cookieless: true } })).toBe(
      false,
    );
    expect(isCookieless({ type: 'page_view', properties: {} })).toBe(false);
    expect(isCookieless({ type: 'page_view', properties: { cookieless: 'yes' } })).toBe(false);
    expect(isCookieless(null)).toBe(false);
  });

  it('counts events before consent and cookieless ones', () => {
    expect(countsAsDailyVisitor({ properties: { before_consent: true } })).toBe(true);
    expect(countsAsDailyVisitor({ properties: { cookieless: true } })).toBe(true);
    expect(countsAsDailyVisitor({ properties: {} })).toBe(false);
  });
});
