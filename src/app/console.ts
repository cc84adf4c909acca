// The web console (web/, a React single-page app built by `npm run build:web` into web/dist) served at /.
// Files are registered one route each (wildcard off), so the console never answers a path it does not
// own: /api, /connections, /v3, /docs and the ops endpoints keep their own routes and 404 bodies. The
// console's client-side paths (web/src/router.ts) are answered with its index.html, and a browser's unknown
// path with it too, as a 404 (withConsoleNotFound), so the console shows its own not-found page. None of it
// appears in the OpenAPI document.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { ErrorAnswer } from '../platform/http/dialects.ts';
import type { HttpServer } from '../platform/http/server.ts';

/** Where `npm run build:web` writes the console. */
export const CONSOLE_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The console's own client-side paths, besides /: keep in step with routeOf in web/src/router.ts. */
export const CONSOLE_PATHS = ['/events', '/policy-templates', '/settings/service-accounts', '/connection-groups', '/connection-groups/:groupId', '/network', '/network/:cloudConnectionId', '/connections/:connectionId(^\\d+$)', '/assemblies/:assemblyId', '/assemblies/:assemblyId/protections/:protectionId', '/assemblies/:assemblyId/recoveries/:recoveryId'] as const;

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Lifeboat</title>
<p>The web console has not been built. Run <code>npm run build:web</code> and restart Lifeboat.</p>
<p>The API is up: <a href="/docs">API reference</a>, <a href="/openapi.json">OpenAPI</a>.</p>\n`;

export interface ConsoleOptions {
  /** The built console (web/dist); a folder without index.html serves the "not built" page. */
  readonly distDir?: string;
}

export function consoleRoutes(options: ConsoleOptions = {}) {
  const distDir = options.distDir ?? CONSOLE_DIST;
  return async function (app: HttpServer): Promise<void> {
    const hidden = { schema: { hide: true } };
    if (!fs.existsSync(path.join(distDir, 'index.html'))) {
      for (const url of ['/', ...CONSOLE_PATHS]) {
        app.get(url, hidden, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
      }
      return;
    }
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      // Vite names the files under assets/ by their content: cache them for good; index.html never.
      setHeaders(reply, file) {
        reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    for (const url of CONSOLE_PATHS) {
      app.get(url, hidden, async (_request, reply) => reply.sendFile('index.html'));
    }
  };
}

/** Paths the console never answers, not even with its not-found page: the API surfaces, docs and ops. */
const NOT_CONSOLE = /^\/(api|connections|v3|docs|openapi\.json|healthz|readyz|metrics|assets)(\/|$)/;

/**
 * The root's error answer with the console's own not-found page: a browser (Accept: text/html) asking for a
 * path nobody serves gets 404 with the console, which shows its "Page not found"; anything else (the API, a
 * script, curl) keeps `answer`'s body.
 */
export function withConsoleNotFound(answer: ErrorAnswer, distDir = CONSOLE_DIST): ErrorAnswer {
  const index = path.join(distDir, 'index.html');
  return (error, request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    if (request.is404 && request.method === 'GET' && /\btext\/html\b/.test(request.headers.accept ?? '') && !NOT_CONSOLE.test(urlPath) && fs.existsSync(index)) {
      return reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.readFileSync(index));
    }
    return answer(error, request, reply);
  };
}
