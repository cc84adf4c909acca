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
  if (!operation.tags?.length) gaps.push(`${where}: no tag (add tags: ['<section>'] to the route's schema, a section /docs lists)`);
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


/** Each example an operation gives (of a request body or a response, at any depth of its schema), with the schema it
 * must validate against. */
export function examplesOf(method: string, path: string, operation: Operation): Array<{ where: string; schema: Schema; value: unknown }> {
  const where = `${method.toUpperCase()} ${path} (${operation.operationId})`;
  const out: Array<{ where: string; schema: Schema; value: unknown }> = [];
  const walk = (at: string, schema: Schema | undefined, seen: Set<Schema>) => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    if (schema.example !== undefined) out.push({ where: `${where}: ${at} example`, schema, value: schema.example });
    if (Array.isArray(schema.examples)) schema.examples.forEach((value: unknown, i: number) => out.push({ where: `${where}: ${at} example ${i}`, schema, value }));
    for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) walk(`${at}.${name}`, property, seen);
    walk(`${at}[]`, schema.items, seen);
    if (typeof schema.additionalProperties === 'object') walk(`${at}{}`, schema.additionalProperties, seen);
    for (const key of ['anyOf', 'oneOf', 'allOf']) (schema[key] as Schema[] | undefined)?.forEach((branch) => walk(at, branch, seen));
  };
  const collect = (at: string, media: { schema?: Schema; example?: unknown; examples?: unknown }) => {
    const schema = media.schema ?? {};
    if (media.example !== undefined) out.push({ where: `${where}: ${at} example`, schema, value: media.example });
    if (media.examples && typeof media.examples === 'object') {
      for (const [name, example] of Object.entries<any>(media.examples)) out.push({ where: `${where}: ${at} example ${name}`, schema, value: example?.value });
    }
    walk(at, schema, new Set());
  };
  for (const parameter of operation.parameters ?? []) walk(`${parameter.in} parameter ${parameter.name}`, parameter.schema, new Set());
  for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) collect(`request body (${type})`, media);
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    for (const [type, media] of Object.entries(response.content ?? {})) collect(`response ${status} (${type})`, media);
  }
  return out;
}
