import { LifeboatError, type ErrorKind } from '../../platform/errors.ts';

/** Refusals particular to cloud connections; each code has its CC.xxxx in CATALOGUE. */
export type NetworkCode =
  | 'TAG_LIMIT' | 'CONNECTION_IN_USE'
  | 'CIDR_OVERLAP' | 'INSTANCE_LOADED' | 'REGION_IN_USE'
  | 'PACKAGE_BOUND' | 'PACKAGE_BOUND_ELSEWHERE' | 'PACKAGE_NOT_BOUND' | 'PACKAGE_IN_USE' | 'AREA_PAIR_TAKEN' | 'BANDWIDTH_BELOW_ALLOCATED'
  | 'BANDWIDTH_EXCEEDED' | 'REGION_NOT_LOADED' | 'PACKAGE_NOT_ON_CONNECTION' | 'REGION_PAIR_TAKEN';

export class NetworkRefusal extends LifeboatError {
  constructor(readonly code: NetworkCode, message: string, readonly kind: ErrorKind = 'conflict') {
    super(message);
  }
}

/** A request that is signed wrongly, too old, or names no key: always 401, and never says which secret. */
export class SignatureError extends LifeboatError {
  readonly kind = 'unauthenticated';
  constructor(readonly code: 'SIGNATURE_INVALID' | 'REQUEST_EXPIRED', message: string) {
    super(message);
  }
}

export interface CatalogueEntry {
  readonly status: number;
  /** The Lifeboat error codes (or Fastify's) that answer with this CC code. */
  readonly codes: readonly string[];
  readonly meaning: string;
}

/** Every error the /v3 surface answers, by CC code: the documented catalogue (README, API reference). */
export const CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  'CC.1000': { status: 500, codes: ['INTERNAL'], meaning: 'Unexpected server fault; quote the request_id.' },
  'CC.1001': { status: 400, codes: ['BAD_REQUEST', 'INVALID_BODY', 'INVALID_URL'], meaning: 'The request cannot be read: the body is not valid JSON or not UTF-8, or the URL is not UTF-8 or has a path segment over 100 characters.' },
  'CC.1002': { status: 400, codes: ['VALIDATION_FAILED'], meaning: 'A field is missing, unknown or invalid; error_msg names it.' },
  'CC.1003': { status: 401, codes: ['UNAUTHENTICATED'], meaning: 'No credentials, an invalid X-Auth-Token, or an unknown access key.' },
  'CC.1004': { status: 401, codes: ['SIGNATURE_INVALID'], meaning: 'The AK/SK signature is malformed or does not match the request.' },
  'CC.1005': { status: 401, codes: ['REQUEST_EXPIRED'], meaning: 'X-Sdk-Date is missing or more than 15 minutes from the server clock.' },
  'CC.1006': { status: 403, codes: ['FORBIDDEN'], meaning: "The caller's role lacks the permission; error_msg names it." },
  'CC.1007': { status: 404, codes: ['NOT_FOUND'], meaning: "No such resource, domain or route, or one outside the caller's account or projects." },
  'CC.1008': { status: 409, codes: ['CONCURRENT_UPDATE'], meaning: 'The resource kept changing under concurrent writers; retry.' },
  'CC.1009': { status: 412, codes: ['VERSION_MISMATCH'], meaning: 'If-Match does not match the current ETag.' },
  'CC.1010': { status: 415, codes: ['UNSUPPORTED_MEDIA_TYPE'], meaning: 'Bodies are application/json.' },
  'CC.1011': { status: 429, codes: ['TOO_MANY_REQUESTS'], meaning: 'Too many requests; retry later.' },
  'CC.1012': { status: 413, codes: ['BODY_TOO_LARGE'], meaning: 'The body is larger than 1 MiB.' },
  'CC.1100': { status: 409, codes: ['CONNECTION_IN_USE'], meaning: 'The cloud connection still has network instances, bandwidth packages or inter-region bandwidths.' },
  'CC.1101': { status: 400, codes: ['TAG_LIMIT'], meaning: 'A resource has at most 20 tags.' },
  'CC.1200': { status: 409, codes: ['CIDR_OVERLAP'], meaning: 'A CIDR overlaps one of another network instance in the same cloud connection.' },
  'CC.1201': { status: 409, codes: ['INSTANCE_LOADED'], meaning: 'The VPC or virtual gateway is already loaded into this cloud connection.' },
  'CC.1202': { status: 409, codes: ['REGION_IN_USE'], meaning: "The instance is its region's last one and an inter-region bandwidth uses the region." },
  'CC.1300': { status: 409, codes: ['PACKAGE_BOUND'], meaning: 'A bound bandwidth package cannot be deleted; disassociate it first.' },
  'CC.1301': { status: 409, codes: ['PACKAGE_BOUND_ELSEWHERE'], meaning: 'The bandwidth package is already bound to a cloud connection.' },
  'CC.1302': { status: 409, codes: ['PACKAGE_NOT_BOUND'], meaning: 'The bandwidth package is not bound to that cloud connection.' },
  'CC.1303': { status: 409, codes: ['PACKAGE_IN_USE'], meaning: 'Inter-region bandwidths still use the bandwidth package.' },
  'CC.1304': { status: 409, codes: ['AREA_PAIR_TAKEN'], meaning: 'The cloud connection already has a bandwidth package between these areas.' },
  'CC.1305': { status: 409, codes: ['BANDWIDTH_BELOW_ALLOCATED'], meaning: 'The bandwidth would be less than its inter-region bandwidths use.' },
  'CC.1400': { status: 409, codes: ['BANDWIDTH_EXCEEDED'], meaning: "The inter-region bandwidths would use more than the package's bandwidth." },
  'CC.1401': { status: 409, codes: ['REGION_NOT_LOADED'], meaning: 'A region has no network instance in the cloud connection.' },
  'CC.1402': { status: 409, codes: ['PACKAGE_NOT_ON_CONNECTION'], meaning: 'The bandwidth package is not bound to the cloud connection.' },
  'CC.1403': { status: 409, codes: ['REGION_PAIR_TAKEN'], meaning: 'The two regions already have an inter-region bandwidth in the cloud connection.' },
};

const BY_CODE = new Map<string, string>(Object.entries(CATALOGUE).flatMap(([cc, entry]) => entry.codes.map((code) => [code, cc] as const)));

/** The CC code for a Lifeboat error code; an error of no known code takes its status's general one. */
export function ccCodeOf(code: string, status: number): string {
  const known = BY_CODE.get(code);
  if (known) return known;
  const general = Object.entries(CATALOGUE).find(([, entry]) => entry.status === status);
  return general ? general[0] : status >= 500 ? 'CC.1000' : 'CC.1002';
}
