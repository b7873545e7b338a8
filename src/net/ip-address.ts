import { isIP } from 'node:net';

/**
 * Which outbound addresses the network guard lets through (docs/network-guard.md, "The network
 * guard"). The ranges come from the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and
 * its updates). IPv6 forms that carry an IPv4 address (mapped, compatible, SIIT, NAT64, 6to4) are judged
 * by the IPv4 address they carry, so `[::ffff:127.0.0.1]` is as loopback as `127.0.0.1`.
 */

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade NAT'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'not an IP address';

export interface AddressVerdict {
  allowed: boolean;
  kind: AddressKind;
  /** Words for messages: "a loopback address", "an IPv4-mapped form of 10.0.0.1, a private address". */
  description: string;
}

/** Decides whether the guard may connect to an IP address; injectable so operators (and tests) can widen it. */
export type AddressPolicy = (address: string) => AddressVerdict;

type Range = [prefix: number[], bits: number, kind: Exclude<AddressKind, 'public' | 'not an IP address'>];

// First match wins; 255.255.255.255 comes before the 240/4 block that contains it.
const IPV4_RANGES: Range[] = [
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'carrier-grade NAT'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 88, 99, 0], 24, 'reserved'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[255, 255, 255, 255], 32, 'broadcast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

// Bytes of the IPv6 ranges, checked after the IPv4-carrying forms have been unwrapped.
const IPV6_RANGES: Range[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  // 64:ff9b:1::/48 is for NAT64 translators inside one network (RFC 8215).
  [[0, 0x64, 0xff, 0x9b, 0, 1], 48, 'private'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'reserved'],
  [[0xfc], 7, 'private'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'private'],
  [[0xff], 8, 'multicast'],
  // IETF protocol assignments, Teredo (which hides its IPv4 address) and ORCHID among them.
  [[0x20, 0x01, 0x00, 0x00], 23, 'reserved'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x3f, 0xff], 20, 'documentation'],
];

const ARTICLE: Record<Range[2], string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  'link-local': 'a link-local address',
  'carrier-grade NAT': 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  documentation: 'a documentation address',
};

/** The guard's default policy: only public unicast addresses are allowed. */
export function classifyAddress(address: string): AddressVerdict {
  const family = isIP(stripZone(address));
  if (family === 4) return classifyIPv4(parseIPv4(address));
  if (family === 6) return classifyIPv6(parseIPv6(address));
  return { allowed: false, kind: 'not an IP address', description: 'not an IP address' };
}

function classifyIPv4(bytes: number[]): AddressVerdict {
  const kind = IPV4_RANGES.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2];
  return kind ? { allowed: false, kind, description: ARTICLE[kind] } : { allowed: true, kind: 'public', description: 'a public address' };
}

function classifyIPv6(bytes: number[]): AddressVerdict {
  const embedded = embeddedIPv4(bytes);
  if (embedded) {
    const inner = classifyIPv4(embedded.ipv4);
    const dotted = embedded.ipv4.join('.');
    return { allowed: inner.allowed, kind: inner.kind, description: `${embedded.form} of ${dotted}, ${inner.description}` };
  }
  const kind = IPV6_RANGES.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2];
  if (kind) return { allowed: false, kind, description: ARTICLE[kind] };
  // Only 2000::/3 is global unicast; everything else is unassigned or special.
  if ((bytes[0]! & 0xe0) !== 0x20) return { allowed: false, kind: 'reserved', description: ARTICLE.reserved };
  return { allowed: true, kind: 'public', description: 'a public address' };
}

/** The IPv4 address inside an IPv6 address that routes to it, if any. */
function embeddedIPv4(b: number[]): { form: string; ipv4: number[] } | undefined {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const last4 = b.slice(12, 16);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return { form: 'an IPv4-mapped form', ipv4: last4 };
  // ::a.b.c.d (deprecated IPv4-compatible); :: and ::1 are themselves, not 0.0.0.0 and 0.0.0.1.
  if (zeros(0, 12) && !zeros(12, 15)) return { form: 'an IPv4-compatible form', ipv4: last4 };
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) return { form: 'an IPv4-translated form', ipv4: last4 };
  if (inPrefix(b, [0, 0x64, 0xff, 0x9b], 96)) return { form: 'a NAT64 form', ipv4: last4 };
  if (b[0] === 0x20 && b[1] === 0x02) return { form: 'a 6to4 form', ipv4: b.slice(2, 6) };
  return undefined;
}

function inPrefix(bytes: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i * 8 < bits; i++) {
    const take = Math.min(8, bits - i * 8);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

function stripZone(address: string): string {
  const zone = address.indexOf('%');
  return zone >= 0 ? address.slice(0, zone) : address;
}

/** Dotted-decimal IPv4 (already validated by `isIP`) to its 4 bytes. */
function parseIPv4(text: string): number[] {
  return text.split('.').map(Number);
}

/** IPv6 text (already validated by `isIP`) to its 16 bytes, including the `::a.b.c.d` forms. */
function parseIPv6(text: string): number[] {
  let t = stripZone(text).toLowerCase();
  const lastColon = t.lastIndexOf(':');
  if (t.slice(lastColon + 1).includes('.')) {
    const [a, b, c, d] = parseIPv4(t.slice(lastColon + 1));
    t = `${t.slice(0, lastColon + 1)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, tail] = t.split('::') as [string, string | undefined];
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  const all = [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}
