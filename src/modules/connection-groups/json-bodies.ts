import type { FastifyRequest } from 'fastify';
import type { HttpServer } from '../../platform/http/server.ts';

/** The media types that declare JSON (the surface has already turned the Clumio vendor types into the first). */
const DECLARED_JSON = /^application\/(?:[\w.+-]*\+)?json$/;

class UnsupportedMediaType extends Error {
  readonly statusCode = 415;
}

/**
 * On /connections/aws a body is JSON whatever its Content-Type says: clumio-go-sdk hands resty a pre-marshalled
 * string, which resty labels `text/plain; charset=utf-8`. A body declared as JSON that does not parse is a 400
 * (Fastify's own message); an undeclared one that is not JSON is not a body this surface speaks: 415. Fastify's
 * JSON parser keeps its prototype-poisoning guard. Call it inside the plugin whose routes read bodies.
 */
export function readBodiesAsJson(app: HttpServer): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request: FastifyRequest, text, done) => {
    const body = text as string;
    if (body.trim() === '') return done(null, undefined);
    const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (DECLARED_JSON.test(type)) return parseJson(request, body, done);
    parseJson(request, body, (error, parsed) => {
      if (error) done(new UnsupportedMediaType(`The body is not JSON (Content-Type ${type || 'none'}); send a JSON object`), undefined);
      else done(null, parsed);
    });
  });
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
