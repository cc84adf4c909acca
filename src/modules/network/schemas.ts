import { Type, type TSchema } from '@sinclair/typebox';
import { StringEnum } from '../../platform/http/schema.ts';
import { BANDWIDTH_PACKAGE, CLOUD_CONNECTION, INTER_REGION_BANDWIDTH, NETWORK_INSTANCE, REQUEST_ID } from './examples.ts';

/** Field rules shared by the four resources (the Cloud Connect v3 contract, with issue 6's limits). */
// Huawei's own update example names a connection "new cloud-connection name": single spaces between words
// are accepted too, so the documented request works as written.
export const Name = Type.String({ minLength: 1, maxLength: 64, pattern: '^[\\p{L}\\p{N}_.-]+( [\\p{L}\\p{N}_.-]+)*$', description: 'Name: 1–64 letters (any script), digits, -, _ and ., words separated by single spaces.' });
export const Description = Type.String({ maxLength: 255, pattern: '^[^<>]*$', description: 'Description: at most 255 characters, no < or >. Default empty.' });
export const EnterpriseProjectId = Type.String({ minLength: 1, maxLength: 64, description: 'The Lifeboat project the resource belongs to: "0" is the account\'s default project (the default), any other value a project id of the account.' });
/** An id given in a request body: 1–64 characters. */
export const Id = (description: string) => Type.String({ minLength: 1, maxLength: 64, description });
export const Time = (description: string) => Type.String({ description: `${description} yyyy-MM-ddTHH:mm:ssZ, UTC, to the second.` });
export const RequestId = Type.String({ description: 'ID of this request, also in the X-Request-Id header: quote it when reporting a problem.' });
const ACTIVE = 'ACTIVE: available (the only status Lifeboat reports; the resource is usable as soon as it is created).';

export const TagKey = Type.String({ minLength: 1, maxLength: 128, pattern: '^[\\p{L}\\p{N}_-]+$', description: 'Tag key: 1–128 letters (any script), digits, - and _.' });
export const TagValue = Type.String({ maxLength: 255, pattern: '^[\\p{L}\\p{N}_.-]*$', description: 'Tag value: at most 255 letters (any script), digits, -, _ and .; may be empty.' });
export const Tag = Type.Object({ key: TagKey, value: TagValue }, { additionalProperties: false, description: 'A tag: a key and its value.' });
export const Tags = Type.Array(Tag, { maxItems: 20, description: 'Tags, at most 20, each key once. Default none.' });
const TagsShown = Type.Array(Type.Object({
  key: Type.String({ description: 'Tag key.' }), value: Type.String({ description: 'Tag value (may be empty).' }),
}, { description: 'A tag.' }), { description: 'The resource\'s tags (at most 20), in the order they were added.' });

export const PageInfo = Type.Object({
  next_marker: Type.Optional(Type.String({ description: 'Pass as marker to read the next page; absent on the last page.' })),
  previous_marker: Type.Optional(Type.String({ description: 'Pass as marker with page_reverse=true to read the previous page; absent on the first page.' })),
  current_count: Type.Integer({ description: 'Number of resources on this page.' }),
}, { description: 'Where this page sits in the list.' });

/** The values a list's enumerated filters take (as the published models declare them). */
export const CC_STATUSES = ['ACTIVE'] as const;
export const USED_SCENES = ['vpc'] as const;

/** What each list filter matches (exactly, one of the values given). */
const FILTERS: Record<string, string> = {
  id: 'Resource ID.', name: 'Name (exact).', description: 'Description (exact).', status: 'Status: ACTIVE.',
  enterprise_project_id: 'Project: "0" for the default one, or a project id.', type: 'Kind: vpc or vgw for network instances (cloud connections are all of one kind, so the filter narrows nothing there).',
  used_scene: 'Scene: vpc (any case).', cloud_connection_id: 'ID of the cloud connection the resource belongs or is bound to.', region_id: 'Region ID, e.g. cn-north-4.',
  instance_id: 'ID of the VPC or virtual gateway.', billing_mode: 'Billing mode code, 1–6.', resource_id: 'ID of the cloud connection the package is bound to.',
  bandwidth_package_id: 'ID of the bandwidth package the bandwidth draws on.',
};

/**
 * The query every list takes: paging plus the resource's repeatable filters (every query parameter of the
 * published List operation; `enums` declares the values of enumerated ones).
 */
