import type { Architecture, FunctionCode, GetFunctionCommandOutput, PackageType, Runtime } from '@aws-sdk/client-lambda';
import type { RecreateRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound, toCloudError } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { namedKind } from './data.ts';
import { dependencyOf, num, recoveryTags, str } from './shared.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf } from '../clients.ts';

const { CreateFunctionCommand, DeleteFunctionCommand, GetFunctionCommand, GetFunctionConfigurationCommand } = commandsOf('lambda');

/** CreateFunction takes a zip of at most 50 MB inline; a larger package would need staging in S3. */
const MAX_ZIP_BYTES = 50 * 1024 * 1024;

const unavailable = (request: RecreateRequest, why: string) =>
  faultError('FunctionCodeUnavailable', `the code of function ${request.sourceResourceId} cannot be read (${why}); recreate it from its deployment pipeline`);

/**
 * The source function as it is now: GetFunction on its ARN (in its own region) answers a fresh presigned
 * URL to its zip (valid minutes, so discovery cannot keep one) or its container image, and its
 * environment. It fails when the source is gone or the target's role may not read it (another account).
 */
async function sourceFunction(session: Session, request: RecreateRequest): Promise<GetFunctionCommandOutput> {
  const arn = str(request.configuration.functionArn);
  const region = arn?.split(':')[3];
  if (!arn || !region) throw unavailable(request, 'its ARN was not captured; sync the connection again');
  try {
    return await session.client('lambda', region).send(new GetFunctionCommand({ FunctionName: arn }));
  } catch (error) {
    const failure = toCloudError(error);
    if (failure.retryable) throw failure;
    throw unavailable(request, `GetFunction answered ${failure.cloudCode}`);
  }
}

async function download(request: RecreateRequest, url: string): Promise<Uint8Array> {
  const answer = await fetch(url, { signal: AbortSignal.timeout(120_000) }).catch((error: unknown) => { throw toCloudError(error); });
  if (!answer.ok) throw unavailable(request, `its code location answered HTTP ${answer.status}`);
  if (Number(answer.headers.get('content-length') ?? 0) > MAX_ZIP_BYTES) throw unavailable(request, 'its package is larger than 50 MB');
  const bytes = new Uint8Array(await answer.arrayBuffer());
  if (bytes.byteLength > MAX_ZIP_BYTES) throw unavailable(request, 'its package is larger than 50 MB');
  return bytes;
}

async function codeOf(session: Session, request: RecreateRequest): Promise<{ code: FunctionCode; source: GetFunctionCommandOutput }> {
  const source = await sourceFunction(session, request);
  if (source.Code?.ImageUri) return { code: { ImageUri: source.Code.ImageUri }, source };
  if (!source.Code?.Location) throw unavailable(request, 'GetFunction gave no code location');
  return { code: { ZipFile: await download(request, source.Code.Location) }, source };
}

const regionOfArn = (arn: string | undefined) => arn?.split(':')[3];

/**
 * What ties a function to its region: its image (Lambda pulls from ECR of its own region), layers,
 * file systems (EFS access points) and KMS key. In the source's region they are carried; in another,
 * those the function cannot run without are refused clearly, and the dead-letter queue is left out.
 */
function regionalSettings(request: RecreateRequest, source: GetFunctionCommandOutput) {
  const config = source.Configuration ?? {};
  const imageRegion = /\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com/.exec(source.Code?.ImageUri ?? '')?.[1];
  const refuse = (what: string) => faultError('FunctionDependsOnRegion', `function ${request.sourceResourceId} ${what} in another region than ${request.region}: make it there first`);
  if (imageRegion && imageRegion !== request.region) throw refuse(`runs an ECR image (${source.Code!.ImageUri}) of ${imageRegion}, and Lambda pulls images only`);
  const Layers = (config.Layers ?? []).map((l) => l.Arn).filter((arn): arn is string => Boolean(arn));
  if (Layers.some((arn) => regionOfArn(arn) !== request.region)) throw refuse('uses layers that are');
  const FileSystemConfigs = config.FileSystemConfigs ?? [];
  if (FileSystemConfigs.some((f) => regionOfArn(f.Arn) !== request.region)) throw refuse('mounts EFS access points that are');
  if (config.KMSKeyArn && regionOfArn(config.KMSKeyArn) !== request.region) throw refuse(`encrypts its environment with a KMS key (${config.KMSKeyArn}) that is`);
  const dlq = config.DeadLetterConfig?.TargetArn;
  return {
    ...(Layers.length ? { Layers } : {}), ...(FileSystemConfigs.length ? { FileSystemConfigs } : {}), ...(config.KMSKeyArn ? { KMSKeyArn: config.KMSKeyArn } : {}),
    ...(dlq && regionOfArn(dlq) === request.region ? { DeadLetterConfig: { TargetArn: dlq } } : {}),
  };
}

/** A function rebuilt from the source's code, settings and environment, in the recovered subnets and security groups. */
export const lambdaFunction = namedKind({
  type: 'lambda:function', rules: { maxLength: 64, lowerCase: false },
  arn: (region, account, name) => `${arnPrefix(region)}:lambda:${region}:${account}:function:${name}`,
  exists: (session, region, name) => session.client('lambda', region).send(new GetFunctionConfigurationCommand({ FunctionName: name }))
    .then(() => true, (error: unknown) => { if (isNotFound(error)) return false; throw error; }),
  async create(session, request, FunctionName) {
    const c = request.configuration;
    const { code, source } = await codeOf(session, request);
    const SubnetIds = dependencyOf(request, 'subnet');
    const role = str(source.Configuration?.Role) ?? str(c.role);
    if (!role) throw faultError('InvalidParameterValue', `function ${request.sourceResourceId} has no execution role to run as`);
    await session.client('lambda', request.region).send(new CreateFunctionCommand({
      FunctionName, Role: role, Code: code, PackageType: (str(c.packageType) ?? 'Zip') as PackageType,
      ...(code.ZipFile ? { Runtime: str(c.runtime) as Runtime | undefined, Handler: str(c.handler) } : {}),
      MemorySize: num(c.memorySize), Timeout: num(c.timeout), Architectures: (c.architectures as Architecture[] | undefined),
      ...(source.Configuration?.Environment?.Variables ? { Environment: { Variables: source.Configuration.Environment.Variables } } : {}),
      ...(SubnetIds.length ? { VpcConfig: { SubnetIds, SecurityGroupIds: dependencyOf(request, 'sg') } } : {}),
      ...regionalSettings(request, source), Tags: recoveryTags(request),
    })).catch((error: unknown) => { if (awsCode(error) !== 'ResourceConflictException') throw error; });
  },
  /** Invocations fail until the function is Active (VPC functions take a while). */
  ready: async (session, region, name) => {
    const lambda = session.client('lambda', region);
    await waitFor(`Lambda function ${name}`, async () => {
      // Right after CreateFunction the function may not be visible yet (eventual consistency): waited through.
      const answer = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name })).catch((error: unknown) => { if (isNotFound(error)) return undefined; throw error; });
      if (!answer) return undefined;
      if (answer.State === 'Failed') throw faultError(answer.StateReasonCode ?? 'FunctionFailed', `Lambda function ${name} failed: ${answer.StateReason ?? 'no reason given'}`);
      return answer.State === 'Active' || answer.State === undefined ? true : undefined;
    }, session.settings);
  },
  remove: (session, region, name) => session.client('lambda', region).send(new DeleteFunctionCommand({ FunctionName: name }))
    .then(() => undefined, (error: unknown) => { if (!isNotFound(error)) throw error; }),
});
