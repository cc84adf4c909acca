import { promises as dns } from 'node:dns';
import net from 'node:net';
import { requestPinned } from '../../../platform/net/pinned-request.ts';
import { whyNotGlobal } from '../../../platform/net/address-scope.ts';
import { CloudCallError, type ProbeRequest, type ProbeResult } from '../../provider.ts';

const MAX_BODY = 64 * 1024;
export type Resolve = (host: string) => Promise<string[]>;
const systemResolve: Resolve = async (host) => (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * GETs a validator's URL for real. The host is resolved once and every answer must be a globally routable unicast
 * address (platform/net), as for webhooks, and the connection is pinned to the checked address: a validator URL filled
 * from cloud attributes must not make Lifeboat reach its own network. An internal load balancer is therefore refused,
 * unless the driver's probeAllowPrivate says Lifeboat may reach private addresses.
 */
export async function probeEndpoint(request: ProbeRequest, options: { resolve?: Resolve; allowPrivate?: boolean } = {}): Promise<ProbeResult> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new CloudCallError('fault', 'InvalidURL', `InvalidURL: ${request.url} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CloudCallError('fault', 'InvalidURL', `InvalidURL: ${url.protocol} is not http or https`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = net.isIP(host) ? [host] : await (options.resolve ?? systemResolve)(host).catch(() => []);
  if (addresses.length === 0) throw new CloudCallError('unavailable', 'ENOTFOUND', `ENOTFOUND: ${host} does not resolve`);
  const refused = options.allowPrivate ? undefined : addresses.map(whyNotGlobal).find((why) => why !== undefined);
  if (refused) throw new CloudCallError('fault', 'AddressRefused', `AddressRefused: ${host} resolves to an address Lifeboat may not reach (${refused})`);
  try {
    return await requestPinned({
      url, address: addresses[0]!, method: 'GET', headers: { 'User-Agent': 'Lifeboat-Validation/1' }, signal: AbortSignal.timeout(request.timeoutMs), maxBodyBytes: MAX_BODY,
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') throw new CloudCallError('unavailable', 'RequestTimeout', `RequestTimeout: no answer within ${request.timeoutMs} ms`);
    const code = (error as { code?: string }).code ?? 'ConnectionError';
    throw new CloudCallError('unavailable', code, `${code}: ${(error as Error).message}`);
  }
}
