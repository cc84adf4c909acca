import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailedError, TooManyRequestsError, type ErrorKind } from '../../platform/errors.ts';
import type { ErrorDialect } from '../../platform/http/dialects.ts';
import { typedErrorOf } from '../../platform/http/request-errors.ts';

/** error_code per kind: the HTTP status with a digit of its own, stable for clients to switch on. */
const STATUS: Record<ErrorKind, [number, number]> = {
  validation: [400, 4001], unauthenticated: [401, 4011], forbidden: [403, 4031], 'not-found': [404, 4041], conflict: [409, 4091],
  'precondition-failed': [412, 4121], 'payload-too-large': [413, 4131], 'unsupported-media-type': [415, 4151], unprocessable: [422, 4221],
  'too-many-requests': [429, 4291], upstream: [502, 5021], 'upstream-busy': [503, 5031],
};

function errors(reply: FastifyReply, status: number, code: number, messages: string[]): FastifyReply {
  return reply.status(status).type('application/json').send({ errors: messages.map((m) => ({ error_code: code, error_message: m })) });
}

/** The one place a connection-group error becomes HTTP: `{"errors":[{"error_code", "error_message"}]}`, one
 * entry per bad field. Unexpected faults are logged in full and answered with the request id only. */
export function groupsErrorHandler(thrown: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const error = typedErrorOf(thrown);
  if (!error) {
    request.log.error({ err: thrown }, 'unexpected error');
    return errors(reply, 500, 5001, [`Internal error; quote request id ${request.id} when reporting it`]);
  }
  const [status, code] = STATUS[error.kind];
  if (error instanceof PreconditionFailedError && error.currentVersion !== undefined) reply.header('ETag', `"${error.currentVersion}"`);
  if (error instanceof TooManyRequestsError) reply.header('Retry-After', String(error.retryAfterSeconds));
  if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
  const fields = error.kind === 'validation' && 'fieldErrors' in error && error.fieldErrors ? Object.entries(error.fieldErrors as Record<string, string>) : [];
  return errors(reply, status, code, fields.length > 0 ? fields.map(([field, message]) => `${field}: ${message}`) : [error.message]);
}

export const groupsDialect: ErrorDialect = { prefix: '/connections/aws', answer: groupsErrorHandler };
