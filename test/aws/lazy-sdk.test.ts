// The AWS driver imports each SDK client package on the first call that needs it (issue 19): building the driver
// loads none of them, and verifying a connection (STS alone) loads only STS's, so a start or a connection that
// never uses EC2 does not pay EC2's ≈25 MiB and its load time.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { freePort, ROOT } from '../helpers/process.ts';

it('loads no SDK client until a call needs one, then only that service\'s', async () => {
  const port = await freePort();
  const { stdout } = await promisify(execFile)(
    process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/aws/fixtures/lazy-sdk-child.ts'), String(port)],
    { cwd: ROOT, timeout: 60_000 },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { afterBuild: string[]; afterVerify: string[]; verified: unknown };
  expect(result.afterBuild).toEqual([]);
  expect(result.afterVerify).toEqual(['client-sts']);
  // Nothing listens there: the verify reports a failure rather than throwing past the driver.
  expect(JSON.stringify(result.verified)).not.toContain('not-a-secret');
}, 90_000);
