import { promises as dns } from 'node:dns';
import net from 'node:net';

/** Loopback, private, link-local and unspecified ranges: webhook targets the instance refuses by default. */
const BLOCKED = new net.BlockList();
BLOCKED.addSubnet('0.0.0.0', 8, 'ipv4'); // unspecified / "this network"
BLOCKED.addSubnet('127.0.0.0', 8, 'ipv4');
BLOCKED.addSubnet('10.0.0.0', 8, 'ipv4');
BLOCKED.addSubnet('172.16.0.0', 12, 'ipv4');
BLOCKED.addSubnet('192.168.0.0', 16, 'ipv4');
BLOCKED.addSubnet('169.254.0.0', 16, 'ipv4');
BLOCKED.addAddress('::', 'ipv6');
BLOCKED.addAddress('::1', 'ipv6');
BLOCKED.addSubnet('fc00::', 7, 'ipv6');
BLOCKED.addSubnet('fe80::', 10, 'ipv6');

/** Whether an IP literal is loopback, private, link-local or unspecified (IPv4-mapped IPv6 is checked as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return false;
  const lower = address.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped && net.isIPv4(mapped[1]!)) return BLOCKED.check(mapped[1]!, 'ipv4');
  const hexMapped = /^(?:0{0,4}:){0,5}ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hexMapped) {
    const hi = parseInt(hexMapped[1]!, 16);
    const lo = parseInt(hexMapped[2]!, 16);
    return BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return BLOCKED.check(address, 'ipv6');
}

export type Lookup = (host: string) => Promise<string[]>;
export const systemLookup: Lookup = async (host) => (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export interface UrlCheckOptions {
  readonly allowPrivate: boolean;
  readonly lookup?: Lookup;
  /** At create/update a host that does not resolve (yet) is accepted: delivery checks again. */
  readonly requireResolution: boolean;
}

/** Why a webhook URL is refused, or undefined when it may be used. Never throws. */
export async function urlProblem(raw: string, options: UrlCheckOptions): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  const schemes = options.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) return options.allowPrivate ? 'must be an http or https URL' : 'must be an https URL';
  if (url.username || url.password) return 'must not carry credentials';
  if (options.allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return 'must name a host';
  if (net.isIP(host)) return isPrivateAddress(host) ? 'must not point at a loopback, private, link-local or unspecified address' : undefined;
  let addresses: string[];
  try {
    addresses = await (options.lookup ?? systemLookup)(host);
  } catch {
    return options.requireResolution ? `host ${host} does not resolve` : undefined;
  }
  if (addresses.length === 0) return options.requireResolution ? `host ${host} does not resolve` : undefined;
  if (addresses.some(isPrivateAddress)) return 'must not resolve to a loopback, private, link-local or unspecified address';
  return undefined;
}
