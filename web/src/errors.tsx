// How API errors reach the user: a field error next to the field it names (fieldErrors keys are dotted
// paths such as `name`, `operationalRegions.0`, `crossRegionConfiguration.recoveryRegion`), anything else
// in a banner.
import { ApiError } from '../../src/client/client.ts';

function matches(key: string, field: string): boolean {
  return key === field || key.startsWith(`${field}.`);
}

/** The problem with `field` (or any part of it), if the server named it. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = Object.entries(error.fieldErrors).filter(([key]) => matches(key, field));
  return found.length ? found.map(([key, problem]) => (key === field ? problem : `${key.slice(field.length + 1)}: ${problem}`)).join('; ') : undefined;
}

export function FieldError({ error, field }: { error: unknown; field: string }) {
  const problem = fieldProblem(error, field);
  return problem ? <p className="field-error" role="alert" data-field={field}>{problem}</p> : null;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const permissions = error.requiredPermissions.length ? ` (needs ${error.requiredPermissions.join(', ')})` : '';
    return `${error.message}${permissions}`;
  }
  if (error instanceof TypeError) return 'The server could not be reached.';
  return error instanceof Error ? error.message : String(error);
}

/**
 * A banner for an error. With `fields`, the field errors those fields show themselves are left out and the
 * banner says only what is left (or, when every problem is shown by its field, a short pointer to them).
 */
export function Banner({ error, fields }: { error: unknown; fields?: readonly string[] }) {
  if (!error) return null;
  let text = describeError(error);
  if (fields && error instanceof ApiError && Object.keys(error.fieldErrors).length) {
    const rest = Object.entries(error.fieldErrors).filter(([key]) => !fields.some((field) => matches(key, field)));
    text = rest.length ? rest.map(([key, problem]) => `${key}: ${problem}`).join('; ') : 'Please correct the fields marked below.';
  }
  return <div className="banner" role="alert">{text}</div>;
}
