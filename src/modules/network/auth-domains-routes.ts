import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { TenancyService } from '../tenancy/service.ts';
import { ccErrors } from './http-errors.ts';
import { TAGS } from './route-helpers.ts';

const Links = Type.Object({
  self: Type.String({ description: 'URL of this list.' }),
  previous: Type.Null({ description: 'Always null: the list is one page.' }),
  next: Type.Null({ description: 'Always null: the list is one page.' }),
}, { description: 'Links of the list.' });
const Domain = Type.Object({
  id: Type.String({ description: 'The domain id: what /v3/{domain_id} takes (32 hex digits).' }),
  name: Type.String({ description: 'The Lifeboat account name.' }),
  description: Type.String({ description: 'Always empty.' }),
  enabled: Type.Boolean({ description: 'Always true.' }),
  links: Type.Object({ self: Type.String({ description: 'URL of the domain.' }) }, { description: 'Links of the domain.' }),
}, { description: 'A domain: one Lifeboat account.' });
const DOMAIN_ID = '1cc00db2a7db3ed16467b03ee82aab47';
const Answer = Type.Object({
  domains: Type.Array(Domain, { description: 'The domains the credentials may use: a service account\'s own account; for the instance admin every account, the default one first.' }),
  links: Links,
}, {
  examples: [{
    domains: [{ id: DOMAIN_ID, name: 'default', description: '', enabled: true, links: { self: `https://lifeboat.example.com/v3/domains/${DOMAIN_ID}` } }],
    links: { self: 'https://lifeboat.example.com/v3/auth/domains', previous: null, next: null },
  }],
});

/**
 * GET /v3/auth/domains, Keystone's "domains this credential may use". Huawei's SDK core calls it on its IAM
 * endpoint when the client was built without withDomainId(), then uses domains[0].id, so pointing the SDK's
 * IAM endpoint at Lifeboat is all the setup it needs. A service account's key sees its own account's domain;
 * the instance admin sees every account's, the default account's first.
 */
export function authDomainRoutes(tenancy: Pick<TenancyService, 'listAccounts'>) {
  return async function (app: HttpServer): Promise<void> {
    app.addHook('onRequest', readGetBody);
    app.get('/auth/domains', {
      config: { network: true, callerDomain: true },
      schema: {
        operationId: 'keystoneListAuthDomains', tags: TAGS, summary: "The domains the caller's credentials may use (Huawei SDK domain discovery)",
        description: 'The accounts (domains) the credentials reach, in Keystone\'s shape. Huawei\'s SDK calls it on its IAM endpoint when the client was built without a domain id and uses '
          + 'the first domain\'s id, so pointing the SDK\'s IAM endpoint at Lifeboat is all the setup it needs. Accepts X-Auth-Token or an AK/SK signature, like the rest of /v3.',
        response: { 200: Answer, ...ccErrors() },
      },
    }, async (request, reply) => {
      const base = `${request.protocol}://${request.host}/v3`;
      const accounts = (await tenancy.listAccounts(request.principal!)).sort((a, b) => a.id - b.id);
      return reply.send({
        domains: accounts.map((a) => ({ id: a.domain_id, name: a.name, description: '', enabled: true, links: { self: `${base}/domains/${a.domain_id}` } })),
        links: { self: `${base}/auth/domains`, previous: null, next: null },
      });
    });
  };
}

const MAX_GET_BODY = 65_536;

/**
 * The SDK core sends this GET with `data: {}`: axios puts `{}` on the wire and the signer hashes it. Fastify
 * never reads a GET's body, so it is read here, before the surface's auth checks the signature against it.
 */
async function readGetBody(request: FastifyRequest): Promise<void> {
  const length = Number(request.headers['content-length'] ?? 0);
  if (!(length > 0)) return;
  if (length > MAX_GET_BODY) throw new ValidationError({ body: `must be at most ${MAX_GET_BODY} bytes` });
  const chunks: Buffer[] = [];
  for await (const chunk of request.raw) chunks.push(chunk as Buffer);
  request.rawBody = Buffer.concat(chunks).toString('utf8');
}
