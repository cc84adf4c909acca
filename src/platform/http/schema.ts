import { Type, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** A string enum as a plain JSON-schema `enum` (one clear validation message, a clean OpenAPI entry). */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** An int64 id as a JSON number. Capped at 2^53 − 1: a larger one could not be told from its neighbours
 * once parsed, so it is refused (400) rather than rounded to another id. */
export const Int64 = (description?: string) => Type.Integer({ format: 'int64', minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description });

/** RFC 3339 UTC timestamp. */
export const Timestamp = (description?: string) => Type.String({ format: 'date-time', description });

/** Nullable helper for response fields. The union carries the description (given, else the inner schema's), so the
 * API reference shows it beside the field. */
export const Nullable = <T extends TSchema>(schema: T, description?: string) => {
  const text = description ?? (schema as { description?: string }).description;
  return Type.Union([schema, Type.Null()], text === undefined ? {} : { description: text });
};

/** Epoch milliseconds → RFC 3339 UTC, or null. */
export function iso(ms: number): string;
export function iso(ms: number | null | undefined): string | null;
export function iso(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}
