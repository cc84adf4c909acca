import type { ValidatedResource, RecoveryRow } from './repo.ts';
import type { ResourceStates } from './validation-state.ts';
import type { ValidationCheckStatus } from './validation-tables.ts';

export interface CheckOutcome {
  readonly status: ValidationCheckStatus;
  readonly message: string;
  readonly resourceIds: string[];
  /** A webhook validator's receiver's `details`, kept on the check. */
  readonly details?: unknown;
}

const label = (row: ValidatedResource) => `${row.source_resource_id} (${row.recovered_resource_id})`;
const isMade = (row: ValidatedResource) => row.status === 'recovered' || row.status === 'mapped';

/**
 * Every resource the recovery made reached its ready state: instance running, database available, table and load
 * balancer active, bucket holding its snapshot's objects. `seenReady` are those already seen ready (by this run's wait, or by a run killed before this check's
 * row was written): they are not asked again.
 */
export async function resourcesReady(rows: readonly ValidatedResource[], states: ResourceStates, seenReady: ReadonlySet<string>): Promise<CheckOutcome> {
  const made = rows.filter((r) => r.status === 'recovered' && r.recovered_resource_id);
  const problems: Array<[ValidatedResource, string]> = [];
  for (const row of made) {
    if (seenReady.has(row.source_resource_id)) continue;
    const state = await states.ask(row);
    if (!state) problems.push([row, 'does not exist in the target']);
    else if (state.state === 'failed') problems.push([row, state.reason ?? 'failed']);
    else if (state.state === 'pending') problems.push([row, `still not ready after the wait${state.reason ? `: ${state.reason}` : ''}`]);
  }
  if (problems.length === 0) return { status: 'passed', message: `All ${made.length} recovered resources are ready`, resourceIds: [] };
  return {
    status: 'failed', resourceIds: problems.map(([row]) => row.source_resource_id),
    message: `${problems.length} of ${made.length} recovered resources are not ready: ${problems.map(([row, why]) => `${label(row)}: ${why}`).join('; ')}`,
  };
}

/** Each recovered resource's dependencies in the plan exist in the target, as the copies (or reused resources) it was built against. */
export async function referencesIntact(rows: readonly ValidatedResource[], states: ResourceStates): Promise<CheckOutcome> {
  const bySource = new Map(rows.map((r) => [r.source_resource_id, r]));
  const broken: string[] = [];
  const at = new Set<string>();
  let checked = 0;
  for (const row of rows.filter((r) => r.status === 'recovered')) {
    for (const dependency of row.dependencies) {
      const target = bySource.get(dependency);
      // Outside the plan (dropped by the isolation, or kept as the existing resource): the isolation check's business.
      if (!target || !isMade(target) || !target.recovered_resource_id) continue;
      checked++;
      if (!(await states.ask(target))) {
        broken.push(`${row.source_resource_id} needs ${label(target)}, which does not exist in the target`);
        at.add(row.source_resource_id);
      }
    }
  }
  if (broken.length === 0) return { status: 'passed', message: `All ${checked} references between recovered resources are intact`, resourceIds: [] };
  return { status: 'failed', message: broken.join('; '), resourceIds: [...at] };
}

function stringsIn(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsIn(v, path ? `${path}.${k}` : k, out);
}

/**
 * An isolated recovery names nothing of the source outside it: every id or ARN of a captured resource left in a
 * recovered configuration must be one the rebuild mapped to a copy (or to itself: reused or the source's own). The
 * configurations are read a page at a time (`configurations` answers the recovered ones after a source id, in id order,
 * an empty page at the end); the leaks are listed in the plan's order.
 */
export async function isolationHeld(
  recovery: Pick<RecoveryRow, 'isolation'>, rows: readonly ValidatedResource[], captured: Iterable<{ readonly resource_id: string; readonly arn: string }>,
  configurations: (after: string) => Promise<ReadonlyArray<{ source_resource_id: string; configuration: Record<string, unknown> }>>,
): Promise<CheckOutcome> {
  if (recovery.isolation !== 'isolated') {
    return { status: 'skipped', message: 'As-captured recovery: references outside the recovery are kept by design', resourceIds: [] };
  }
  const mapped = new Set<string>();
  for (const row of rows.filter(isMade)) {
    mapped.add(row.source_resource_id);
    if (row.source_arn) mapped.add(row.source_arn);
  }
  const source = new Set<string>();
  for (const r of captured) for (const id of [r.resource_id, r.arn]) if (!mapped.has(id)) source.add(id);
  const found: Array<[string, string]> = [];
  for (let after = ''; ;) {
    const page = await configurations(after);
    if (page.length === 0) break;
    for (const row of page) {
      const strings: Array<[string, string]> = [];
      stringsIn(row.configuration, '', strings);
      for (const [field, value] of strings) if (source.has(value)) found.push([row.source_resource_id, `${row.source_resource_id}.${field} names ${value}`]);
    }
    after = page[page.length - 1]!.source_resource_id;
  }
  if (found.length === 0) return { status: 'passed', message: 'No recovered resource names a source resource outside the recovery', resourceIds: [] };
  const position = new Map(rows.map((r, i) => [r.source_resource_id, i]));
  // A stable sort: each resource's leaks keep their order within it.
  found.sort(([a], [b]) => position.get(a)! - position.get(b)!);
  const leaks = found.map(([, leak]) => leak);
  const at = new Set(found.map(([id]) => id));
  return { status: 'failed', message: `Recovered configurations name source resources outside the recovery: ${leaks.join('; ')}`, resourceIds: [...at] };
}
