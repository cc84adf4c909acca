import { Type } from '@sinclair/typebox';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { accountParams } from '../../platform/http/native-params.ts';
import { Int64, iso, Nullable, Timestamp } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { AccessKeyRow, AccessKeysService } from './access-keys.ts';
import './http-auth.ts';

const KEY_EXAMPLE = { accessKeyId: 'Q7ZK1M4N8P2R5T9V3X6Y', serviceAccountId: 2, description: 'network automation', createdAt: '2026-12-04T14:03:00.000Z', lastUsedAt: '2026-12-04T14:06:00.000Z' };
const SK = 'y8Jm2pQ4vR7tW1xZ3bC5dF6gH9jK0lN2mP4qS6uV';
const AccessKey = Type.Object({
  accessKeyId: Type.String({ description: 'The AK: what a signature names in `Access=`.' }),
  serviceAccountId: Int64('The service account the key signs for.'), description: Type.String({ description: 'Description (empty when none was given).' }),
  createdAt: Timestamp('When the key was created.'), lastUsedAt: Nullable(Timestamp(), 'When a request was last signed with it; null before.'),
}, { examples: [KEY_EXAMPLE] });
// Huawei's IAM answers a new key as `credential: { access, secret, status, create_time, description }`; the
// same pair is given under both spellings so a script written for either finds it.
const NewAccessKey = Type.Intersect([AccessKey, Type.Object({
  secretAccessKey: Type.String({ description: 'The SK: shown in this answer only; stored sealed with the master key.' }),
  access: Type.String({ description: "The AK again, under Huawei's name." }),
  secret: Type.String({ description: "The SK again, under Huawei's name." }),
  credential: Type.Object({
    access: Type.String({ description: 'The AK.' }), secret: Type.String({ description: 'The SK.' }), status: Type.Literal('active', { description: 'Always active.' }),
    create_time: Timestamp('When the key was created.'), description: Type.String({ description: 'The description.' }),
  }, { description: "Huawei IAM's credential shape (CreatePermanentAccessKey)." }),
})], {
  examples: [{
    ...KEY_EXAMPLE, lastUsedAt: null, secretAccessKey: SK, access: KEY_EXAMPLE.accessKeyId, secret: SK,
    credential: { access: KEY_EXAMPLE.accessKeyId, secret: SK, status: 'active', create_time: KEY_EXAMPLE.createdAt, description: KEY_EXAMPLE.description },
  }],
});

const BASE = '/accounts/:accountId/service-accounts/:id/access-keys';
const TAGS = ['tenancy'];
const params = accountParams({ id: Int64('Service account ID.') });

const present = (row: AccessKeyRow) => ({
  accessKeyId: row.id, serviceAccountId: row.service_account_id, description: row.description,
  createdAt: iso(row.created_at), lastUsedAt: iso(row.last_used_at),
});

/** AK/SK pairs for the network surface's request signing (SDK-HMAC-SHA256), per service account. */
export function accessKeyRoutes(accessKeys: AccessKeysService) {
  return async function (app: HttpServer): Promise<void> {
    app.post(BASE, {
      config: { permission: 'access-keys:create', scope: 'account', auditTarget: 'access-key' },
      schema: {
        operationId: 'createAccessKey', tags: TAGS, summary: 'Create an AK/SK pair for the service account; the SK is shown once',
        description: 'An access key signs /v3 requests (SDK-HMAC-SHA256) as the service account, with its role and projects. The SK is in this answer only (stored sealed). '
          + 'At most 2 keys per service account (409 ACCESS_KEY_LIMIT: delete one first).',
        params, body: Type.Object({ description: Type.Optional(Type.String({ maxLength: 255, description: 'What the key is for, up to 255 characters. Default empty.' })) }, {
          additionalProperties: false, examples: [{ description: 'network automation' }],
        }),
        response: { 201: NewAccessKey, ...nativeErrors(403, 404, 409) },
      },
    }, async (request, reply) => {
      const { key, secret } = await accessKeys.create(request.params.accountId, request.params.id, request.body.description);
      request.auditTargetId = key.id;
      const created = present(key);
      return reply.status(201).header('Cache-Control', 'no-store').send({
        ...created, secretAccessKey: secret, access: key.id, secret,
        credential: { access: key.id, secret, status: 'active', create_time: created.createdAt!, description: key.description },
      });
    });

    app.get(BASE, {
      config: { permission: 'access-keys:read', scope: 'account' },
      schema: {
        operationId: 'listAccessKeys', tags: TAGS, summary: "The service account's access keys (never their secrets)",
        description: 'Every access key of the service account, with when it was last used; never the SK.',
        params, response: { 200: Type.Array(AccessKey), ...nativeErrors(403, 404) },
      },
    }, async (request) => (await accessKeys.list(request.params.accountId, request.params.id)).map(present));

    app.delete(`${BASE}/:accessKeyId`, {
      config: { permission: 'access-keys:delete', scope: 'account', auditTarget: 'access-key' },
      schema: {
        operationId: 'deleteAccessKey', tags: TAGS, summary: 'Revoke an access key',
        description: 'Deletes the key: a request signed with it is refused (401) from now on.',
        params: accountParams({ id: Int64('Service account ID.'), accessKeyId: Type.String({ pattern: '^[A-Z0-9]{20}$', description: 'The AK: 20 upper-case letters and digits.' }) }),
        response: { 204: Type.Null({ description: 'Deleted' }), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      await accessKeys.remove(request.params.accountId, request.params.id, request.params.accessKeyId);
      return reply.status(204).send(null);
    });
  };
}
