import type { BounceKind } from '../deliveryStatus';
import { bounceKindOfReason } from './bounceReason';
import { classifyReason } from './classifyReason';

/**
 * A provider's hard/soft verdict checked against the server's own words. Providers call every 5.x
 * answer permanent, including a spam filter's or a policy's refusal, which says nothing about the
 * address; suppressing the address for it would lose a reachable recipient. So a "hard" bounce whose
 * diagnostic or status the bounce reader classes as a passing reason (filtered, blocked, mailbox full,
 * ...) counts as soft, as it would in a bounce mail. A "soft" verdict stays soft: the provider is
 * still retrying, and nothing is lost by waiting for its final answer.
 *
 * @example providerBounceKind('hard', '550 5.7.1 Message rejected as spam', '5.7.1') // 'soft'
 * @example providerBounceKind('hard', '550 5.1.1 User unknown', '5.1.1') // 'hard'
 */
export function providerBounceKind(
  providerSays: BounceKind,
  diagnostic: string | null,
  status: string | null,
): BounceKind {
  if (providerSays === 'soft' || (!diagnostic && !status)) return providerSays;
  const reason = classifyReason({
    diagnostic: diagnostic ?? '',
    status: status ?? '',
    command: 'RCPT',
    action: 'failed',
  });
  // The command is not reported; taking RCPT lets an address-sounding answer stay hard rather than be
  // read as a content filter's (the reader's rule for answers after DATA).
  // Words the reader cannot place (or a 2.x "delivered") leave the provider's verdict standing.
  if (reason === 'onhold' || reason === 'delivered') return providerSays;
  return bounceKindOfReason(reason);
}
