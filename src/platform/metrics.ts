import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The process's Prometheus metrics, on a registry of its own (several apps can live in one test process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lifeboat_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'lifeboat_http_request_duration_seconds',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    jobOutcomes: new Counter({
      name: 'lifeboat_jobs_total',
      help: 'Job attempts by kind and outcome (succeeded, retried, failed)',
      labelNames: ['kind', 'outcome'] as const,
      registers: [registry],
    }),
    cloudThrottled: new Counter({
      name: 'lifeboat_cloud_throttled_total',
      help: "Cloud calls the cloud throttled (each was paced and retried), by provider call",
      labelNames: ['call'] as const,
      registers: [registry],
    }),
    catalogBackups: new Counter({
      name: 'lifeboat_catalog_backups_total',
      help: 'Scheduled catalog backups by outcome (success, failure)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    catalogBackupLastTime: new Gauge({
      name: 'lifeboat_catalog_backup_last_timestamp_seconds',
      help: 'When the last scheduled catalog backup ended (Unix time), by its outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    catalogBackupLastSuccess: new Gauge({
      name: 'lifeboat_catalog_backup_last_success',
      help: '1 if the last scheduled catalog backup succeeded, 0 if it failed',
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'lifeboat_job_duration_seconds',
      help: 'Job attempt duration by kind',
      labelNames: ['kind'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
