/**
 * Tagged addresses on the workspace's bounce address (VERP): the envelope sender of each mail is
 * `bounces+b-<token>@domain`, so a bounce names its recipient even when the reporting server drops the
 * original message; the List-Unsubscribe mailto is `bounces+u-<token>@domain`. Tokens are lower-case
 * hex, which survives servers that lower-case local parts.
 */
export type VerpTag = 'b' | 'u';

/**
 * @example verpAddress('bounces@mail.example.com', 'b', 'ab12') // 'bounces+b-ab12@mail.example.com'
 */
export function verpAddress(bounceAddress: string, tag: VerpTag, token: string): string {
  const at = bounceAddress.lastIndexOf('@');
  if (at < 1) throw new Error(`Not an e-mail address: ${bounceAddress}`);
  return `${bounceAddress.slice(0, at)}+${tag}-${token}${bounceAddress.slice(at)}`;
}

/**
 * The tag and token of a VERP address, or null for any other address.
 * @example parseVerpAddress('bounces+u-ab12@mail.example.com') // { tag: 'u', token: 'ab12' }
 */
export function parseVerpAddress(address: string): { tag: VerpTag; token: string } | null {
  const m = /\+([bu])-([0-9a-f]{16,64})@/i.exec(address);
  if (!m) return null;
  return { tag: m[1]?.toLowerCase() === 'u' ? 'u' : 'b', token: (m[2] ?? '').toLowerCase() };
}
