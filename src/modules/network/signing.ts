import { createHash, createHmac } from 'node:crypto';
import { constantTimeEqual } from '../../platform/secrets.ts';
import { SignatureError } from './errors.ts';

/**
 * SDK-HMAC-SHA256, the AK/SK request signing of the Huawei Cloud SDKs:
 *   canonical request = method \n canonical URI \n canonical query \n canonical headers \n signed headers \n hex(sha256(body))
 *   string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(canonical request))
 *   signature         = hex(hmac-sha256(SK, string to sign))
 */
export const ALGORITHM = 'SDK-HMAC-SHA256';
/** How far X-Sdk-Date may be from the server clock, either way: a captured request replays for no longer. */
export const MAX_SKEW_MS = 15 * 60_000;
const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');
const UNSIGNED = 'UNSIGNED-PAYLOAD';

export interface SignedRequest {
  readonly method: string;
  /** The raw request target: path and query as sent. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly rawBody: string;
}

export interface Authorization {
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const invalid = (message: string) => new SignatureError('SIGNATURE_INVALID', message);

/** Parses `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`; undefined when the header is of another scheme. */
export function parseAuthorization(header: string | undefined): Authorization | undefined {
  if (!header?.startsWith(`${ALGORITHM} `)) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    throw invalid('The Authorization header must be SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>');
  }
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}

/** RFC 3986 encoding as the SDKs do it: everything but A–Z a–z 0–9 - _ . ~ is %XX of its UTF-8 bytes. */
export function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-decoding; in a query (form encoding) `+` is a space too. */
function decode(value: string, query = false): string {
  try {
    return decodeURIComponent(query ? value.replace(/\+/g, ' ') : value);
  } catch {
    throw invalid('The request path or query is not valid percent-encoding');
  }
}

/** Each path segment decoded and re-encoded, always ending in `/`. */
export function canonicalUri(path: string): string {
  const uri = path.split('/').map((segment) => encode(decode(segment))).join('/');
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** Keys sorted, each key's values sorted, `key=value` joined with `&`. */
export function canonicalQuery(query: string): string {
  const byKey = new Map<string, string[]>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq), true);
    byKey.set(key, [...(byKey.get(key) ?? []), eq < 0 ? '' : decode(pair.slice(eq + 1), true)]);
  }
  return [...byKey.keys()].sort().flatMap((key) => byKey.get(key)!.sort().map((value) => `${encode(key)}=${encode(value)}`)).join('&');
}

function headerValue(headers: SignedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** `YYYYMMDDTHHmmssZ` → epoch ms, or undefined. */
export function parseSdkDate(value: string | undefined): number | undefined {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The string to sign for a request, as the client must have built it. */
export function stringToSign(request: SignedRequest, auth: Authorization): string {
  const q = request.url.indexOf('?');
  const path = q < 0 ? request.url : request.url.slice(0, q);
  const query = q < 0 ? '' : request.url.slice(q + 1);
  let headers = '';
  for (const name of auth.signedHeaders) {
    const value = headerValue(request.headers, name.toLowerCase());
    if (value === undefined) throw invalid(`The signed header ${name} is not in the request`);
    headers += `${name.toLowerCase()}:${value.trim()}\n`;
  }
  const bodyHash = request.rawBody ? createHash('sha256').update(request.rawBody).digest('hex') : EMPTY_SHA256;
  const declared = headerValue(request.headers, 'x-sdk-content-sha256');
  // The SDKs mark a body they did not hash as UNSIGNED-PAYLOAD; accepted only when there is no body, so a
  // signature always covers what the request carries.
  const acceptable = declared === undefined || declared === bodyHash || (declared === UNSIGNED && !request.rawBody);
  if (!acceptable) {
    throw invalid('X-Sdk-Content-Sha256 does not match the body');
  }
  const canonical = [request.method.toUpperCase(), canonicalUri(path), canonicalQuery(query), headers, auth.signedHeaders.join(';').toLowerCase(), declared ?? bodyHash].join('\n');
  const date = headerValue(request.headers, 'x-sdk-date')!;
  return [ALGORITHM, date, createHash('sha256').update(canonical).digest('hex')].join('\n');
}

/**
 * Checks a signed request against the key's secret: the date within MAX_SKEW_MS of now, X-Sdk-Date and Host
 * among the signed headers, the signature equal (in constant time). Throws SignatureError otherwise.
 */
export function verifySignature(request: SignedRequest, auth: Authorization, secret: string, now: number): void {
  const date = parseSdkDate(headerValue(request.headers, 'x-sdk-date'));
  if (date === undefined) throw new SignatureError('REQUEST_EXPIRED', 'X-Sdk-Date is required, as YYYYMMDDTHHmmssZ');
  if (Math.abs(now - date) > MAX_SKEW_MS) throw new SignatureError('REQUEST_EXPIRED', 'X-Sdk-Date is more than 15 minutes from the server time');
  const signed = auth.signedHeaders.map((h) => h.toLowerCase());
  if (!signed.includes('x-sdk-date') || !signed.includes('host')) throw invalid('SignedHeaders must include host and x-sdk-date');
  const expected = createHmac('sha256', secret).update(stringToSign(request, auth)).digest('hex');
  if (!constantTimeEqual(expected, auth.signature)) throw invalid('The signature does not match the request');
}
