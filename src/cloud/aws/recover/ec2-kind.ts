// The shape every EC2 kind of recovery shares: found by the recovery's two tags, created, completed on every
// attempt, listed by tag for a reset, removed. Kept apart from the kinds themselves (ec2.ts, image.ts, nat.ts, …) so
// that none of them imports another at load time.
import type { Filter, ResourceType } from '@aws-sdk/client-ec2';
import { RECOVERY_ID_TAG, SOURCE_ID_TAG, type RecreatedResource, type RecreateRequest } from '../../provider.ts';
import { ec2Arn } from '../discover/shape.ts';
import { awsCode, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import type { RecoveryKind } from './kind.ts';
import { recoveryTags, tagList } from './shared.ts';
import type { EC2Client } from '../clients.ts';

export const keyFilters = (request: RecreateRequest): Filter[] => [
  { Name: `tag:${RECOVERY_ID_TAG}`, Values: [request.recoveryId] },
  { Name: `tag:${SOURCE_ID_TAG}`, Values: [request.sourceResourceId] },
];
export const tagSpec = (type: ResourceType, request: RecreateRequest) => [{ ResourceType: type, Tags: tagList(recoveryTags(request)) }];
export const ignore = (...codes: string[]) => (error: unknown) => { if (!codes.includes(awsCode(error))) throw error; };
export const gone = (error: unknown) => { if (!isNotFound(error)) throw error; };

/** Builds a kind from its describe (ids matching filters), create and delete calls. */
export function ec2Kind(options: {
  arnKind: string;
  type: string;
  describe(ec2: EC2Client, filters: Filter[] | undefined, ids: string[] | undefined): Promise<string[]>;
  create(ec2: EC2Client, request: RecreateRequest, session: Session, accountId: string): Promise<string>;
  /**
   * The steps after the create (rules, routes, attachments, attributes). Idempotent, and run again by a
   * retry that finds the resource: a half-built one (a group without its rules) is never returned as done.
   */
  complete?(ec2: EC2Client, request: RecreateRequest, id: string, session: Session): Promise<void>;
  remove(ec2: EC2Client, id: string, session: Session): Promise<void>;
}): RecoveryKind {
  const done = (request: RecreateRequest, accountId: string, id: string): RecreatedResource =>
    ({ resourceId: id, arn: ec2Arn(request.region, accountId, options.arnKind, id), region: request.region, type: options.type });
  return {
    async find(session, request, accountId) {
      const ec2 = session.client('ec2', request.region);
      const [id] = await options.describe(ec2, keyFilters(request), undefined);
      if (id === undefined) return undefined;
      await options.complete?.(ec2, request, id, session);
      return done(request, accountId, id);
    },
    async create(session, request, accountId) {
      const ec2 = session.client('ec2', request.region);
      const id = await options.create(ec2, request, session, accountId);
      await options.complete?.(ec2, request, id, session);
      return done(request, accountId, id);
    },
    async exists(session, region, id) {
      try {
        return (await options.describe(session.client('ec2', region), undefined, [id])).length > 0;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    tagged: (session, region, recoveryId) => options.describe(session.client('ec2', region), [{ Name: `tag:${RECOVERY_ID_TAG}`, Values: [recoveryId] }], undefined),
    remove: (session, region, id) => options.remove(session.client('ec2', region), id, session).catch(gone),
  };
}

