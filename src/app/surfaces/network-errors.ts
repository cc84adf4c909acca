import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailedError, TooManyRequestsError, type ErrorKind } from '../../platform/errors.ts';
import type { ErrorDialect } from '../../platform/http/dialects.ts';
import { typedErrorOf } from '../../platform/http/request-errors.ts';
import { ccCodeOf } from '../../modules/network/errors.ts';

const STATUS: Record<ErrorKind, number> = {
  validation: 400, unauthenticated: 401, forbidden: 403, 'not-found': 404, conflict: 409, 'precondition-failed': 412,
  'payload-too-large': 413, 'unsupported-media-type': 415, unprocessable: 422, 'too-many-requests': 429, upstream: 502, 'upstream-busy': 503,
};

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string): FastifyReply {
  return reply.status(status).send({ error_code: ccCodeOf(code, status), error_msg: message, request_id: request.id });
}

/** The one place a /v3 error becomes HTTP: `{error_code, error_msg, request_id}`, the CC code from the
 * catalogue (modules/network/errors.ts); a 500 says only the request id. */
export function networkErrorHandler(thrown: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const error = typedErrorOf(thrown);
  if (!error) {
    request.log.error({ err: thrown }, 'unexpected error');
    return send(reply, request, 500, 'INTERNAL', `Internal error; quote request id ${request.id} when reporting it`);
  }
  const status = STATUS[error.kind];
  if (error instanceof PreconditionFailedError && error.currentVersion !== undefined) reply.header('ETag', `"${error.currentVersion}"`);
  if (error instanceof TooManyRequestsError) reply.header('Retry-After', String(error.retryAfterSeconds));
  const fields = 'fieldErrors' in error && error.fieldErrors ? Object.entries(error.fieldErrors as Record<string, string>) : [];
  const message = error.kind === 'validation' && fields.length ? `Invalid ${fields.map(([f, m]) => `${f}: ${m}`).join('; ')}` : error.message;
  return send(reply, request, status, error.code, message);
}

export const networkDialect: ErrorDialect = { prefix: '/v3', answer: networkErrorHandler };
