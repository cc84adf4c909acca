// What the API reference leaves unexplained in an operation of /openapi.json (test/http/openapi-reference.test.ts).
type Schema = Record<string, any>;
export interface Operation {
  readonly operationId?: string;
  readonly tags?: string[];
  readonly summary?: string;
  readonly description?: string;
  readonly parameters?: Array<{ name: string; in: string; description?: string; schema?: Schema }>;
  readonly requestBody?: { content: Record<string, { schema?: Schema; example?: unknown; examples?: unknown }> };
  readonly responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema; example?: unknown; examples?: unknown }> }>;
}

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every property without a description, at any depth (objects, arrays, unions, intersections, maps), as paths. */
function undescribedProperties(schema: Schema | undefined, at: string, out: string[], seen = new Set<Schema>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return out;
  seen.add(schema);
  for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) {
    const path = `${at}.${name}`;
    if (!hasDescription(property)) out.push(path);
    undescribedProperties(property, path, out, seen);
  }
  if (schema.items) undescribedProperties(schema.items, `${at}[]`, out, seen);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') undescribedProperties(schema.additionalProperties, `${at}{}`, out, seen);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    (schema[key] as Schema[] | undefined)?.forEach((branch) => undescribedProperties(branch, at, out, seen));
  }
  return out;
}

/** A property is described by its own description, or (a nullable or a union) by each branch's. */
function hasDescription(schema: Schema): boolean {
  if (typeof schema.description === 'string' && schema.description.trim().length > 0) return true;
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  return !!branches && branches.filter((b) => b.type !== 'null').every((b) => typeof b.description === 'string' && b.description.trim().length > 0);
}

function hasExample(media: { schema?: Schema; example?: unknown; examples?: unknown }): boolean {
  return media.example !== undefined || media.examples !== undefined || media.schema?.example !== undefined || media.schema?.examples !== undefined
    || media.schema?.items?.example !== undefined || media.schema?.items?.examples !== undefined;
}

/** What the reference leaves unexplained in one operation. */
export function gapsOf(method: string, path: string, operation: Operation): string[] {
  const where = `${method.toUpperCase()} ${path} (${operation.operationId})`;
  const gaps: string[] = [];
  if (!operation.description?.trim()) gaps.push(`${where}: no description`);
  for (const text of [operation.summary, operation.description]) {
    if (text && /\b[Ss]eeds? ?\d{3}\b/.test(text)) gaps.push(`${where}: internal wording in "${text}"`);
  }
  for (const parameter of operation.parameters ?? []) {
    if (!parameter.description?.trim() && !parameter.schema?.description) gaps.push(`${where}: ${parameter.in} parameter ${parameter.name} has no description`);
  }
  for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
    if (!hasExample(media)) gaps.push(`${where}: request body (${type}) has no example`);
    for (const property of undescribedProperties(media.schema, 'body', [])) gaps.push(`${where}: ${property} has no description`);
  }
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    for (const [type, media] of Object.entries(response.content ?? {})) {
      if (status.startsWith('2') && type === 'application/json' && !hasExample(media)) gaps.push(`${where}: response ${status} has no example`);
      for (const property of undescribedProperties(media.schema, `response ${status}`, [])) gaps.push(`${where}: ${property} has no description`);
    }
  }
  return gaps;
}

