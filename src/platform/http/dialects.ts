import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { HttpServer } from './server.ts';
import { routeNotFound } from './request-errors.ts';

/**
 * How one surface answers any error: its single mapping from typed errors (after typedErrorOf) to its own
 * status codes and body. A new typed error (a rate limit's 429) is one line in each surface's mapping.
 */
export type ErrorAnswer = (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => FastifyReply;

/** A surface's error dialect and the URL prefix it owns. */
export interface ErrorDialect {
  readonly prefix: string;
  readonly answer: ErrorAnswer;
}

/** Makes a surface (or the root) answer its errors and its unknown paths in its dialect. */
export function answerIn(app: HttpServer, answer: ErrorAnswer): void {
  app.setErrorHandler(answer);
  app.setNotFoundHandler((request, reply) => answer(routeNotFound(request), request, reply));
}

/**
 * The dialect a URL falls under. Used for what Fastify refuses before routing (a URL that is not UTF-8, a path
 * segment over maxParamLength), which reaches no surface's own handler.
 */
export function dialectFor(url: string, dialects: readonly ErrorDialect[], root: ErrorAnswer): ErrorAnswer {
  const path = url.split('?')[0]!;
  const owner = dialects.find((d) => path === d.prefix || path.startsWith(`${d.prefix}/`));
  return owner ? owner.answer : root;
}
