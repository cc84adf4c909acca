import type { DialectName } from '../../src/platform/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

/** A process driven by the AWS driver (no simulated cloud), logging at debug level so the tests can look for secrets. */
export function startAwsApp(dialect: DialectName, env: Record<string, string>): Promise<TestApp> {
  return startTestApp(dialect, { LIFEBOAT_CLOUD: 'aws', LIFEBOAT_LOG_LEVEL: 'debug', ...env });
}
