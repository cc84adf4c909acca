import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';

export interface PinnedPost {
  readonly url: URL;
  /** The checked address: the only one the connection may reach. */
  readonly address: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
}

/**
 * POSTs to `url` over a connection to `address` and answers the response status (the body is not read).
 * The name stays the request's host, so the Host header, TLS SNI and the certificate check all use the URL's
 * name, while the custom lookup keeps the socket on the address that was checked (no second resolution that a
 * rebinding name could answer with 127.0.0.1). Redirects are not followed: they could lead anywhere.
 */
export function postPinned(request: PinnedPost): Promise<number> {
  const { url, address } = request;
  const family = net.isIP(address);
  // Node asks for one address, or for all of them (autoSelectFamily): either way, only the checked one.
  const pinned = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const outgoing = client.request({
      method: 'POST',
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: { ...request.headers, Host: url.host, 'Content-Length': String(Buffer.byteLength(request.body)) },
      lookup: pinned,
      agent: false, // no pooled socket from an earlier, differently checked attempt
      signal: request.signal,
    }, (response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
