import { ValidationError } from '../../platform/errors.ts';
import type { RecoveryFilter, RecoveryFilterInput } from './schemas.ts';

/**
 * The filter as stored and planned. A tags filter comes as the published `tagFilter: {tagFilterCondition, tags}`
 * or as Lifeboat's first `conditions` and `tags`: one of the two, whole (400 naming the field otherwise).
 */
export function normaliseRecoveryFilter(filter: RecoveryFilterInput, field = 'resourceFilterStrategy'): RecoveryFilter {
  if (filter.type === 'all') return { type: 'all' };
  if (filter.type === 'custom') return { type: 'custom', resourceIds: [...filter.resourceIds] };
  const older = filter.conditions !== undefined || filter.tags !== undefined;
  if (filter.tagFilter && older) {
    throw new ValidationError({ [`${field}.tagFilter`]: 'give the tags once: tagFilter (or its older spelling conditions and tags), not both' });
  }
  if (filter.tagFilter) return { type: 'tags', conditions: filter.tagFilter.tagFilterCondition, tags: filter.tagFilter.tags.map((t) => ({ ...t })) };
  if (!older) throw new ValidationError({ [`${field}.tagFilter`]: 'is required for a tags filter: {tagFilterCondition, tags}' });
  if (filter.conditions === undefined) throw new ValidationError({ [`${field}.conditions`]: 'is required with tags (or use tagFilter)' });
  if (filter.tags === undefined) throw new ValidationError({ [`${field}.tags`]: 'is required with conditions (or use tagFilter)' });
  return { type: 'tags', conditions: filter.conditions, tags: filter.tags.map((t) => ({ ...t })) };
}

/** A stored filter as answered: a tags one in the published shape, with the older fields beside it for older clients. */
export function presentRecoveryFilter(filter: RecoveryFilter): Record<string, unknown> {
  if (filter.type !== 'tags') return structuredClone(filter);
  const tags = filter.tags.map((t) => ({ ...t }));
  return { type: 'tags', tagFilter: { tagFilterCondition: filter.conditions, tags }, conditions: filter.conditions, tags: tags.map((t) => ({ ...t })) };
}
