import { Type, type TSchema } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';

/** Field rules of seed 004 and issue 6, shared by the four resources. */
// Seed 004's own update example names a connection "new cloud-connection name": single spaces between words
// are accepted too, so the documented request works as written.
export const Name = Type.String({ minLength: 1, maxLength: 64, pattern: '^[\\p{L}\\p{N}_.-]+( [\\p{L}\\p{N}_.-]+)*$', description: '1–64 letters (any script), digits, -, _ and ., words separated by single spaces' });
export const Description = Type.String({ maxLength: 255, pattern: '^[^<>]*$', description: 'At most 255 characters; no < or >.' });
export const EnterpriseProjectId = Type.String({ minLength: 1, maxLength: 64, description: 'The Lifeboat project; "0" is the default one.' });
export const Id = Type.String({ minLength: 1, maxLength: 64 });
export const Time = Type.String({ description: 'yyyy-MM-ddTHH:mm:ssZ (UTC).' });
export const RequestId = Type.String({ description: 'Request ID (also in X-Request-Id).' });

export const TagKey = Type.String({ minLength: 1, maxLength: 128, pattern: '^[\\p{L}\\p{N}_-]+$' });
export const TagValue = Type.String({ maxLength: 255, pattern: '^[\\p{L}\\p{N}_.-]*$' });
export const Tag = Type.Object({ key: TagKey, value: TagValue }, { additionalProperties: false });
export const Tags = Type.Array(Tag, { maxItems: 20, description: 'At most 20.' });

export const PageInfo = Type.Object({
  next_marker: Type.Optional(Type.String()),
  previous_marker: Type.Optional(Type.String()),
  current_count: Type.Integer(),
});

/** The values a list's enumerated filters take (as the published models declare them). */
export const CC_STATUSES = ['ACTIVE'] as const;
export const USED_SCENES = ['vpc'] as const;

/**
 * The query every list takes: paging plus the resource's repeatable filters (every query parameter of the
 * published List operation; `enums` declares the values of enumerated ones).
 */
export function listQuery(filters: Record<string, number>, enums: Record<string, readonly string[]> = {}) {
  const props: Record<string, TSchema> = {
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 2000, description: '1–2000 (default 2000), as published.' }),
    marker: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The id of the last (or, with page_reverse, first) resource of the previous page.' })),
    page_reverse: Type.Optional(Type.Boolean({ description: 'Page backward from marker.' })),
  };
  for (const [name, max] of Object.entries(filters)) {
    const item = enums[name] ? StringEnum(enums[name]) : Type.String({ maxLength: 255 });
    props[name] = Type.Optional(Type.Array(item, { maxItems: max, description: `Repeat to match any of up to ${max} values.` }));
  }
  return Type.Object(props, { additionalProperties: false });
}

/** `{ <wrapper>: <resource>, request_id }`. */
export const wrapped = (key: string, schema: TSchema) => Type.Object({ [key]: schema, request_id: RequestId });
/** `{ <plural>: [...], page_info, request_id }`. */
export const listed = (key: string, schema: TSchema) => Type.Object({ [key]: Type.Array(schema), page_info: PageInfo, request_id: RequestId });
/** A request body `{ <wrapper>: <fields> }`, nothing else. */
export const body = <K extends string, S extends TSchema>(key: K, schema: S) =>
  Type.Object({ [key]: schema } as { [P in K]: S }, { additionalProperties: false });

export const CloudConnection = Type.Object({
  id: Type.String(), name: Type.String(), description: Type.String(), domain_id: Type.String(), enterprise_project_id: Type.String(),
  created_at: Time, updated_at: Time, tags: Type.Array(Type.Object({ key: Type.String(), value: Type.String() })),
  status: StringEnum(CC_STATUSES), admin_state_up: Type.Boolean(), used_scene: StringEnum(USED_SCENES),
  network_instance_number: Type.Integer(), bandwidth_package_number: Type.Integer(), inter_region_bandwidth_number: Type.Integer(),
});

export const NetworkInstance = Type.Object({
  id: Type.String(), name: Type.String(), description: Type.String(), domain_id: Type.String(), status: Type.String(),
  created_at: Time, updated_at: Time, type: Type.String(), cloud_connection_id: Type.String(), instance_id: Type.String(),
  instance_domain_id: Type.String(), region_id: Type.String(), project_id: Type.String(), cidrs: Type.Array(Type.String()),
});

export const AREAS = ['Chinese-Mainland', 'Asia-Pacific', 'Africa', 'Western-Latin-America', 'Eastern-Latin-America', 'Northern-Latin-America'] as const;
export const BandwidthPackage = Type.Object({
  id: Type.String(), name: Type.String(), description: Type.String(), domain_id: Type.String(), enterprise_project_id: Type.String(),
  project_id: Type.String(), local_area_id: Type.String(), remote_area_id: Type.String(), resource_id: Type.String(), resource_type: Type.String(),
  bandwidth: Type.Integer(), status: Type.String(), admin_state_up: Type.Boolean(), billing_mode: Type.String(), charge_mode: Type.String(),
  interflow_mode: Type.String(), spec_code: Type.String(), created_at: Time, updated_at: Time,
  tags: Type.Array(Type.Object({ key: Type.String(), value: Type.String() })),
});

export const InterRegionBandwidth = Type.Object({
  id: Type.String(), name: Type.String(), description: Type.String(), domain_id: Type.String(), created_at: Time, updated_at: Time,
  cloud_connection_id: Type.String(), bandwidth_package_id: Type.String(), bandwidth: Type.Integer(),
  inter_regions: Type.Array(Type.Object({ id: Type.String(), project_id: Type.String(), local_region_id: Type.String(), remote_region_id: Type.String() })),
});
