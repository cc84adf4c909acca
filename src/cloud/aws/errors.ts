import { CloudCallError } from '../provider.ts';

/**
 * AWS error codes by what Lifeboat should do about them. Anything else is a `fault`: retrying the same
 * request will not help (a missing resource, a bad parameter, a quota).
 */
const REASONS: ReadonlyArray<readonly [CloudCallError['reason'], ReadonlySet<string>]> = [
  ['throttled', new Set([
    'ThrottlingException', 'Throttling', 'ThrottledException', 'RequestLimitExceeded', 'RequestThrottled',
    'RequestThrottledException', 'TooManyRequestsException', 'SlowDown', 'ProvisionedThroughputExceededException',
    'PriorRequestNotComplete', 'SnapshotCreationPerVolumeRateExceeded',
    // Concurrency limits, not quotas: EC2's concurrent snapshot copies (ResourceLimitExceeded,
    // ConcurrentSnapshotLimitExceeded), DynamoDB's concurrent control-plane operations (LimitExceededException).
    'ResourceLimitExceeded', 'ConcurrentSnapshotLimitExceeded', 'LimitExceededException',
  ])],
  ['unavailable', new Set([
    'ServiceUnavailable', 'ServiceUnavailableException', 'Unavailable', 'RequestTimeout', 'RequestTimeoutException',
    'InternalFailure', 'InternalError', 'InternalServerError', 'InternalServiceError', 'InternalServiceErrorException', 'EC2ThrottledException',
    // A resource in a passing state (RDS: backing-up, modifying; a snapshot still being made): later it is not.
    'InvalidDBInstanceState', 'InvalidDBInstanceStateFault', 'InvalidDBSnapshotState', 'InvalidDBSnapshotStateFault',
    'InvalidDBClusterStateFault', 'InvalidDBClusterSnapshotStateFault', 'IncorrectState', 'IncorrectInstanceState', 'ResourceInUseException', 'TimeoutError', 'EndpointConnectionError',
    'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH',
  ])],
  ['authentication', new Set([
    'AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthFailure', 'AuthorizationError',
    'InvalidClientTokenId', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException',
    'UnrecognizedClientException', 'InvalidToken', 'MissingAuthenticationToken', 'IncompleteSignature',
    'CredentialsProviderError',
  ])],
];

export function reasonFor(code: string): CloudCallError['reason'] {
  return REASONS.find(([, codes]) => codes.has(code))?.[0] ?? 'fault';
}

interface SdkErrorShape {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** The AWS error code of whatever a call threw: the service's code, a network error's, or the error's name. */
export function awsCode(error: unknown): string {
  if (error instanceof CloudCallError) return error.cloudCode;
  const e = (error ?? {}) as SdkErrorShape;
  if (typeof e.Code === 'string' && e.Code) return e.Code;
  // Node's network errors carry their errno code; the SDK's service errors their code as the name.
  if (typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) return e.code;
  if (typeof e.name === 'string' && e.name && e.name !== 'Error') return e.name;
  const status = e.$metadata?.httpStatusCode;
  if (status === 503) return 'ServiceUnavailable';
  if (status === 429) return 'TooManyRequestsException';
  return 'UnknownError';
}

/**
 * The CloudCallError for a failed SDK call, the AWS code first in its message. Secrets known to the
 * caller are cut out of the message: no AWS message should hold one, but a proxy's or a compatible
 * server's might.
 */
export function toCloudError(error: unknown, secrets: readonly (string | undefined)[] = []): CloudCallError {
  if (error instanceof CloudCallError) return error;
  const code = awsCode(error);
  let text = error instanceof Error && error.message ? error.message : 'the call failed';
  for (const secret of secrets) if (secret && secret.length >= 8) text = text.split(secret).join('[redacted]');
  const message = text.startsWith(`${code}:`) ? text : `${code}: ${text}`;
  return new CloudCallError(reasonFor(code), code, message);
}

/** A `fault` CloudCallError with an AWS-style code (for problems the driver finds before calling AWS). */
export function faultError(code: string, message: string): CloudCallError {
  return new CloudCallError('fault', code, `${code}: ${message}`);
}

/** True when the call failed because the thing it addressed is not there (a delete's success). */
export function isNotFound(error: unknown): boolean {
  const code = awsCode(error);
  return /NotFound|NoSuch|DoesNotExist|NonExistent/.test(code) || code === 'ResourceNotFoundException';
}

/**
 * What a delete meets while something it depends on is still going away (a terminated instance's
 * volume, a deleted load balancer's interfaces in a subnet, a NAT gateway's address). During a reset
 * these pass once the earlier deletes finish, so they are retryable, not faults.
 */
const STILL_IN_USE = new Set([
  'DependencyViolation', 'VolumeInUse', 'InvalidIPAddress.InUse', 'ResourceInUse', 'InvalidDBSubnetGroupStateFault',
  'InvalidDBSubnetGroupState', 'IncorrectState', 'InvalidNetworkInterface.InUse',
]);

export function stillInUse(error: unknown): CloudCallError | undefined {
  const code = awsCode(error);
  if (!STILL_IN_USE.has(code)) return undefined;
  const text = error instanceof Error && error.message ? error.message : 'still in use';
  return new CloudCallError('unavailable', code, text.startsWith(`${code}:`) ? text : `${code}: ${text}`);
}
