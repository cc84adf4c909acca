/**
 * Typed domain errors. Services and repositories throw these; each API surface turns them into its own
 * error dialect in exactly one place (its error handler). None of them knows HTTP.
 */
export abstract class LifeboatError extends Error {
  /** A stable machine-readable code, e.g. NAME_TAKEN. */
  abstract readonly code: string;
  /** The error's kind; each surface maps a kind to a status code. */
  abstract readonly kind: ErrorKind;
}

export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'unprocessable'
  | 'too-many-requests'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'upstream'
  | 'upstream-busy';

/** Input that breaks the contract: one message per bad field. */
export class ValidationError extends LifeboatError {
  readonly kind = 'validation';
  readonly code = 'VALIDATION_FAILED';
  constructor(readonly fieldErrors: Readonly<Record<string, string>>, message?: string) {
    // Each field beside its own problem: "Invalid operationalRegions.1: must be one of …; services.0: must be one of …".
    super(message ?? `Invalid ${Object.entries(fieldErrors).map(([field, problem]) => `${field}: ${problem}`).join('; ') || 'input'}`);
  }
}

/**
 * The request cannot be read as sent: a URL that is not UTF-8 or has an over-long segment, a body that is not
 * JSON or not UTF-8, a media type other than JSON, a body over the size limit. The surface's framework finds
 * these before any route runs; they are named here so that each surface answers them in its own words.
 */
export class UnreadableRequestError extends LifeboatError {
  constructor(
    readonly kind: 'validation' | 'unsupported-media-type' | 'payload-too-large',
    readonly code: 'INVALID_URL' | 'INVALID_BODY' | 'INVALID_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE' | 'BODY_TOO_LARGE',
    readonly fieldErrors: Readonly<Record<string, string>>,
    message: string,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends LifeboatError {
  readonly kind = 'unauthenticated';
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'A valid bearer token is required') {
    super(message);
  }
}

export class ForbiddenError extends LifeboatError {
  readonly kind = 'forbidden';
  readonly code = 'FORBIDDEN';
  constructor(readonly requiredPermissions: readonly string[]) {
    super(`This token lacks the permission ${requiredPermissions.join(', ')}`);
  }
}

/** Missing, or outside what the caller may see: the two are indistinguishable on purpose. */
export class NotFoundError extends LifeboatError {
  readonly kind = 'not-found';
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found`);
  }
}

export class ConflictError extends LifeboatError {
  readonly kind = 'conflict';
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors?: Readonly<Record<string, string>>,
    /** More the caller needs to act on (a recovery's failed pre-flight checks): top-level fields of the error body,
     * which the route's 409 schema declares. */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

/** If-Match named a version that is no longer current. */
export class PreconditionFailedError extends LifeboatError {
  readonly kind = 'precondition-failed';
  readonly code = 'VERSION_MISMATCH';
  constructor(readonly currentVersion?: number) {
    super('The resource has changed since it was read (If-Match does not match its ETag)');
  }
}

export class TooManyRequestsError extends LifeboatError {
  readonly kind = 'too-many-requests';
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/**
 * A service Lifeboat depends on (a cloud's API) refused or failed a call made for this request. A `retryable`
 * one (throttling, unavailability) may pass with a retry, so it is answered as busy (503); the rest will not
 * without a change on that side.
 */
export abstract class UpstreamError extends LifeboatError {
  abstract readonly retryable: boolean;
  get kind(): ErrorKind {
    return this.retryable ? 'upstream-busy' : 'upstream';
  }
}
