// A server on 127.0.0.1 that must never be called with the token: it records every request it gets and
// answers 200 []. Given `answer`, it answers as that says (a 307 elsewhere: a server that redirects).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Trapped {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface Trap {
  readonly received: Trapped[];
  /** http://127.0.0.1:<port><path> */
  url(path?: string): string;
  /** The requests that carried the token in any header (Authorization, X-Auth-Token, …). */
  carrying(token: string): Trapped[];
  close(): Promise<void>;
}

export async function startTrap(answer: (path: string) => Answer = () => ({ status: 200, body: [] })): Promise<Trap> {
  const received: Trapped[] = [];
  const server = http.createServer((req, res) => {
    received.push({ method: req.method ?? '', path: req.url ?? '/', headers: req.headers });
    req.resume();
    const { status, headers = {}, body } = answer(req.url ?? '/');
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? '' : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    carrying: (token) => received.filter((r) => Object.values(r.headers).some((v) => String(v).includes(token))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
