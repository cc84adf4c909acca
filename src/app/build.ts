import fs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { pacedProvider } from '../cloud/pacing.ts';
import { SimCloud, type SimTables } from '../cloud/sim/index.ts';
import type { SimStackTables } from '../cloud/sim/stacks-tables.ts';
import type { CloudProvider } from '../cloud/provider.ts';
import type { Config } from '../platform/config.ts';
import { ConfigError } from '../platform/config.ts';
import type { Transaction } from 'kysely';
import { narrow, openStore, relaxedStore, type Executor, type Store } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { createAuthLimiter } from '../platform/http/auth-limit.ts';
import { dataDirWarning } from '../platform/data-dir.ts';
import { createHttpServer, type HttpServer } from '../platform/http/server.ts';
import { readTls } from '../platform/http/tls.ts';
import { createIdempotency } from '../platform/idempotency/idempotency.ts';
import { randomId } from '../platform/ids.ts';
import { JobRunner } from '../platform/jobs/index.ts';
import { createLogger, type Logger } from '../platform/logging.ts';
import { createMetrics } from '../platform/metrics.ts';
import { createSecretBox, hashToken, loadOrCreateMasterKey } from '../platform/secrets.ts';
import { createAuditService } from '../modules/audit/service.ts';
import {
  createAssembliesService, RPO_EVALUATION_KIND, RPO_EVALUATION_MS, type AssembliesService, type AssemblyDeletionHolds,
} from '../modules/assemblies/service.ts';
import { createConnectionsService, type ConnectionsService } from '../modules/connections/service.ts';
import { createConnectionGroupsService, type ConnectionGroupsService } from '../modules/connection-groups/service.ts';
import { STACK_CHECK_KIND, stackCheck } from '../modules/connection-groups/stack-check.ts';
import {
  createPoliciesService, removeAssemblyPolicies, SCHEDULER_TICK_KIND, schedulerTickHandler, type PoliciesService, type PolicyAssembliesPort,
} from '../modules/policies/index.ts';
import { createDrillsService, DRILLS_TICK_KIND, removeAssemblyDrillPolicies, type DrillsService } from '../modules/drills/index.ts';
import { createProtectionsService, type ProtectionsService } from '../modules/protections/service.ts';
import { createRecoveriesService, RESET_SWEEP_KIND, type RecoveriesService } from '../modules/recoveries/service.ts';
import { drillRecoveries } from './drill-recoveries.ts';
import type { SkippableTransferStep } from '../modules/recoveries/transfer.ts';
import { createNetworkService, type NetworkService } from '../modules/network/service.ts';
import { createOidcClient } from '../modules/sessions/oidc.ts';
import { reachedOverHttps, sessionCookies } from '../modules/sessions/cookies.ts';
import { sessionAuth, ssoRoutes } from '../modules/sessions/routes.ts';
import { createSessionsService } from '../modules/sessions/service.ts';
import { createAccessKeysService } from '../modules/tenancy/access-keys.ts';
import { bootstrapTenancy } from '../modules/tenancy/bootstrap.ts';
import { tenancyRepo } from '../modules/tenancy/repo.ts';
import type { TenancyTables } from '../modules/tenancy/tables.ts';
import { createTenancyService, type TenancyService } from '../modules/tenancy/service.ts';
import { createWebhooksService, removeAssemblyWebhooks, type WebhooksService } from '../modules/webhooks/service.ts';
import { seedDemo } from './demo.ts';
import { folderTarget, s3Target, startCatalogBackups, type BackupTarget, type CatalogBackups } from './catalog-schedule.ts';
import { MIGRATIONS } from './migrations.ts';
import { opsRoutes } from './ops-routes.ts';
import type { Database } from './schema.ts';
import { nativeSurface } from './surfaces/native.ts';
import { connectionGroupsSurface, simStackSurface } from './surfaces/connection-groups.ts';
import { networkSurface } from './surfaces/network.ts';
import { groupsDialect } from './surfaces/connection-groups-errors.ts';
import { networkDialect } from './surfaces/network-errors.ts';
import { collectGauges } from './gauges.ts';
import { consoleRoutes, withConsoleNotFound } from './console.ts';
import { nativeErrorHandler } from '../platform/http/native-errors.ts';

export interface AppOptions {
  /** Serve the HTTP API. */
  readonly api: boolean;
  /** Run the job runner in this process. */
  readonly worker: boolean;
  readonly logger?: Logger;
  /** The clock every service reads (epoch ms); the real one unless a caller moves time itself. */
  readonly now?: () => number;
  /** Tests only: a cross-account transfer step recoveries leave out (see RecoveriesDeps). */
  readonly skipTransferStep?: SkippableTransferStep;
}

