import { promises as dns } from 'node:dns';
import net from 'node:net';
import { whyNotGlobal } from './address-scope.ts';

export type Lookup = (host: string) => Promise<string[]>;
export const systemLookup: Lookup = async (host) => (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export interface UrlCheckOptions {
  /** LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: plain http and any address. */
  readonly allowPrivate: boolean;
  readonly lookup?: Lookup;
  /** At create/update a host that does not resolve (yet) is accepted: delivery checks again. */
  readonly requireResolution: boolean;
}

/** A target that may be used, with the addresses it was checked at (empty only when resolution was not required). */
export type TargetCheck =
  | { readonly ok: true; readonly url: URL; readonly host: string; readonly addresses: readonly string[] }
  | { readonly ok: false; readonly problem: string };

const refused = (problem: string): TargetCheck => ({ ok: false, problem });

/**
 * Parses and checks a target URL (a webhook's or a webhook validator's), resolving its host once. Delivery must connect to one of the returned
 * addresses and nowhere else: resolving again would let a rebinding name answer differently. Never throws.
 */
export async function checkTarget(raw: string, options: UrlCheckOptions): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refused('must be an absolute URL');
  }
  const schemes = options.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) return refused(options.allowPrivate ? 'must be an http or https URL' : 'must be an https URL');
  if (url.username || url.password) return refused('must not carry credentials');
  // The URL parser has already turned 2130706433, 0x7f.1 and [::127.0.0.1] into canonical literals.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return refused('must name a host');
  if (net.isIP(host)) {
    const why = options.allowPrivate ? undefined : whyNotGlobal(host);
    return why ? refused(`must point at a globally routable unicast address (${host} is ${why})`) : { ok: true, url, host, addresses: [host] };
  }
  if (options.allowPrivate && !options.requireResolution) return { ok: true, url, host, addresses: [] };
  let addresses: string[] = [];
  try {
    addresses = await (options.lookup ?? systemLookup)(host);
  } catch {
    // an unresolvable name: the same answer as an empty one
  }
  if (addresses.length === 0) return options.requireResolution ? refused(`host ${host} does not resolve`) : { ok: true, url, host, addresses };
  // Every answer is checked, not only the one used: the resolver's order is not ours to trust. The address is not
  // named in the message, so the API cannot be used to read the instance's internal DNS.
  if (!options.allowPrivate && addresses.some((address) => whyNotGlobal(address) !== undefined)) {
    return refused('must resolve only to globally routable unicast addresses');
  }
  return { ok: true, url, host, addresses };
}

/** Why a target URL (a webhook's, a webhook validator's) is refused, or undefined when it may be used. Never throws. */
export async function urlProblem(raw: string, options: UrlCheckOptions): Promise<string | undefined> {
  const target = await checkTarget(raw, options);
  return target.ok ? undefined : target.problem;
}
