import { createPacer } from '../platform/pace.ts';
import type { AwsService, CloudCredentials, CloudProvider, DiscoveredResource } from './provider.ts';

/** Every resource of the services in one region, page by page (an async stream, so 100,000 resources never
 * sit in one array unless the caller collects them). */
export async function* discoverRegion(
  cloud: CloudProvider,
  credentials: CloudCredentials,
  region: string,
  services: readonly AwsService[],
  signal?: AbortSignal,
): AsyncGenerator<DiscoveredResource[]> {
  const pace = createPacer();
  for (const service of services) {
    let nextToken: string | undefined;
    do {
      if (signal?.aborted) throw signal.reason;
      await pace();
      const page = await cloud.discover(credentials, { region, service, nextToken });
      if (page.resources.length) yield [...page.resources];
      nextToken = page.nextToken;
    } while (nextToken);
  }
}
