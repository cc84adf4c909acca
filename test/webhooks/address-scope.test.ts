import { describe, expect, it } from 'vitest';
import { whyNotGlobal } from '../../src/platform/net/address-scope.ts';

const refused = (address: string) => whyNotGlobal(address) !== undefined;

/** Every special-purpose block of both IANA registries, one address each, and the forms that smuggle one in. */
const NOT_GLOBAL: Array<[string, string]> = [
  ['0.1.2.3', 'this network 0/8'], ['10.1.2.3', 'private 10/8'], ['100.64.0.1', 'shared address space 100.64/10'],
  ['100.100.100.200', 'a cloud metadata address in 100.64/10'], ['100.127.255.254', 'the end of 100.64/10'],
  ['127.0.0.1', 'loopback'], ['127.9.9.9', 'loopback elsewhere in 127/8'], ['169.254.169.254', 'link-local metadata'],
  ['172.16.0.1', 'private 172.16/12'], ['172.31.255.255', 'the end of 172.16/12'], ['192.0.0.9', 'IETF protocol assignments'],
  ['192.0.2.10', 'TEST-NET-1'], ['192.31.196.1', 'AS112-v4'], ['192.52.193.1', 'AMT'], ['192.88.99.1', '6to4 relay anycast'],
  ['192.168.1.1', 'private 192.168/16'], ['192.175.48.1', 'AS112 direct delegation'], ['198.18.0.1', 'benchmarking 198.18/15'],
  ['198.19.255.255', 'the end of 198.18/15'], ['198.51.100.7', 'TEST-NET-2'], ['203.0.113.7', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'], ['239.255.255.250', 'SSDP multicast'], ['240.0.0.1', 'reserved 240/4'], ['255.255.255.255', 'limited broadcast'],
  ['::', 'IPv6 unspecified'], ['::1', 'IPv6 loopback'], ['::7f00:1', 'IPv4-compatible loopback (how the URL parser writes [::127.0.0.1])'],
  ['::127.0.0.1', 'IPv4-compatible loopback, dotted'], ['::8.8.8.8', 'IPv4-compatible, deprecated even with a public IPv4'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'], ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'], ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:100.100.100.200', 'IPv4-mapped shared address space'], ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4-mapped link-local, uncompressed'],
  ['::ffff:0:7f00:1', 'IPv4-translated loopback'], ['::ffff:0:808:808', 'IPv4-translated (not routable whatever is inside)'],
  ['64:ff9b::7f00:1', 'NAT64 with loopback inside'], ['64:ff9b::10.0.0.1', 'NAT64 with a private IPv4 inside'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 with link-local inside'], ['64:ff9b:1::808:808', 'local-use NAT64'],
  ['2002:7f00:1::', '6to4 with loopback inside'], ['2002:a00:1::1', '6to4 with a private IPv4 inside'], ['2002:c0a8:101::1', '6to4 with 192.168.1.1 inside'],
  ['100::1', 'discard-only'], ['2001::1', 'Teredo'], ['2001:1::1', 'PCP anycast'], ['2001:2::1', 'benchmarking'], ['2001:3::1', 'AMT'],
  ['2001:4:112::1', 'AS112-v6'], ['2001:10::1', 'ORCHID'], ['2001:20::1', 'ORCHIDv2'], ['2001:1ff::1', 'the end of 2001::/23'],
  ['2001:db8::1', 'documentation'], ['2620:4f:8000::1', 'AS112 direct delegation'], ['fc00::1', 'unique-local fc00::/7'],
  ['fd12:3456::1', 'unique-local'], ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local with a zone'], ['febf::1', 'the end of fe80::/10'],
  ['fec0::1', 'site-local (deprecated)'], ['ff02::1', 'multicast'], ['ff0e::1', 'global-scope multicast is still multicast'],
  ['4000::1', 'outside global unicast 2000::/3'], ['1::1', 'reserved by the IETF'],
];

const GLOBAL = [
  '93.184.216.34', '8.8.8.8', '1.1.1.1', '100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1', '192.169.0.1',
  '198.17.255.255', '198.20.0.1', '223.255.255.254', '2606:4700::1111', '2001:4860:4860::8888', '2001:200::1',
  '::ffff:8.8.8.8', '::ffff:5db8:d822', '64:ff9b::808:808', '2002:808:808::1',
];

describe('which addresses are globally routable unicast', () => {
  for (const [address, what] of NOT_GLOBAL) {
    it(`refuses ${address} (${what})`, () => expect(refused(address)).toBe(true));
  }
  for (const address of GLOBAL) {
    it(`allows ${address}`, () => expect(refused(address)).toBe(false));
  }
});
