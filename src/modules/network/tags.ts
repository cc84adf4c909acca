import { ValidationError } from '../../platform/errors.ts';
import { NetworkRefusal } from './errors.ts';

export interface ResourceTag {
  readonly key: string;
  readonly value: string;
}

export const MAX_TAGS = 20;

/** A key named twice in one request is ambiguous: refused, naming the second. */
export function checkDistinctKeys(tags: readonly { key: string }[], field: string): void {
  const seen = new Set<string>();
  for (const [index, tag] of tags.entries()) {
    if (seen.has(tag.key)) throw new ValidationError({ [`${field}.${index}.key`]: `repeats the key ${tag.key}` });
    seen.add(tag.key);
  }
}

/** The tags with `added` set (an existing key takes the new value); more than MAX_TAGS is refused. */
export function withTags(current: readonly ResourceTag[], added: readonly ResourceTag[]): ResourceTag[] {
  const merged = new Map(current.map((t) => [t.key, t.value]));
  for (const tag of added) merged.set(tag.key, tag.value);
  if (merged.size > MAX_TAGS) throw new NetworkRefusal('TAG_LIMIT', `A resource has at most ${MAX_TAGS} tags; this would make ${merged.size}`, 'validation');
  return [...merged].map(([key, value]) => ({ key, value }));
}

/** The tags without the given keys (a value, when given, must match too). */
export function withoutTags(current: readonly ResourceTag[], removed: readonly { key: string; value?: string }[]): ResourceTag[] {
  return current.filter((t) => !removed.some((r) => r.key === t.key && (r.value === undefined || r.value === t.value)));
}

/** Matches `[{key, values}]`: every key present, with one of its values when values are given. */
export function matchesTags(tags: readonly ResourceTag[], wanted: readonly { key: string; values: readonly string[] }[]): boolean {
  return wanted.every((w) => tags.some((t) => t.key === w.key && (w.values.length === 0 || w.values.includes(t.value))));
}
