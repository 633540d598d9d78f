/**
 * The network an address belongs to, never the address: IPv4 to its /24, IPv6 to its /48. Good enough
 * for a region or a company network, useless for identifying a person; Touchpoint stores nothing finer.
 *
 * @example
 * ipNetwork('203.0.113.77')          // '203.0.113.0/24'
 * ipNetwork('2001:db8:4006:812::200e') // '2001:db8:4006::/48'
 */
export function ipNetwork(ip: string): string | null {
  const address = ip.trim().replace(/%.*$/, '');
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(address);
  if (v4) {
    const octets = v4.slice(1, 5).map(Number);
    if (octets.some((o) => o > 255)) return null;
    return `${octets[0]}.${octets[1]}.${octets[2]}.0/24`;
  }
  const groups = expandIpv6(address);
  if (!groups) return null;
  return `${groups.slice(0, 3).join(':')}::/48`;
}

function expandIpv6(address: string): string[] | null {
  if (!/^[0-9a-f:]+$/i.test(address) || address.length > 39) return null;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return null;
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}
