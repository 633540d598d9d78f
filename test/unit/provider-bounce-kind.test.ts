import { describe, expect, it } from 'vitest';
import { providerBounceKind } from '../../src/core/email/bounces/providerBounceKind';

describe('a provider’s hard/soft verdict, checked against the server’s words', () => {
  it('keeps hard for an address that cannot receive mail', () => {
    expect(providerBounceKind('hard', 'smtp; 550 5.1.1 user unknown', '5.1.1')).toBe('hard');
    expect(providerBounceKind('hard', '550 Host or domain name not found', null)).toBe('hard');
  });

  it('makes a policy, spam or full-mailbox refusal soft, whatever the status class', () => {
    expect(providerBounceKind('hard', '552 5.2.2 Mailbox full', '5.2.2')).toBe('soft');
    expect(providerBounceKind('hard', '554 5.7.1 Message rejected because of spam content', '5.7.1')).toBe(
      'soft',
    );
  });

  it('leaves the verdict when there are no words, or words the reader cannot place', () => {
    expect(providerBounceKind('hard', null, null)).toBe('hard');
    expect(providerBounceKind('hard', 'Unknown error', '5.0.0')).toBe('hard');
  });

  it('never turns a soft verdict hard: the provider is still retrying', () => {
    expect(providerBounceKind('soft', '550 5.1.1 User unknown', '5.1.1')).toBe('soft');
  });
});
