import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Both are CommonJS without types; only their constructors are used.
// @ts-expect-error no type declarations
import S3rver from 's3rver';
// @ts-expect-error no type declarations
import dynalite from 'dynalite';

/** s3rver checks signatures against its account registry: the fake keys (and STS's temporary ones) are added to it. */
const s3rverAccounts = createRequire(import.meta.url)('s3rver/lib/models/account.js') as {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
};

export interface LocalServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** s3rver on 127.0.0.1, a free port, its own temporary directory (removed on stop). */
export async function startS3(): Promise<LocalServer> {
  s3rverAccounts.DUMMY_ACCOUNT.createKeyPair(FAKE_KEY.accessKeyId, FAKE_KEY.secretAccessKey);
  const directory = await mkdtemp(path.join(tmpdir(), 'lifeboat-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, resetOnClose: true });
  const { port } = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** dynalite (in-memory DynamoDB) on 127.0.0.1, a free port; tables are ACTIVE at once. */
export async function startDynamo(): Promise<LocalServer> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => closeServer(server) };
}

export const FAKE_ACCOUNT = '222222222222';
export const FAKE_KEY = { accessKeyId: 'AKIAFAKEFAKEFAKE0001', secretAccessKey: 'fake-secret-never-logged-0123456789abcdef' };

/**
 * A stand-in for STS (query protocol, XML answers): GetCallerIdentity answers account 222222222222 for
 * the fake key pair and for temporary keys it issued; AssumeRole issues them when the external id is
 * `good-external-id`; anything else is refused the way STS refuses it. `calls` counts the actions.
 */
export async function startFakeSts(): Promise<LocalServer & { calls: Record<string, number> }> {
  const calls: Record<string, number> = {};
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      const params = new URLSearchParams(body);
      const action = params.get('Action') ?? '';
      calls[action] = (calls[action] ?? 0) + 1;
      const auth = req.headers.authorization ?? '';
      const keyId = /Credential=([^/]+)\//.exec(auth)?.[1] ?? '';
      const xml = (status: number, text: string) => { res.writeHead(status, { 'content-type': 'text/xml' }); res.end(text); };
      const error = (status: number, code: string, message: string) =>
        xml(status, `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`);
      if (action === 'GetCallerIdentity') {
        if (keyId !== FAKE_KEY.accessKeyId && !keyId.startsWith('ASIAFAKE')) return error(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
        return xml(200, `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::${FAKE_ACCOUNT}:user/test</Arn><UserId>AIDA</UserId><Account>${FAKE_ACCOUNT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
      }
      if (action === 'AssumeRole') {
        if (params.get('ExternalId') !== 'good-external-id') return error(403, 'AccessDenied', `User is not authorized to perform: sts:AssumeRole on resource: ${params.get('RoleArn')}`);
        const expiration = new Date(Date.now() + 3600_000).toISOString();
        s3rverAccounts.DUMMY_ACCOUNT.createKeyPair(`ASIAFAKE${calls[action]}`, `temp-secret-${calls[action]}`);
        return xml(200, `<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAFAKE${calls[action]}</AccessKeyId><SecretAccessKey>temp-secret-${calls[action]}</SecretAccessKey><SessionToken>temp-token</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${FAKE_ACCOUNT}:assumed-role/r/lifeboat</Arn><AssumedRoleId>AROA:lifeboat</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`);
      }
      return error(400, 'InvalidAction', `unknown action ${action}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, calls, stop: () => closeServer(server) };
}

/**
 * AWS as it answers a role that does not allow a service: every EC2, RDS and EFS call is refused with
 * 403 in that service's protocol (EC2's query errors, RDS's ErrorResponse, EFS's JSON error type). A
 * connection whose role allows only S3 and DynamoDB meets exactly this when a reset looks for tags.
 */
export async function startRefusingAws(): Promise<LocalServer> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? req.url ?? '';
      const message = `User is not authorized to perform: ${action}`;
      if (req.url?.startsWith('/2015-02-01/')) {
        res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' });
        return res.end(JSON.stringify({ ErrorCode: 'AccessDeniedException', Message: message }));
      }
      res.writeHead(403, { 'content-type': 'text/xml' });
      if (body.includes('Version=2016-11-15')) return res.end(`<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>${message}</Message></Error></Errors><RequestID>r</RequestID></Response>`);
      return res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
