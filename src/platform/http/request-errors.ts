import type { FastifyError, FastifyRequest } from 'fastify';
import { LifeboatError, NotFoundError, UnreadableRequestError, ValidationError } from '../errors.ts';
import { fieldErrorsOf } from './validation.ts';

/** Longest piece of a caller's URL an answer repeats: a 10 KB path is not echoed back. */
const ECHO_LIMIT = 100;

const unreadableUrl = (why: string) => new UnreadableRequestError('validation', 'INVALID_URL', { url: why }, `The URL ${why}`);
const unreadableBody = (why: string) => new UnreadableRequestError('validation', 'INVALID_BODY', { body: why }, `The body ${why}`);

/** Fastify's own refusals (its FST_* codes), each as the typed error every surface knows how to answer. */
const FRAMEWORK: Record<string, () => LifeboatError> = {
  FST_ERR_BAD_URL: () => unreadableUrl('is not valid: its percent-encoding must be UTF-8'),
  FST_ERR_INVALID_URL: () => unreadableUrl('is not valid'),
  FST_ERR_MAX_PARAM_LENGTH: () => unreadableUrl('has a path segment longer than 100 characters'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => unreadableBody('is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => unreadableBody('is empty'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => unreadableBody('does not match its Content-Length'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new UnreadableRequestError('payload-too-large', 'BODY_TOO_LARGE', { body: 'is larger than 1 MiB' }, 'The body is larger than 1 MiB'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => unsupportedMediaType(),
};

export function unsupportedMediaType(): UnreadableRequestError {
  return new UnreadableRequestError('unsupported-media-type', 'UNSUPPORTED_MEDIA_TYPE', { 'content-type': 'must be application/json' }, 'Bodies are application/json');
}

export function invalidUtf8Body(): UnreadableRequestError {
  return unreadableBody('is not valid UTF-8');
}

export function nulInBody(): UnreadableRequestError {
  return unreadableBody('must not contain a NUL character (\\u0000)');
}

export function nulInUrl(): UnreadableRequestError {
  return unreadableUrl('must not contain a NUL character (%00)');
}

/**
 * What an error thrown while serving a request means, as a typed error: ours as they are, a schema's
 * refusal as a ValidationError, Fastify's refusals by their code. Undefined is an unexpected fault (a 500).
 * Every surface's error handler starts here, so a refusal is named once and answered in each dialect.
 */
export function typedErrorOf(error: Error): LifeboatError | undefined {
  if (error instanceof LifeboatError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return new ValidationError(fieldErrorsOf(fastifyError.validation as never, fastifyError.validationContext));
  const known = fastifyError.code ? FRAMEWORK[fastifyError.code] : undefined;
  if (known) return known();
  const status = fastifyError.statusCode;
  // Any other 4xx of the framework or a plugin: its words are not ours, its status is.
  if (status === 404) return new NotFoundError('The resource');
  if (status === 413) return FRAMEWORK.FST_ERR_CTP_BODY_TOO_LARGE!();
  if (status === 415) return unsupportedMediaType();
  if (status && status >= 400 && status < 500) return new UnreadableRequestError('validation', 'INVALID_REQUEST', { request: 'cannot be read' }, 'The request cannot be read');
  return undefined;
}

/** The 404 of a path no route serves, naming at most the first 100 characters of it. */
export function routeNotFound(request: FastifyRequest): NotFoundError {
  return new NotFoundError(`Route ${request.method} ${shorten(request.url.split('?')[0]!)}`);
}

export function shorten(text: string): string {
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
}
