import { CloudCallError, type CloudCredentials, type CloudProvider } from '../../cloud/provider.ts';
import { URL_PLACEHOLDER, type HttpAssemblyValidator } from '../assemblies/validators.ts';
import { cloudMessage } from './cloud-message.ts';
import type { ValidatedResource } from './repo.ts';
import type { CheckOutcome } from './validation-checks.ts';
import type { ResourceStates } from './validation-state.ts';

const DEFAULT_TIMEOUT_SECONDS = 10;

/** Fills `{resource:<ref>.<attribute>}` from the recovered copy: by source id first, then by name. Throws a message naming what is missing. */
async function fillUrl(template: string, rows: readonly ValidatedResource[], states: ResourceStates): Promise<{ url: string; resourceIds: string[] }> {
  const resourceIds: string[] = [];
  const values: string[] = [];
  for (const [, ref, attribute] of template.matchAll(URL_PLACEHOLDER)) {
    const row = rows.find((r) => r.source_resource_id === ref) ?? rows.find((r) => r.name === ref);
    if (!row) throw new Error(`{resource:${ref}.${attribute}}: no resource ${ref} in the recovery`);
    resourceIds.push(row.source_resource_id);
    if ((row.status !== 'recovered' && row.status !== 'mapped') || !row.recovered_resource_id) {
      throw new Error(`{resource:${ref}.${attribute}}: ${row.source_resource_id} was not recovered (${row.status})`);
    }
    const state = attribute === 'resourceId' || attribute === 'arn' ? undefined : await states.ask(row);
    const value = attribute === 'resourceId' ? row.recovered_resource_id : attribute === 'arn' ? row.recovered_arn : state?.attributes[attribute];
    if (value === undefined || value === null) throw new Error(`{resource:${ref}.${attribute}}: the cloud reports no ${attribute} for ${row.recovered_resource_id}`);
    values.push(String(value));
  }
  let index = 0;
  return { url: template.replace(URL_PLACEHOLDER, () => values[index++]!), resourceIds };
}

/**
 * An `http` validator: GETs the URL (through the cloud port, so the sim can answer for what it simulates) and compares the
 * status and, when given, the body with its regular expression. No answer within the time limit fails it. A throttled or
 * unavailable cloud call while reading attributes is left to the job's retry (the check has not run).
 */
export async function runHttpValidator(
  validator: HttpAssemblyValidator,
  context: { cloud: Pick<CloudProvider, 'probeEndpoint'>; credentials: CloudCredentials; region: string; rows: readonly ValidatedResource[]; states: ResourceStates },
): Promise<CheckOutcome> {
  let filled: { url: string; resourceIds: string[] };
  try {
    filled = await fillUrl(validator.url, context.rows, context.states);
  } catch (error) {
    if (error instanceof CloudCallError) throw error;
    return { status: 'failed', message: `The URL cannot be built: ${(error as Error).message}`, resourceIds: [] };
  }
  const timeoutSeconds = validator.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  let answer;
  try {
    answer = await context.cloud.probeEndpoint(context.credentials, { region: context.region, url: filled.url, timeoutMs: timeoutSeconds * 1000 });
  } catch (error) {
    return { status: 'failed', message: `GET ${filled.url} had no answer within ${timeoutSeconds} s: ${cloudMessage(error)}`, resourceIds: filled.resourceIds };
  }
  if (answer.status !== validator.expectedStatus) {
    return { status: 'failed', message: `GET ${filled.url} answered ${answer.status}, expected ${validator.expectedStatus}`, resourceIds: filled.resourceIds };
  }
  if (validator.bodyMatch !== undefined && !new RegExp(validator.bodyMatch).test(answer.body)) {
    return { status: 'failed', message: `GET ${filled.url} answered ${answer.status}, but its body does not match /${validator.bodyMatch}/`, resourceIds: filled.resourceIds };
  }
  return { status: 'passed', message: `GET ${filled.url} answered ${answer.status}`, resourceIds: filled.resourceIds };
}
