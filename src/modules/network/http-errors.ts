import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { LifeboatError, PreconditionFailedError, TooManyRequestsError, type ErrorKind } from '../../platform/errors.ts';
import { fieldErrorsOf } from '../../platform/http/validation.ts';
import { ccCodeOf } from './errors.ts';

/** The Cloud Connect error body, on every error status. */
export const CcErrorBody = Type.Object({
  error_code: Type.String({ description: 'CC.xxxx: see the catalogue in the README.' }),
  error_msg: Type.String(),
  request_id: Type.String(),
}, { description: 'Error' });

const STATUS: Record<ErrorKind, number> = {
  validation: 400, unauthenticated: 401, forbidden: 403, 'not-found': 404, conflict: 409, 'precondition-failed': 412,
  unprocessable: 422, 'too-many-requests': 429, upstream: 502, 'upstream-busy': 503,
};

/** Response schemas for a route's error statuses (400, 401, 403, 404 and 500 always). */
export function ccErrors(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const status of [400, 401, 403, 404, ...statuses, 500]) out[status] = CcErrorBody;
  return out;
}

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string): FastifyReply {
  return reply.status(status).send({ error_code: ccCodeOf(code, status), error_msg: message, request_id: request.id });
}

/** The one place a /v3 error becomes HTTP: `{error_code, error_msg, request_id}`; a 500 says only the request id. */
export function networkErrorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const fields = fieldErrorsOf(fastifyError.validation as any, fastifyError.validationContext);
    return send(reply, request, 400, 'VALIDATION_FAILED', `Invalid ${Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ')}`);
  }
  if (error instanceof LifeboatError) {
    const status = STATUS[error.kind];
    if (error instanceof PreconditionFailedError && error.currentVersion !== undefined) reply.header('ETag', `"${error.currentVersion}"`);
    if (error instanceof TooManyRequestsError) reply.header('Retry-After', String(error.retryAfterSeconds));
    const fields = 'fieldErrors' in error && error.fieldErrors ? Object.entries(error.fieldErrors as Record<string, string>) : [];
    const message = error.kind === 'validation' && fields.length ? `Invalid ${fields.map(([f, m]) => `${f}: ${m}`).join('; ')}` : error.message;
    return send(reply, request, status, error.code, message);
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    // Fastify's own refusals: malformed JSON, a media type other than JSON, a body too large.
    const code = status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status === 429 ? 'TOO_MANY_REQUESTS' : 'BAD_REQUEST';
    return send(reply, request, status, code, error.message);
  }
  request.log.error({ err: error }, 'unexpected error');
  return send(reply, request, 500, 'INTERNAL', `Internal error; quote request id ${request.id} when reporting it`);
}

export function networkNotFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, request, 404, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`);
}
