/**
 * Address blocks that are not globally routable unicast, as data. Transcribed from the IANA IPv4 Special-Purpose
 * Address Registry and the IANA IPv6 Special-Purpose Address Registry (RFC 6890 and their later updates; the IPv6
 * one as revised in 2024 for RFC 9602 and RFC 9637), whole blocks listed even where IANA marks a sub-block
 * "globally reachable" (an anycast service is no webhook receiver). Added from the address-space registries:
 * IPv4 multicast (RFC 5771), IPv6 site-local (deprecated, RFC 3879), IPv6 multicast, the deprecated IPv4-compatible
 * ::/96 and SIIT's IPv4-translated ::ffff:0:0:0/96. Outside these, IPv6 must also lie in 2000::/3 (global unicast).
 */
export interface SpecialBlock {
  /** CIDR: `a.b.c.d/n` or `x:x::/n`. */
  readonly prefix: string;
  readonly name: string;
  readonly rfc: string;
  /** A block that carries an IPv4 address starting at this bit: the address is judged by that IPv4 alone
   * (the carrier itself reaches the Internet: IPv4-mapped is the IPv4 address, NAT64 and 6to4 lead to it). */
  readonly ipv4At?: number;
}

export const SPECIAL_PURPOSE_BLOCKS: readonly SpecialBlock[] = [
  { prefix: '0.0.0.0/8', name: 'This network', rfc: 'RFC 791' },
  { prefix: '0.0.0.0/32', name: 'This host on this network', rfc: 'RFC 1122' },
  { prefix: '10.0.0.0/8', name: 'Private-Use', rfc: 'RFC 1918' },
  { prefix: '100.64.0.0/10', name: 'Shared Address Space', rfc: 'RFC 6598' },
  { prefix: '127.0.0.0/8', name: 'Loopback', rfc: 'RFC 1122' },
  { prefix: '169.254.0.0/16', name: 'Link Local', rfc: 'RFC 3927' },
  { prefix: '172.16.0.0/12', name: 'Private-Use', rfc: 'RFC 1918' },
  { prefix: '192.0.0.0/24', name: 'IETF Protocol Assignments', rfc: 'RFC 6890' },
  { prefix: '192.0.0.0/29', name: 'IPv4 Service Continuity Prefix', rfc: 'RFC 7335' },
  { prefix: '192.0.0.8/32', name: 'IPv4 dummy address', rfc: 'RFC 7600' },
  { prefix: '192.0.0.9/32', name: 'Port Control Protocol Anycast', rfc: 'RFC 7723' },
  { prefix: '192.0.0.10/32', name: 'Traversal Using Relays around NAT Anycast', rfc: 'RFC 8155' },
  { prefix: '192.0.0.170/32', name: 'NAT64/DNS64 Discovery', rfc: 'RFC 8880' },
  { prefix: '192.0.0.171/32', name: 'NAT64/DNS64 Discovery', rfc: 'RFC 8880' },
  { prefix: '192.0.2.0/24', name: 'Documentation (TEST-NET-1)', rfc: 'RFC 5737' },
  { prefix: '192.31.196.0/24', name: 'AS112-v4', rfc: 'RFC 7535' },
  { prefix: '192.52.193.0/24', name: 'AMT', rfc: 'RFC 7450' },
  { prefix: '192.88.99.0/24', name: 'Deprecated (6to4 Relay Anycast)', rfc: 'RFC 7526' },
  { prefix: '192.168.0.0/16', name: 'Private-Use', rfc: 'RFC 1918' },
  { prefix: '192.175.48.0/24', name: 'Direct Delegation AS112 Service', rfc: 'RFC 7534' },
  { prefix: '198.18.0.0/15', name: 'Benchmarking', rfc: 'RFC 2544' },
  { prefix: '198.51.100.0/24', name: 'Documentation (TEST-NET-2)', rfc: 'RFC 5737' },
  { prefix: '203.0.113.0/24', name: 'Documentation (TEST-NET-3)', rfc: 'RFC 5737' },
  { prefix: '224.0.0.0/4', name: 'Multicast', rfc: 'RFC 5771' },
  { prefix: '240.0.0.0/4', name: 'Reserved', rfc: 'RFC 1112' },
  { prefix: '255.255.255.255/32', name: 'Limited Broadcast', rfc: 'RFC 919' },

  { prefix: '::/128', name: 'Unspecified Address', rfc: 'RFC 4291' },
  { prefix: '::1/128', name: 'Loopback Address', rfc: 'RFC 4291' },
  { prefix: '::/96', name: 'IPv4-compatible (deprecated)', rfc: 'RFC 4291' },
  { prefix: '::ffff:0:0/96', name: 'IPv4-mapped Address', rfc: 'RFC 4291', ipv4At: 96 },
  { prefix: '::ffff:0:0:0/96', name: 'IPv4-translated Address', rfc: 'RFC 2765' },
  { prefix: '64:ff9b::/96', name: 'IPv4-IPv6 Translation', rfc: 'RFC 6052', ipv4At: 96 },
  { prefix: '64:ff9b:1::/48', name: 'Local-Use IPv4/IPv6 Translation', rfc: 'RFC 8215' },
  { prefix: '100::/64', name: 'Discard-Only Address Block', rfc: 'RFC 6666' },
  { prefix: '2001::/23', name: 'IETF Protocol Assignments', rfc: 'RFC 2928' },
  { prefix: '2001::/32', name: 'TEREDO', rfc: 'RFC 4380' },
  { prefix: '2001:1::1/128', name: 'Port Control Protocol Anycast', rfc: 'RFC 7723' },
  { prefix: '2001:1::2/128', name: 'Traversal Using Relays around NAT Anycast', rfc: 'RFC 8155' },
  { prefix: '2001:2::/48', name: 'Benchmarking', rfc: 'RFC 5180' },
  { prefix: '2001:3::/32', name: 'AMT', rfc: 'RFC 7450' },
  { prefix: '2001:4:112::/48', name: 'AS112-v6', rfc: 'RFC 7535' },
  { prefix: '2001:10::/28', name: 'Deprecated (previously ORCHID)', rfc: 'RFC 4843' },
  { prefix: '2001:20::/28', name: 'ORCHIDv2', rfc: 'RFC 7343' },
  { prefix: '2001:30::/28', name: 'Drone Remote ID Protocol Entity Tags (DETs) Prefix', rfc: 'RFC 9374' },
  { prefix: '2001:db8::/32', name: 'Documentation', rfc: 'RFC 3849' },
  { prefix: '2002::/16', name: '6to4', rfc: 'RFC 3056', ipv4At: 16 },
  { prefix: '2620:4f:8000::/48', name: 'Direct Delegation AS112 Service', rfc: 'RFC 7534' },
  { prefix: '3fff::/20', name: 'Documentation', rfc: 'RFC 9637' },
  { prefix: '5f00::/16', name: 'Segment Routing (SRv6) SIDs', rfc: 'RFC 9602' },
  { prefix: 'fc00::/7', name: 'Unique-Local', rfc: 'RFC 4193' },
  { prefix: 'fe80::/10', name: 'Link-Local Unicast', rfc: 'RFC 4291' },
  { prefix: 'fec0::/10', name: 'Site-Local (deprecated)', rfc: 'RFC 3879' },
  { prefix: 'ff00::/8', name: 'Multicast', rfc: 'RFC 4291' },
];