export function listQuery(filters: Record<string, number>, enums: Record<string, readonly string[]> = {}) {
  const props: Record<string, TSchema> = {
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 2000, description: 'Resources per page: 1–2000, default 2000.' }),
    marker: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'A resource id of this list to page from: a page\'s next_marker, or its previous_marker with page_reverse=true. Default: the first page. 400 when it names no resource of the list.' })),
    page_reverse: Type.Optional(Type.Boolean({ description: 'true: read the page that ends just before marker instead of the one after it (ignored without marker). Default false.' })),
  };
  for (const [name, max] of Object.entries(filters)) {
    const item = enums[name] ? StringEnum(enums[name]) : Type.String({ maxLength: 255 });
    props[name] = Type.Optional(Type.Array(item, { maxItems: max, description: `${FILTERS[name] ?? ''} Repeat the parameter to match any of up to ${max} values; filters of different names must all match.`.trim() }));
  }
  return Type.Object(props, { additionalProperties: false });
}

const exampleOf = (schema: TSchema): unknown => (schema as { examples?: unknown[] }).examples?.[0];

/** `{ <wrapper>: <resource>, request_id }`, its example the resource's. */
export const wrapped = (key: string, schema: TSchema) => Type.Object({ [key]: schema, request_id: RequestId }, {
  examples: [{ [key]: exampleOf(schema), request_id: REQUEST_ID }],
});
/** `{ <plural>: [...], page_info, request_id }`. */
export const listed = (key: string, schema: TSchema) => Type.Object({
  [key]: Type.Array(schema, { description: 'The page\'s resources, oldest first.' }), page_info: PageInfo, request_id: RequestId,
}, { examples: [{ [key]: [exampleOf(schema)], page_info: { current_count: 1 }, request_id: REQUEST_ID }] });
/** A request body `{ <wrapper>: <fields> }`, nothing else; its example the inner object's. */
export const body = <K extends string, S extends TSchema>(key: K, schema: S) =>
  Type.Object({ [key]: schema } as { [P in K]: S }, { additionalProperties: false, examples: [{ [key]: exampleOf(schema) }] });

const DomainId = Type.String({ description: 'ID of the account (domain) the resource belongs to: the {domain_id} of the path.' });
const ShownEnterpriseProjectId = Type.String({ description: 'The Lifeboat project the resource belongs to: "0" for the account\'s default project, otherwise the project id.' });

export const CloudConnection = Type.Object({
  id: Type.String({ description: 'Cloud connection ID (a UUID).' }),
  name: Type.String({ description: 'Name.' }),
  description: Type.String({ description: 'Description; empty when none was given.' }),
  domain_id: DomainId, enterprise_project_id: ShownEnterpriseProjectId,
  created_at: Time('When the cloud connection was created.'), updated_at: Time('When it was last changed (name, description or tags).'),
  tags: TagsShown,
  status: StringEnum(CC_STATUSES, { description: `Status. ${ACTIVE}` }),
  admin_state_up: Type.Boolean({ description: 'Administrative state: always true (Lifeboat does not switch cloud connections off).' }),
  used_scene: StringEnum(USED_SCENES, { description: 'What the cloud connection joins: vpc (VPCs and virtual gateways), the only scene.' }),
  network_instance_number: Type.Integer({ description: 'Number of network instances loaded into it, counted when read.' }),
  bandwidth_package_number: Type.Integer({ description: 'Number of bandwidth packages bound to it, counted when read.' }),
  inter_region_bandwidth_number: Type.Integer({ description: 'Number of inter-region bandwidths configured on it, counted when read.' }),
}, { description: 'A cloud connection: joins network instances of several regions over bandwidth packages.', examples: [CLOUD_CONNECTION] });

export const NetworkInstance = Type.Object({
  id: Type.String({ description: 'Network instance ID (a UUID).' }),
  name: Type.String({ description: 'Name; the instance_id when none was given.' }),
  description: Type.String({ description: 'Description; empty when none was given.' }),
  domain_id: DomainId,
  status: Type.String({ description: `Status. ${ACTIVE}` }),
  created_at: Time('When the instance was loaded.'), updated_at: Time('When it was last changed.'),
  type: Type.String({ description: 'What is loaded: vpc (a VPC) or vgw (a virtual gateway).' }),
  cloud_connection_id: Type.String({ description: 'ID of the cloud connection it is loaded into.' }),
  instance_id: Type.String({ description: 'ID of the VPC or virtual gateway; loaded at most once per cloud connection.' }),
  instance_domain_id: Type.String({ description: 'ID of the account (domain) that owns the VPC or gateway: domain_id unless another was given.' }),
  region_id: Type.String({ description: 'Region of the VPC or gateway, e.g. cn-north-4.' }),
  project_id: Type.String({ description: 'ID of the project of that region the VPC or gateway is in.' }),
  cidrs: Type.Array(Type.String({ description: 'An IPv4 CIDR block, e.g. 10.0.0.0/16.' }), { description: 'The CIDR blocks reachable through the cloud connection; none overlaps another instance\'s in the same connection.' }),
}, { description: 'A network instance: a VPC or virtual gateway loaded into a cloud connection.', examples: [NETWORK_INSTANCE] });

