import { Type, type Static } from '@sinclair/typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, ForbiddenError, PreconditionFailedError, TooManyRequestsError, UpstreamError, type ErrorKind } from '../errors.ts';
import { typedErrorOf } from './request-errors.ts';

/** The native surface's error body (the Cloud Rewind API's), on every error status. */
export const NativeErrorBody = Type.Object(
  {
    errors: Type.Array(Type.Object({
      code: Type.String({ description: 'A stable, machine-readable code: VALIDATION_FAILED, NOT_FOUND, NAME_TAKEN, CONFLICT, PRECONDITION_FAILED, FORBIDDEN, …' }),
      message: Type.String({ description: 'What went wrong, for a person; never holds a secret.' }),
      type: Type.String({ description: 'The kind of error: validation, unauthenticated, forbidden, not-found, conflict, precondition-failed, …' }),
    }), { description: 'One entry per error (usually one).' }),
    fieldErrors: Type.Record(Type.String(), Type.String(), {
      description: 'Each bad field of the request (a path such as crossRegionConfiguration.recoveryRegion, or a query or header name) with why; empty when no field is at fault.',
    }),
    message: Type.String({ description: 'The first error\'s message.' }),
    requiredPermissions: Type.Array(Type.String(), { description: 'On 403: the permissions the token lacks (e.g. recoveries:create); otherwise empty.' }),
  },
  { $id: 'NativeError', description: 'Error' },
);
export type NativeErrorBody = Static<typeof NativeErrorBody>;

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'precondition-failed': 412,
  unprocessable: 422,
  'too-many-requests': 429,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  upstream: 502,
  'upstream-busy': 503,
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: fieldErrors names each bad field',
  401: 'Unauthorized',
  403: 'Forbidden: requiredPermissions lists what the token lacks',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed: If-Match does not match the current ETag',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable',
  429: 'Too Many Requests',
  502: 'Bad Gateway: the cloud refused or failed a call made for this request',
  503: 'Service Unavailable: the cloud is throttling or unavailable; retry later',
  500: 'Internal Server Error',
};

/** Response schemas for a route's error statuses, so the OpenAPI document lists them. 400 (a malformed path
 * parameter or header reaches every route), 401 and 500 are always there. */
export function nativeErrors(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const status of [400, 401, ...statuses, 500]) out[status] = { ...NativeErrorBody, description: DESCRIPTIONS[status] ?? 'Error' };
  return out;
}

function body(status: number, code: string, type: string, message: string, extra: Partial<NativeErrorBody> = {}): NativeErrorBody {
  return { errors: [{ code, message, type }], fieldErrors: {}, message, requiredPermissions: [], ...extra };
}

/** The one place a native-surface error becomes HTTP (and the root's: anything outside the other two surfaces).
 * Unexpected faults are logged in full and answered with a 500 that carries only the request id. */
export function nativeErrorHandler(thrown: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const error = typedErrorOf(thrown);
  if (!error) {
    request.log.error({ err: thrown }, 'unexpected error');
    const message = `Internal error; quote request id ${request.id} when reporting it`;
    return reply.status(500).send(body(500, 'INTERNAL', 'internal', message));
  }
  const status = STATUS[error.kind];
  const extra: Partial<NativeErrorBody> = {};
  if ('fieldErrors' in error && error.fieldErrors) extra.fieldErrors = { ...(error.fieldErrors as Record<string, string>) };
  if (error instanceof ForbiddenError) extra.requiredPermissions = [...error.requiredPermissions];
  if (error instanceof PreconditionFailedError && error.currentVersion !== undefined) reply.header('ETag', `"${error.currentVersion}"`);
  if (error instanceof TooManyRequestsError) reply.header('Retry-After', String(error.retryAfterSeconds));
  if (error.kind === 'upstream-busy') reply.header('Retry-After', '5');
  if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
  const text = error instanceof UpstreamError ? `The cloud answered ${String(error)}` : error.message;
  const details = error instanceof ConflictError ? error.details : undefined;
  return reply.status(status).send({ ...details, ...body(status, error.code, error.kind, text, extra) });
}
