import { CloudCallError } from '../../cloud/provider.ts';

/** What a resource's (or a reset's) error says of a failed call: the cloud's own code first, when it gave one. */
export const cloudMessage = (error: unknown) => (error instanceof CloudCallError ? `${error.cloudCode}: ${error.message}` : (error as Error).message);
