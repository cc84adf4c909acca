import { Type } from '@sinclair/typebox';
import { nativeErrors } from '../../platform/http/native-errors.ts';
import { accountParams } from '../../platform/http/native-params.ts';
import { Int64, iso, Nullable, Timestamp } from '../../platform/http/schema.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { AccessKeyRow, AccessKeysService } from './access-keys.ts';
import './http-auth.ts';

const AccessKey = Type.Object({
  accessKeyId: Type.String({ description: 'The AK: what a signature names in `Access=`.' }),
  serviceAccountId: Int64(), description: Type.String(), createdAt: Timestamp(), lastUsedAt: Nullable(Timestamp()),
});
// Huawei's IAM answers a new key as `credential: { access, secret, status, create_time, description }`; the
// same pair is given under both spellings so a script written for either finds it.
const NewAccessKey = Type.Intersect([AccessKey, Type.Object({
  secretAccessKey: Type.String({ description: 'The SK: shown in this answer only; stored sealed with the master key.' }),
  access: Type.String({ description: "The AK again, under Huawei's name." }),
  secret: Type.String({ description: "The SK again, under Huawei's name." }),
  credential: Type.Object({
    access: Type.String(), secret: Type.String(), status: Type.Literal('active'), create_time: Timestamp(), description: Type.String(),
  }, { description: "Huawei IAM's credential shape (CreatePermanentAccessKey)." }),
})]);

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
        params, body: Type.Object({ description: Type.Optional(Type.String({ maxLength: 255 })) }, { additionalProperties: false }),
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
        params, response: { 200: Type.Array(AccessKey), ...nativeErrors(403, 404) },
      },
    }, async (request) => (await accessKeys.list(request.params.accountId, request.params.id)).map(present));

    app.delete(`${BASE}/:accessKeyId`, {
      config: { permission: 'access-keys:delete', scope: 'account', auditTarget: 'access-key' },
      schema: {
        operationId: 'deleteAccessKey', tags: TAGS, summary: 'Revoke an access key',
        params: accountParams({ id: Int64('Service account ID.'), accessKeyId: Type.String({ pattern: '^[A-Z0-9]{20}$' }) }),
        response: { 204: Type.Null(), ...nativeErrors(403, 404) },
      },
    }, async (request, reply) => {
      await accessKeys.remove(request.params.accountId, request.params.id, request.params.accessKeyId);
      return reply.status(204).send(null);
    });
  };
}
