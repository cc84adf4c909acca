// How every surface reads a request body: JSON only, strict UTF-8, an empty body is no body, and a write
// whose route declares no body (verify, sync, cancel, reset, every DELETE) refuses one like an unknown field.
import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../errors.ts';
import type { HttpServer } from './server.ts';
import { invalidUtf8Body, nulInBody, nulInUrl, shorten } from './request-errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received (an AK/SK signature covers it byte for byte). */
    rawBody?: string;
  }
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** `\u0000` in JSON text, not preceded by an escaped backslash (`\\u0000` is the six characters, not a NUL). */
const NUL_ESCAPE = /(?<!\\)(?:\\\\)*\\u0000/;
/** `%00` anywhere in the path or the query. */
const NUL_IN_URL = /%00/;

/** Installs the JSON parser and the body rules on the root instance, before any route is registered. */
export function readBodies(app: HttpServer): void {
  // JSON alone (see jsonBodyParser): text/plain, which Fastify reads by default, is not a media type of this API
  // and is answered 415 (the connection-group surface reads every label as JSON, through the same parser).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, jsonBodyParser(app));
  // Callback hooks here and in server.ts, build.ts and audit/http-hook.ts: an async hook costs every request a
  // promise and its microtask turns, for work that is synchronous (or, in the audit's case, only for writes).
  // With the one-object request logger (logging.ts): GET one connection 91.9–118.0 → 76.8–79.1 µs of server
  // CPU, flattened nullables included (`bench -- http`, SQLite, 2026-12-04, machine 150% busy with other work).
  app.addHook('onRequest', (request, _reply, done) => {
    done(NUL_IN_URL.test(request.url) ? nulInUrl() : undefined);
  });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((method) => WITH_BODY.has(method))) return;
    const rule = (route.schema as { body?: unknown } | undefined)?.body ? emptyBodyIsEmptyObject : refuseBody;
    // Route-level, so it runs where the schema's own check would: after the surface's authorisation.
    route.preValidation = [...toArray(route.preValidation), rule];
  });
}

/** No body where one is declared is validated as `{}`: the answer names the required fields. */
async function emptyBodyIsEmptyObject(request: FastifyRequest): Promise<void> {
  if (request.body === undefined) request.body = {};
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * The JSON parser: the bytes decoded strictly (Fastify decodes leniently: a byte that is not UTF-8 would become
 * U+FFFD and be stored as such), kept as `rawBody`, an empty body read as no body, a NUL refused, then Fastify's
 * own parser (with its prototype-poisoning guard). `notJson` answers a body that does not parse, when the caller
 * wants another answer than a 400 for it.
 */
export function jsonBodyParser(app: HttpServer, notJson?: (request: FastifyRequest) => Error | undefined) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return (request: FastifyRequest, bytes: string | Buffer, done: Done): void => {
    let text: string;
    try {
      text = utf8.decode(bytes as Buffer);
    } catch {
      return done(invalidUtf8Body(), undefined);
    }
    request.rawBody = text;
    if (text.trim() === '') return done(null, undefined);
    // No string of this API holds a NUL, and PostgreSQL cannot store one in text: refused here, on both databases.
    if (NUL_ESCAPE.test(text)) return done(nulInBody(), undefined);
    const refusal = notJson?.(request);
    if (!refusal) {
      parseJson(request, text, done);
      return;
    }
    parseJson(request, text, (error, parsed) => (error ? done(refusal, undefined) : done(null, parsed)));
  };
}

/** A route that declares no body takes none, `{}` alone; anything else is refused before anything happens. */
async function refuseBody(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (body === undefined) return;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const keys = Object.keys(body);
    if (keys.length === 0) return;
    throw new ValidationError(Object.fromEntries(keys.slice(0, 20).map((key) => [shorten(key), 'is not a known field (this action takes no body)'])));
  }
  throw new ValidationError({ body: 'must be empty or {} (this action takes no body)' });
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
