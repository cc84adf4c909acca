// The typed client's types come from the server's own OpenAPI document: this builds a server in-process
// (nothing listens; a throw-away SQLite folder), reads GET /openapi.json and turns it into TypeScript with
// openapi-typescript. `npm run gen:client` writes the result; a test fails when it is stale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app/build.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logging.ts';

export const GENERATED_TYPES = new URL('./api-types.ts', import.meta.url);

/** The OpenAPI document a default server publishes. */
export async function currentOpenApi(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-openapi-'));
  try {
    const config = loadConfig({ LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_DEMO: 'false', LIFEBOAT_ADMIN_TOKEN: 'openapi-generation-only', LIFEBOAT_LOG_LEVEL: 'silent' });
    const app = await buildApp(config, { api: true, worker: false, logger: createLogger('silent') });
    try {
      const res = await app.http.inject({ method: 'GET', url: '/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
      return res.json();
    } finally {
      await app.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The contents of api-types.ts for a document. */
export async function typesFor(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true });
  return `// Generated from GET /openapi.json by \`npm run gen:client\` (src/client/generate.ts). Do not edit.\n${astToString(ast)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const contents = await typesFor(await currentOpenApi());
  fs.writeFileSync(GENERATED_TYPES, contents);
  process.stdout.write(`wrote ${path.relative(process.cwd(), GENERATED_TYPES.pathname)} (${contents.length} bytes)\n`);
}