/** A composed Lifeboat process. Nothing listens until the caller calls http.listen. */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: Store<Database>;
  readonly http: HttpServer;
  readonly runner: JobRunner | undefined;
  readonly sim: SimCloud | undefined;
  readonly tenancy: TenancyService;
  readonly connections: ConnectionsService;
  readonly connectionGroups: ConnectionGroupsService;
  readonly assemblies: AssembliesService;
  readonly protections: ProtectionsService;
  readonly recoveries: RecoveriesService;
  readonly policies: PoliciesService;
  readonly drills: DrillsService;
  readonly webhooks: WebhooksService;
  readonly network: NetworkService;
  readonly defaultAccountId: number;
  /** Scheduled catalog backups (LIFEBOAT_CATALOG_BACKUP_DIR / _S3), in a process that runs the worker. */
  readonly catalogBackups: CatalogBackups | undefined;
  /** Where the generated admin token is, if one was written. */
  readonly adminTokenFile: string | undefined;
  close(): Promise<void>;
}

const VERSION = '0.1.0';
const KEY_CHECK = 'master-key-check';
/** Snapshot calls one protection makes at once: AWS allows a few concurrent snapshots per volume and
 * throttles bursts, so a small fixed pool. */
const SNAPSHOT_PARALLELISM = 8;
/** Resources one recovery (or reset) creates (or deletes) at once: the same budget, for the same reasons. */
const RECOVERY_PARALLELISM = 8;
/** How often the durable scheduler looks for due policy slots (the finest schedule is every 15 minutes). */
const SCHEDULER_TICK_MS = 10_000;

/**
 * Every module's tables live in one database, so a transaction one module opened can run another module's
 * statements: each module's port receives the caller's transaction typed as its own. The composition root is
 * the one place that knows the modules share a database (as with narrow).
 */
function joined<DB>(db: Transaction<any>): Transaction<DB>;
function joined<DB>(db: Executor<any>): Executor<DB>;
function joined<DB>(db: Executor<any>): Executor<DB> {
  return db as Executor<DB>;
}