export const AREAS = ['Chinese-Mainland', 'Asia-Pacific', 'Africa', 'Western-Latin-America', 'Eastern-Latin-America', 'Northern-Latin-America'] as const;
export const AREA_LIST = AREAS.join(', ');
export const BILLING_MODES = 'Billing mode code, recorded and shown (Lifeboat charges nothing): 1 or 2 yearly/monthly, 3 or 4 pay-per-use, 5 enhanced 95th percentile, 6 standard 95th percentile.';
export const BandwidthPackage = Type.Object({
  id: Type.String({ description: 'Bandwidth package ID (a UUID).' }),
  name: Type.String({ description: 'Name.' }),
  description: Type.String({ description: 'Description; empty when none was given.' }),
  domain_id: DomainId, enterprise_project_id: ShownEnterpriseProjectId,
  project_id: Type.String({ description: 'ID of the project the package was bought in.' }),
  local_area_id: Type.String({ description: `Area at one end: ${AREA_LIST}.` }),
  remote_area_id: Type.String({ description: 'Area at the other end (the same list; may equal local_area_id).' }),
  resource_id: Type.String({ description: 'ID of the cloud connection the package is bound to; empty while unbound.' }),
  resource_type: Type.String({ description: 'cloud_connection while bound; empty while unbound.' }),
  bandwidth: Type.Integer({ description: 'Bandwidth in Mbit/s (1–300000), shared by the inter-region bandwidths that draw on the package.' }),
  status: Type.String({ description: `Status. ${ACTIVE}` }),
  admin_state_up: Type.Boolean({ description: 'Administrative state: always true.' }),
  billing_mode: Type.String({ description: BILLING_MODES }),
  charge_mode: Type.String({ description: 'Charging: bandwidth (by bandwidth) or 95peak_plus (enhanced 95th percentile).' }),
  interflow_mode: Type.String({ description: 'Area (interflow between areas, the default) or Region (between regions).' }),
  spec_code: Type.String({ description: 'Product specification code as given (e.g. bandwidth.cmtocm); empty when none was.' }),
  created_at: Time('When the package was created.'), updated_at: Time('When it was last changed or bound or unbound.'),
  tags: TagsShown,
}, { description: 'A bandwidth package: bandwidth between two areas that a bound cloud connection splits into inter-region bandwidths.', examples: [BANDWIDTH_PACKAGE] });

export const InterRegionBandwidth = Type.Object({
  id: Type.String({ description: 'Inter-region bandwidth ID (a UUID).' }),
  name: Type.String({ description: 'Name; "<region>-<region>" from inter_region_ids when none was given.' }),
  description: Type.String({ description: 'Description; empty when none was given.' }),
  domain_id: DomainId,
  created_at: Time('When the inter-region bandwidth was created.'), updated_at: Time('When it was last changed.'),
  cloud_connection_id: Type.String({ description: 'ID of the cloud connection whose two regions it joins.' }),
  bandwidth_package_id: Type.String({ description: 'ID of the bandwidth package it draws on (bound to that cloud connection).' }),
  bandwidth: Type.Integer({ description: 'Bandwidth in Mbit/s between the two regions; with the package\'s other inter-region bandwidths, at most the package\'s.' }),
  inter_regions: Type.Array(Type.Object({
    id: Type.String({ description: 'ID of this direction (a UUID).' }),
    project_id: Type.String({ description: 'Project ID of the local region (the one its network instance was loaded with).' }),
    local_region_id: Type.String({ description: 'Region at this end.' }),
    remote_region_id: Type.String({ description: 'Region at the other end.' }),
  }, { description: 'One direction between the two regions.' }), { description: 'The two directions between the regions, one per region as local.' }),
}, { description: 'An inter-region bandwidth: part of a bound package given to two regions of a cloud connection.', examples: [INTER_REGION_BANDWIDTH] });
