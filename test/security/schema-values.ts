// Values generated from a JSON schema for the fuzzer: a probably-valid one, and mutations that break it in the
// ways the probes did (wrong types, null, missing or unknown fields, sizes over the limits, odd characters).

export type Rng = () => number;
type Schema = Record<string, any>;

/** mulberry32: small, fast and the same on every machine for the same seed. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Strings that have broken parsers somewhere: long, empty, control and non-BMP characters, injections, paths. */
export const ODD_STRINGS: readonly string[] = [
  '', ' ', 'x'.repeat(5000), '\u0000', '\ud83d\ude00', '\ud800', "'; drop table jobs; --", '../../etc/passwd', '%ff%fe', '${7*7}',
  '<script>alert(1)</script>', '-1', '0', '1e309', 'null', '{}', '\r\nX-Injected: 1', 'AKIAIOSFODNN7EXAMPLE',
];

const ODD_VALUES: readonly unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 63, -(2 ** 53), [], {}, [null], { '': 1 }, ...ODD_STRINGS];

function variants(schema: Schema): Schema[] {
  return (schema.oneOf ?? schema.anyOf ?? []) as Schema[];
}

function typeOf(schema: Schema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
}

/** A value that satisfies the schema where that is easy (patterns are not solved: a plain word is tried). */
export function validValue(schema: Schema, rng: Rng, depth = 0): unknown {
  if (!schema || typeof schema !== 'object') return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return pick(rng, schema.enum);
  if (schema.default !== undefined && rng() < 0.3) return schema.default;
  const branches = variants(schema);
  if (branches.length) return validValue(pick(rng, branches), rng, depth + 1);
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(schema.required ?? []);
      for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        if (required.has(key) || (depth < 4 && rng() < 0.5)) out[key] = validValue(property, rng, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, depth < 4 && rng() < 0.5 ? 1 : 0);
      const items = Array.from({ length: n }, () => validValue(schema.items ?? {}, rng, depth + 1));
      return schema.uniqueItems ? [...new Map(items.map((i) => [JSON.stringify(i), i])).values()] : items;
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 100, min + 100);
      return Math.floor(min + rng() * (max - min + 1));
    }
    case 'boolean':
      return rng() < 0.5;
    case 'string': {
      if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      const word = pick(rng, ['drill-one', 'abc', 'us-east-1', 'app', 'shop-test', 'x1y2z3']);
      return word.padEnd(schema.minLength ?? 0, 'a').slice(0, schema.maxLength ?? 1000);
    }
    default:
      return {};
  }
}

/** One way to break a value: at a random place in it, a wrong type, null, an unknown field, a missing one, or a size past the limit. */
export function mutate(value: unknown, schema: Schema, rng: Rng, depth = 0): unknown {
  const branches = variants(schema);
  if (branches.length && value && typeof value === 'object' && !Array.isArray(value)) {
    const branch = branches.find((b) => Object.entries((b.properties ?? {}) as Record<string, Schema>).every(([k, p]) => !('const' in p) || (value as any)[k] === p.const));
    if (branch) return mutate(value, branch, rng, depth);
  }
  const dive = depth < 6 && rng() < 0.6;
  if (dive && value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length) {
      const key = pick(rng, keys);
      return { ...value, [key]: mutate((value as any)[key], schema.properties?.[key] ?? {}, rng, depth + 1) };
    }
  }
  if (dive && Array.isArray(value) && value.length) {
    const i = Math.floor(rng() * value.length);
    return value.map((item, j) => (j === i ? mutate(item, schema.items ?? {}, rng, depth + 1) : item));
  }
  const choice = rng();
  if (choice < 0.4) return pick(rng, ODD_VALUES);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (choice < 0.6) return { ...value, [pick(rng, ['unknownField', '__proto__', 'constructor', ''])]: pick(rng, ODD_VALUES) };
    const keys = Object.keys(value);
    if (keys.length) {
      const { [pick(rng, keys)]: _dropped, ...rest } = value as Record<string, unknown>;
      return rest;
    }
  }
  if (typeof value === 'string') return choice < 0.7 ? value + 'x'.repeat((schema.maxLength ?? 1000) + 1) : pick(rng, ODD_STRINGS);
  if (typeof value === 'number') return pick(rng, [-1, 0, 2 ** 53, 1.5, String(value), Number.MAX_VALUE]);
  if (Array.isArray(value)) return choice < 0.7 ? Array.from({ length: (schema.maxItems ?? 100) + 1 }, () => value[0] ?? 'x') : 'not-an-array';
  return pick(rng, ODD_VALUES);
}