/** LIFEBOAT_MASTER_KEY_PREVIOUS, or the master.key.previous that rotate-master-key leaves beside a generated master.key. */
function previousMasterKeys(config: Config): Buffer[] {
  if (config.masterKeyPrevious) return [config.masterKeyPrevious];
  const file = path.join(config.dataDir, 'master.key.previous');
  if (config.masterKey || !fs.existsSync(file)) return [];
  return [Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')];
}

/** The composition root: wires store, cloud provider, services, job runner and surfaces from the config. */
export async function buildApp(config: Config, options: AppOptions): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel, undefined, config.logFormat === 'auto' ? (process.stdout.isTTY ? 'pretty' : 'json') : config.logFormat);
  const looseDataDir = dataDirWarning(config.dataDir);
  if (looseDataDir) logger.warn(looseDataDir);
  const store = openStore<Database>({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(store.db, store.dialect, MIGRATIONS);

    const previousKeys = previousMasterKeys(config);
    const masterKey = loadOrCreateMasterKey(config.masterKey, config.dataDir);
    const secrets = createSecretBox(masterKey, previousKeys);
    await tenancyRepo.putSettingIfAbsent(narrow<TenancyTables>(store).db, KEY_CHECK, secrets.keyCheck);
    // During a master key rotation (lifeboat rotate-master-key) the database may still name the previous key.
    const acceptedChecks = [secrets.keyCheck, ...previousKeys.map((key) => createSecretBox(key).keyCheck)];
    if (!acceptedChecks.includes((await tenancyRepo.getSetting(narrow<TenancyTables>(store).db, KEY_CHECK)) ?? '')) {
      throw new ConfigError('LIFEBOAT_MASTER_KEY', 'does not match the key this database was encrypted with (every node needs the same key)');
    }

    // With LIFEBOAT_CLOUD=aws there is no simulated cloud: no sim admin routes, no demo estate. The driver (and
    // the AWS SDK) is imported only then: on the simulated cloud it would cost ≈0.7 s of start-up and ≈100 MiB.
    const aws = config.cloud === 'aws' ? new (await import('../cloud/aws/index.ts')).AwsCloud(config.aws) : undefined;
    const sim = aws ? undefined : new SimCloud(relaxedStore(narrow(store)), { latencyMs: config.simLatencyMs });
    const metrics = createMetrics();
    // Every service calls the cloud through its pacing (src/cloud/pacing.ts): throttled calls slow their lane and retry.
    const cloud: CloudProvider = pacedProvider<CloudProvider>(aws ?? sim!, { onThrottled: (call) => metrics.cloudThrottled.inc({ call }) });
    let runner: JobRunner | undefined;
    const now = options.now ?? (() => Date.now());
    const tenancy = createTenancyService({
      store: narrow(store),
      configuredAdminTokenHash: config.adminToken ? hashToken(config.adminToken) : undefined,
      now,
    });
    const audit = createAuditService({ store: narrow(store) });
    const accessKeys = createAccessKeysService({ store: narrow(store), secrets, now });
    const sessions = createSessionsService({ store: narrow(store), secrets, settings: config.sessions, now });
    const network = createNetworkService({ store: narrow(store), tenancy, now });
    const idempotency = createIdempotency({ store: narrow(store), now });
    const wake = () => runner?.wake();
    const connections = createConnectionsService({
      store: narrow(store), secrets, cloud, now, wake, principalArn: config.awsPrincipalArn, connectivityCheckMs: config.connectivityCheckMs,
    });
    const assemblies = createAssembliesService({
      store: narrow(store), cloud, now, wake, secrets, allowPrivate: config.webhookAllowPrivate,
      connections: {
        cloudAccess: connections.cloudAccess, idsNamedLike: connections.idsNamedLike, namesOf: connections.namesOf,
        namesIn: (db, ids) => connections.namesIn(joined(db), ids),
      },
      // The policies service needs the assemblies' port, so it is made below; this is only called after start-up.
      policies: { protectionInterval: (assemblyId) => policies.protectionInterval(assemblyId, now()) },
      onDeleted: async (trx, assemblyId) => {
        await removeAssemblyPolicies(joined(trx), assemblyId);
        await removeAssemblyWebhooks(joined(trx), assemblyId);
        await removeAssemblyDrillPolicies(joined(trx), assemblyId);
      },
    });
    const policyAssemblies: PolicyAssembliesPort = {
      statusIn: (db, ref) => assemblies.statusIn(joined(db), ref),
      enabledIn: (db, refs) => assemblies.enabledIn(joined(db), refs),
    };
    const policies = createPoliciesService({ store: narrow(store), now, assemblies: policyAssemblies });
    const connectionGroups = createConnectionGroupsService({
      store: narrow(store), now, wake, principalArn: config.awsPrincipalArn,
      connections: {
        liveConnectionIds: connections.liveConnectionIds, updateRegionsAndServices: connections.updateRegionsAndServices,
        createForGroup: (db, scope, input) => connections.createForGroup(joined(db), scope, input),
      },
    });
    const webhooks = createWebhooksService({ store: narrow(store), secrets, assemblies, now, wake, allowPrivate: config.webhookAllowPrivate });
    const protections = createProtectionsService({
      store: narrow(store), cloud, connections, now, wake, secrets, snapshotParallelism: SNAPSHOT_PARALLELISM,
      retentionFor: (assemblyId) => policies.retentionFor(assemblyId),
      assemblies: {
        get: assemblies.get, streamSelection: assemblies.streamSelection, recordSelectionVpc: assemblies.recordSelectionVpc,
        findIn: (db, id) => assemblies.findIn(joined(db), id),
        claimForProtection: (db, ...claim) => assemblies.claimForProtection(joined(db), ...claim),
        showProtection: (db, ...shown) => assemblies.showProtection(joined(db), ...shown),
        hookSubject: (db, id) => assemblies.hookSubject(joined(db), id),
      },
      hooks: { runPreHook: webhooks.runPreHook, queuePostHook: (trx, ...hook) => webhooks.queuePostHook(joined(trx), ...hook) },
    });
    const source = protections.recoverySource;
    const recoveries = createRecoveriesService({
      store: narrow(store), cloud, now, wake, secrets, parallelism: RECOVERY_PARALLELISM, skipTransferStep: options.skipTransferStep,
      assemblies: { get: assemblies.get, validatorSecret: assemblies.validatorSecret, hookSubject: (db, id) => assemblies.hookSubject(joined(db), id) },
      validatorTargets: { allowPrivate: config.webhookAllowPrivate },
      connections: {
        cloudAccess: connections.cloudAccess, inventoryIds: connections.inventoryIds,
        namesIn: (db, ids) => connections.namesIn(joined(db), ids),
      },
      protections: {
        find: source.find, latestSuccessful: source.latestSuccessful,
        capturedSkeletons: source.capturedSkeletons, capturedOf: source.capturedOf,
        findIn: (db, id) => source.findIn(joined(db), id),
        markRecovered: (db, id, at) => source.markRecovered(joined(db), id, at),
      },
      policies: { protectionInterval: (assemblyId) => policies.protectionInterval(assemblyId, now()) },
      hooks: { runPreHook: webhooks.runPreHook, queuePostHook: (trx, ...hook) => webhooks.queuePostHook(joined(trx), ...hook) },
    });
    const drills = createDrillsService({
      store: narrow(store), now, wake,
      assemblies: { statusIn: (db, ref) => assemblies.statusIn(joined(db), ref), enabledIn: (db, refs) => assemblies.enabledIn(joined(db), refs) },
      recoveries: drillRecoveries({ recoveries, connections, cloud }),
      hooks: { queuePostHook: (trx, ...hook) => webhooks.queuePostHook(joined(trx), ...hook) },
    });
    // What holds an assembly's deletion, now that both exist: its protections, and its recoveries (cancelled and waited for too).
    const assemblyDeletionHolds: AssemblyDeletionHolds = {
      lockedCount: protections.deletionHolds.lockedCount,
      purge: protections.deletionHolds.purge,
      async cancelRunning(assemblyId) {
        const protection = await protections.deletionHolds.cancelRunning(assemblyId);
        return (await recoveries.cancelRunningOn(assemblyId)) || protection;
      },
    };

    const boot = await bootstrapTenancy(tenancy, narrow(store), {
      dataDir: config.dataDir, adminTokenConfigured: config.adminToken !== undefined, logger,
    });
    // The demo estate lives in the simulated cloud; on real AWS there is none to seed.
    if (config.demo && sim) await seedDemo({ store, sim, connections, assemblies, policies, accountId: boot.defaultAccountId, logger });

    if (options.worker) {
      runner = new JobRunner(store, {
        workerId: randomId(`worker-${hostname()}-${process.pid}`, 4),
        leaseMs: config.jobLeaseMs, pollMs: config.jobPollMs, concurrency: config.jobConcurrency, logger,
        onOutcome: (kind, outcome, durationMs) => {
          metrics.jobOutcomes.inc({ kind, outcome });
          metrics.jobDuration.observe({ kind }, durationMs / 1000);
        },
      });
      const scheduler = schedulerTickHandler({ store: narrow(store), now, wake, assemblies: policyAssemblies, fire: (trx, firing) => protections.fireScheduled(joined(trx), firing) });
      // The second signal beside a connection group's stack callback: CloudFormation's own status of the stack.
      const stacks = stackCheck({ store: narrow(store), cloud, postProcess: (report) => connectionGroups.postProcess(report), now });
      const handlers = [
        ...connections.jobHandlers, connections.deletionJob([assemblies.connectionGuard]), assemblies.deletionJob(assemblyDeletionHolds),
        ...protections.jobHandlers(recoveries.holdsProtection), ...recoveries.jobHandlers, ...drills.jobHandlers, ...webhooks.jobHandlers, scheduler, stacks.handler,
        assemblies.rpoEvaluationJob({ queue: (trx, ...hook) => webhooks.queuePostHook(joined(trx), ...hook) }),
      ];
      for (const handler of handlers) runner.register(handler);
      runner.every('connections.connectivity-sweep', config.connectivityCheckMs);
      runner.every(SCHEDULER_TICK_KIND, SCHEDULER_TICK_MS);
      runner.every(RESET_SWEEP_KIND, config.resetSweepMs);
      // Drills wait on their recovery's automatic reset, which the reset sweep starts: look at least as often as it does.
      runner.every(DRILLS_TICK_KIND, Math.min(SCHEDULER_TICK_MS, config.resetSweepMs));
      runner.every(STACK_CHECK_KIND, config.stackCheckMs);
      runner.every(RPO_EVALUATION_KIND, RPO_EVALUATION_MS);
    }

    // One limiter for every surface: a token failing on /api/v1 and on /v3 is the same credential.
    const authLimit = createAuthLimiter(config.authLimit, {
      now,
      // A refused caller has no account: the refusal is recorded on the default account, once per window.
      onLimited: async ({ request, limited, kind, retryAfterSeconds }) => {
        logger.warn({ reqId: request.id, ip: request.ip, limited, credential: kind, retryAfterSeconds }, 'failed authentications limited');
        await audit.record({
          account_id: boot.defaultAccountId, project_id: null, actor: `address:${request.ip}`, actor_name: 'unauthenticated caller',
          action: 'authenticationLimited', method: request.method, path: request.url.split('?')[0]!,
          target_type: limited === 'key' ? kind : 'address', target_id: null,
          result: 'failure', status_code: 429, request_id: request.id, created_at: now(),
        }).catch((error: unknown) => logger.error({ err: error }, 'could not record the audit event'));
      },
    });
    // Each surface answers in its own error dialect; anything outside them (ops, docs, the console) in the native one.
    const http = await createHttpServer({
      logger, version: VERSION, dialects: [groupsDialect, networkDialect], rootDialect: withConsoleNotFound(nativeErrorHandler),
      ...(config.tls ? { https: readTls(config.tls) } : {}),
    });
    http.addHook('onResponse', (request, reply, done) => {
      metrics.httpDuration.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
    // Scheduled catalog backups run where the worker runs; with several workers the first to claim a slot in the database takes it.
    let catalogBackups: CatalogBackups | undefined;
    let s3Backups: { close(): void } | undefined;
    if (options.worker && config.catalogBackup) {
      const settings = config.catalogBackup;
      const targets: BackupTarget[] = settings.dir ? [folderTarget(settings.dir)] : [];
      if (settings.s3) {
        const bucket = await s3Target(settings.s3, config.aws);
        s3Backups = bucket;
        targets.push(bucket);
      }
      const openReader = store.dialect === 'sqlite' ? () => openStore<any>({ databaseUrl: undefined, dataDir: config.dataDir }) : undefined;
      catalogBackups = startCatalogBackups({ settings, store, openReader, masterKey, targets, logger, metrics, now });
    }
    await http.register(opsRoutes({
      db: store.db, dialect: store.dialect, migrations: MIGRATIONS, metrics, catalogBackup: catalogBackups ? () => catalogBackups.describe() : undefined,
      collect: () => collectGauges(store, metrics, () => assemblies.rpoOfLive()),
    }));
    if (options.api) {
      // A signed-in person's session authenticates on the three surfaces the console reads, like a token.
      const cookies = sessionCookies(reachedOverHttps(config));
      const personAuth = sessionAuth(sessions, cookies.session);
      await http.register(nativeSurface({
        tenancy, accessKeys, audit, idempotency, connections, assemblies, protections, recoveries, policies, drills, webhooks, sim, authLimit,
        sessions: { service: sessions, auth: personAuth, idleMs: config.sessions.idleMs },
      }), { prefix: '/api/v1' });
      await http.register(ssoRoutes({
        sessions, sso: config.sso && { config: config.sso, oidc: createOidcClient(config.sso) }, settings: config.sessions,
        tenancy, audit, secrets, now, publicUrl: config.publicUrl, cookies, limiter: authLimit,
      }));
      await http.register(connectionGroupsSurface({ tenancy, audit, groups: connectionGroups, defaultAccountId: boot.defaultAccountId, authLimit, sessions: personAuth }), { prefix: groupsDialect.prefix });
      if (sim) {
        // The simulated CloudFormation calls post-process through the HTTP stack, as a stack's function would.
        const stacks = {
          store: narrow<SimStackTables & SimTables>(store),
          readTemplate: (groupId: string, version: number, baseUrl: string) => connectionGroups.templateForStack(groupId, version, baseUrl),
          postProcess: async (body: Record<string, unknown>) => {
            const res = await http.inject({ method: 'POST', url: '/connections/aws/post-process', payload: body });
            return { statusCode: res.statusCode, body: res.json() as unknown };
          },
        };
        await http.register(simStackSurface({ tenancy, audit, stacks, authLimit }), { prefix: '/api/v1' });
      }
      await http.register(networkSurface({ tenancy, accessKeys, network, audit, now, authLimit, sessions: personAuth }), { prefix: networkDialect.prefix });
      await http.register(consoleRoutes());
    }
    await http.ready();
    if (runner) await runner.start();

    return {
      config, logger, store, http, runner, sim, tenancy, connections, connectionGroups, assemblies, protections, recoveries, policies, drills, webhooks, network,
      defaultAccountId: boot.defaultAccountId, adminTokenFile: boot.adminTokenFile, catalogBackups,
      async close() {
        catalogBackups?.stop();
        s3Backups?.close();
        await runner?.stop();
        await http.close();
        aws?.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
