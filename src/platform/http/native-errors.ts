import { Type, type Static } from '@sinclair/typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, LifeboatError, PreconditionFailedError, TooManyRequestsError, UpstreamError, ValidationError, type ErrorKind } from '../errors.ts';
import { fieldErrorsOf } from './validation.ts';

/** The native surface's error body (the seeds' schema), on every error status. */
export const NativeErrorBody = Type.Object(
  {
    errors: Type.Array(Type.Object({ code: Type.String(), message: Type.String(), type: Type.String() })),
    fieldErrors: Type.Record(Type.String(), Type.String()),
    message: Type.String(),
    requiredPermissions: Type.Array(Type.String()),
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

/** The one place a native-surface error becomes HTTP. Unexpected faults are logged in full and answered
 * with a 500 that carries only the request id. */
export function nativeErrorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const fieldErrors = fieldErrorsOf(fastifyError.validation as any, fastifyError.validationContext);
    const validation = new ValidationError(fieldErrors);
    return reply.status(400).send(body(400, validation.code, 'validation', validation.message, { fieldErrors }));
  }
  if (error instanceof LifeboatError) {
    const status = STATUS[error.kind];
    const extra: Partial<NativeErrorBody> = {};
    if (error instanceof ValidationError) extra.fieldErrors = { ...error.fieldErrors };
    if ('fieldErrors' in error && error.fieldErrors && !(error instanceof ValidationError)) extra.fieldErrors = { ...(error.fieldErrors as Record<string, string>) };
    if (error instanceof ForbiddenError) extra.requiredPermissions = [...error.requiredPermissions];
    if (error instanceof PreconditionFailedError && error.currentVersion !== undefined) reply.header('ETag', `"${error.currentVersion}"`);
    if (error instanceof TooManyRequestsError) reply.header('Retry-After', String(error.retryAfterSeconds));
    if (error.kind === 'upstream-busy') reply.header('Retry-After', '5');
    if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
    const text = error instanceof UpstreamError ? `The cloud answered ${String(error)}` : error.message;
    return reply.status(status).send(body(status, error.code, error.kind, text, extra));
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    // Fastify's own refusals: malformed JSON, an empty JSON body, a media type it cannot parse, a body too large.
    const field: Record<string, string> = status === 400 ? { body: error.message } : {};
    return reply.status(status).send(body(status, fastifyError.code ?? 'BAD_REQUEST', status === 400 ? 'validation' : 'request', error.message, { fieldErrors: field }));
  }
  request.log.error({ err: error }, 'unexpected error');
  const message = `Internal error; quote request id ${request.id} when reporting it`;
  return reply.status(500).send(body(500, 'INTERNAL', 'internal', message));
}

export function nativeNotFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const message = `No route ${request.method} ${request.url.split('?')[0]}`;
  return reply.status(404).send(body(404, 'NOT_FOUND', 'not-found', message));
}
