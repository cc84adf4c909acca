import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { lazyChildLogger, type Logger } from '../logging.ts';
import { readBodies } from './bodies.ts';
import { answerIn, dialectFor, type ErrorAnswer, type ErrorDialect } from './dialects.ts';
import { nativeErrorHandler } from './native-errors.ts';
import { lazySchemas, rememberLazySchemas } from './lazy-schemas.ts';
import { HSTS, type TlsMaterial } from './tls.ts';
import { validatorCompiler } from './validation.ts';


/** The console's mark beside the word Lifeboat, in white for the reference page's dark bar. */
const LIFEBOAT_LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 32" width="160" height="32">'
  + '<rect width="32" height="32" rx="7" fill="#f6f7f9"/><path d="M5 18h22l-4 7H9z" fill="#14213d"/>'
  + '<path d="M15 5v11M15 6l8 9h-8" stroke="#14213d" stroke-width="2" fill="#14213d"/>'
  + '<text x="42" y="23" font-family="sans-serif" font-size="20" font-weight="600" fill="#f6f7f9">Lifeboat</text></svg>',
);

export type HttpServer = FastifyInstance<any, any, any, Logger, TypeBoxTypeProvider>;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface HttpServerOptions {
  readonly logger: Logger;
  readonly version: string;
  /** Each surface's error dialect by the URL prefix it owns (none: every answer is native). */
  readonly dialects?: readonly ErrorDialect[];
  /** The dialect of everything else (ops, docs, the console, unknown paths); the native one by default. */
  readonly rootDialect?: ErrorAnswer;
  /** Serve HTTPS with this certificate and key (tls.ts), with HSTS on every answer; plain HTTP without. */
  readonly https?: TlsMaterial;
}

/**
 * The Fastify instance every surface is registered on: request ids, strict validation, OpenAPI 3.1 at
 * /openapi.json and the interactive reference at /docs. It never listens by itself (tests use inject()).
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const dialects = options.dialects ?? [];
  const rootDialect = options.rootDialect ?? nativeErrorHandler;
  // Validators and response serializers compile on a route's first use, not here (lazy-schemas.ts).
  const schemas = lazySchemas(validatorCompiler);
  const app = Fastify({
    ...(options.https ? { https: options.https } : {}),
    loggerInstance: options.logger,
    // request.log: the pino child is built only if the request logs a line at an enabled level.
    childLoggerFactory: (logger, bindings, childOptions) => lazyChildLogger(logger as Logger, bindings, childOptions),
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
    requestIdHeader: false,
    // One line per request (the onResponse hook below), not Fastify's two ("incoming request", "request completed").
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false } },
    schemaController: { compilersFactory: { buildSerializer: schemas.buildSerializer as any } },
    // Refused before routing, so no surface's error handler sees them: answered in the dialect of the prefix.
    frameworkErrors: (error, request, reply) => {
      reply.header('X-Request-Id', request.id);
      return dialectFor(request.url, dialects, rootDialect)(error, request, reply);
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as HttpServer;

  app.setValidatorCompiler(schemas.validatorCompiler);
  rememberLazySchemas(app, schemas);
  answerIn(app, rootDialect);
  readBodies(app);
  const hsts = options.https !== undefined;
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', request.id);
    if (hsts) reply.header('Strict-Transport-Security', HSTS);
    done(null, payload);
  });
  // One line per request, once it is answered: method, URL, status and time (the request id is the logger's).
  app.addHook('onResponse', async (request, reply) => {
    if (!(request.log as Logger).isLevelEnabled('info')) return;
    request.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, durationMs: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lifeboat API',
        version: options.version,
        description:
          'Self-hosted cloud resilience control plane. Three surfaces: native (/api/v1), AWS connection groups ' +
          '(/connections/aws) and network cloud connections (/v3/{domain_id}/ccaas).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'A service-account token (lb_…).' },
          // /v3 (the Huawei dialect) takes no bearer token: a token in X-Auth-Token, or an AK/SK signature.
          xAuthToken: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'A service-account token (lb_…), on /v3.' },
          sdkHmacSha256: {
            type: 'apiKey', in: 'header', name: 'Authorization',
            description: 'On /v3: `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=…, Signature=…` over the canonical request, with X-Sdk-Date (Huawei\'s AK/SK signing, as @huaweicloud/huaweicloud-sdk-core signs).',
          },
        },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // The reference page carries Lifeboat's name and mark (the console's favicon), not the UI library's.
    logo: { type: 'image/svg+xml', content: LIFEBOAT_LOGO, href: '/' },
    theme: { title: 'Lifeboat API reference' },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
