import type { FastifyRequest } from 'fastify';
import { jsonBodyParser } from '../../platform/http/bodies.ts';
import { unsupportedMediaType } from '../../platform/http/request-errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';

/** The media types that declare JSON (the surface has already turned the Clumio vendor types into the first). */
const DECLARED_JSON = /^application\/(?:[\w.+-]*\+)?json$/;

/**
 * On /connections/aws a body is JSON whatever its Content-Type says: clumio-go-sdk hands resty a pre-marshalled
 * string, which resty labels `text/plain; charset=utf-8`. A body declared as JSON that does not parse is a 400;
 * an undeclared one that is not JSON is not a body this surface speaks: 415. The bytes are read by the platform's
 * JSON parser (strict UTF-8, no NUL, the prototype-poisoning guard). Call it inside the plugin whose routes read bodies.
 */
export function readBodiesAsJson(app: HttpServer): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, jsonBodyParser(app, (request) => {
    const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    return DECLARED_JSON.test(type) ? undefined : unsupportedMediaType();
  }));
}

/**
 * Clumio's SDK structs have no omitempty: every unset field arrives as null. For the optional fields of these
 * bodies null means "not given", so it is dropped before validation (a null required field is then missing).
 */
export async function nullMeansAbsent(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  for (const [key, value] of Object.entries(body)) if (value === null) delete (body as Record<string, unknown>)[key];
}
