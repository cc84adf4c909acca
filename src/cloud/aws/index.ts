/** The real AWS driver: provider `aws`, and the stack-status reader the connection groups use. */
export { AwsCloud } from './aws-cloud.ts';
export type { AwsDriverSettings } from './settings.ts';
export { readStackStatus, type StackStatus } from './stack-status.ts';
export { SILENT_LOGGER } from './clients.ts';
export { PROTECTION_ID_TAG, RESOURCE_ID_TAG } from './snapshots/keys.ts';
