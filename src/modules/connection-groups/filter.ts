import { ValidationError } from '../../platform/errors.ts';
import { ASSET_TYPE_VALUES } from './asset-types.ts';
import { GROUP_STATUSES } from './lifecycle.ts';
import type { GroupFilter } from './repo.ts';

/** Which operators each filterable field takes (seed 001's list conventions). */
const OPERATORS: Record<string, readonly string[]> = {
  account_native_id: ['$eq', '$in'],
  organizational_unit_id: ['$in'],
  account_alias: ['$contains'],
  services_enabled: ['$eq', '$contains'],
  status: ['$eq', '$in'],
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
      if (field === 'status') filter.statuses = strings(value, field, (s) => (GROUP_STATUSES as readonly string[]).includes(s));
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

/** `start` is a page number, as in Clumio's API: page 1 (the default) holds the first `limit` items. */
export function offsetOf(start: string | undefined, limit: number): number {
  return start === undefined ? 0 : (Number(start) - 1) * limit;
}
