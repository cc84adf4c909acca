import type { RecreatedResource, RecreateRequest } from '../../provider.ts';
import type { Session } from '../session.ts';

/** How the driver rebuilds, finds and deletes one resource type. */
export interface RecoveryKind {
  /** The resource an earlier attempt of this recreate made, found by its tags or its derived name. */
  find(session: Session, request: RecreateRequest, accountId: string): Promise<RecreatedResource | undefined>;
  create(session: Session, request: RecreateRequest, accountId: string): Promise<RecreatedResource>;
  /** True when the resource is still there (a deleted one may linger in a describe for a while). */
  exists(session: Session, region: string, resourceId: string): Promise<boolean>;
  /** For kinds whose ARN cannot be derived from the id (ELBv2's carry a random part): the ARN, when it still exists. */
  arnIfExists?(session: Session, region: string, resourceId: string): Promise<string | undefined>;
  /**
   * The ids of what carries the recovery's tag in the region, for kinds AWS lets one filter or list
   * with tags cheaply: the reset's second way to find what a recovery made, beside the ledger.
   */
  tagged?(session: Session, region: string, recoveryId: string): Promise<string[]>;
  /** For kinds whose id is known before the create (derived from the key): what the create will make, recorded first. */
  planned?(request: RecreateRequest, accountId: string): RecreatedResource;
  /** Deletes it; one already gone is a success. */
  remove(session: Session, region: string, resourceId: string): Promise<void>;
}
