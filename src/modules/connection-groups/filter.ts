import { ValidationError } from '../../platform/errors.ts';
import { ASSET_TYPE_VALUES } from './asset-types.ts';
import type { GroupFilter } from './repo.ts';

/** Which operators each filterable field takes (seed 001's list conventions). */
const OPERATORS: Record<string, readonly string[]> = {
  account_native_id: ['$in'],
  organizational_unit_id: ['$in'],
  account_alias: ['$contains'],
  services_enabled: ['$eq', '$contains'],
};

const bad = (field: string, message: string) => new ValidationError({ [field]: message });

function strings(value: unknown, field: string, check?: (s: string) => boolean): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.length > 100 || !list.every((v) => typeof v === 'string' && (!check || check(v)))) {
    throw bad(`filter.${field}`, 'must be a string or a list of 1–100 valid strings');
  }
  return list as string[];
}

const assetType = (v: string) => (ASSET_TYPE_VALUES as readonly string[]).includes(v);
const normal = (v: string) => (v === 'EBS' ? 'EC2/EBS' : v);

/** Parses `filter` (JSON); every unknown field, operator or value is a 400 that names it. */
export function parseFilter(raw: string | undefined): GroupFilter {
  if (raw === undefined || raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw bad('filter', 'is not JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad('filter', 'must be a JSON object');
  const filter: { -readonly [K in keyof GroupFilter]: GroupFilter[K] } = {};
  for (const [field, condition] of Object.entries(parsed as Record<string, unknown>)) {
    const allowed = OPERATORS[field];
    if (!allowed) throw bad(`filter.${field}`, `is not filterable (use ${Object.keys(OPERATORS).join(', ')})`);
    if (!condition || typeof condition !== 'object' || Array.isArray(condition) || Object.keys(condition).length === 0) {
      throw bad(`filter.${field}`, `must be an object with one of ${allowed.join(', ')}`);
    }
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!allowed.includes(operator)) throw bad(`filter.${field}.${operator}`, `is not supported on ${field} (use ${allowed.join(', ')})`);
      if (field === 'account_native_id') filter.accountNativeIds = strings(value, field, (s) => /^\d{12}$/.test(s));
      if (field === 'organizational_unit_id') filter.organizationalUnitIds = strings(value, field);
      if (field === 'account_alias') {
        if (typeof value !== 'string' || value.length > 100) throw bad(`filter.${field}`, 'must be a string of at most 100 characters');
        filter.accountAliasContains = value;
      }
      if (field === 'services_enabled') {
        const types = [...new Set(strings(value, field, assetType).map(normal))];
        if (operator === '$eq') filter.servicesEq = types;
        else filter.servicesContain = types;
      }
    }
  }
  return filter;
}

/** Page tokens are opaque to clients: base64url of the last position seen. */
export function encodeStart(afterSeq: number): string {
  return Buffer.from(JSON.stringify({ a: afterSeq })).toString('base64url');
}

export function decodeStart(start: string | undefined): number {
  if (start === undefined || start === '') return 0;
  try {
    const decoded = JSON.parse(Buffer.from(start, 'base64url').toString('utf8')) as { a?: unknown };
    if (Number.isSafeInteger(decoded.a) && (decoded.a as number) >= 0) return decoded.a as number;
  } catch {
    // fall through: not one of ours
  }
  throw bad('start', 'is not a page token this server issued (use _links._next.href)');
}
