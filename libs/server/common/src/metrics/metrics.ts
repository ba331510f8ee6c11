import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * Every Prometheus metric Tryout exports, in one place (prom-client's process-wide registry: the
 * api and each worker are separate processes and export their own). docs/operations.md lists
 * them with what to alert on.
 */
let defaultsOn = false;
/** Process metrics (CPU, memory, event-loop lag, GC); once per process. */
export function collectProcessMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ prefix: 'tryout_' });
}

export const httpRequestDuration = new Histogram({
  name: 'tryout_http_request_duration_seconds',
  help: 'API request latency by method, route template and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export const queueWait = new Histogram({
  name: 'tryout_queue_wait_seconds',
  help: 'Time from enqueue to a worker starting the job (first attempt), by queue and priority',
  labelNames: ['queue', 'priority'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
});

export const judgeDuration = new Histogram({
  name: 'tryout_judge_phase_duration_seconds',
  help: 'Judge latency by language and phase: compile (container acquired, code compiled) and tests',
  labelNames: ['language', 'phase'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64],
});

export const verdicts = new Counter({
  name: 'tryout_verdicts_total',
  help: 'Final verdicts recorded, by language, mode (run/submit) and verdict',
  labelNames: ['language', 'mode', 'verdict'] as const,
});

export const janitorRemovals = new Counter({
  name: 'tryout_janitor_removed_containers_total',
  help: 'Leftover sandbox containers the janitor removed',
});

export const sweeperActions = new Counter({
  name: 'tryout_sweeper_submissions_total',
  help: 'Unfinished submissions the sweeper re-enqueued (job gone) or ended as internal_error',
  labelNames: ['action'] as const,
});

/** Sandbox counters the driver keeps itself; read at scrape time. */
export interface SandboxCounters {
  created: number;
  warmHits: number;
  reuseHits: number;
  handovers: number;
  coldStarts: number;
}

/** Exports a sandbox driver's counters and warm-pool size (a later call replaces an earlier driver's). */
export function registerSandboxMetrics(stats: SandboxCounters, poolSize: () => Record<string, number>): void {
  const monotonic = (name: string, help: string, read: () => number) => {
    register.removeSingleMetric(name);
    let last = 0;
    return new Counter({
      name,
      help,
      collect() {
        const now = read();
        if (now > last) this.inc(now - last);
        last = now;
      },
    });
  };
  monotonic('tryout_sandbox_container_starts_total', 'Sandbox containers started', () => stats.created);
  monotonic('tryout_sandbox_warm_hits_total', 'Jobs served by a warm, never-used container', () => stats.warmHits);
  monotonic('tryout_sandbox_reuse_hits_total', "Jobs served by the owner's previous container", () => stats.reuseHits);
  monotonic(
    'tryout_sandbox_handovers_total',
    "Jobs served by another owner's idle container, reset by its clean job end",
    () => stats.handovers,
  );
  monotonic(
    'tryout_sandbox_pool_misses_total',
    'Jobs that waited for a fresh container (no warm or reusable one)',
    () => stats.coldStarts,
  );
  register.removeSingleMetric('tryout_sandbox_warm_pool_size');
  new Gauge({
    name: 'tryout_sandbox_warm_pool_size',
    help: 'Warm containers ready, by language',
    labelNames: ['language'] as const,
    collect() {
      this.reset();
      for (const [language, n] of Object.entries(poolSize())) this.set({ language }, n);
    },
  });
}

/** Exports queue depth per state and priority, read from the queue at scrape time (a later call replaces it). */
export function registerQueueDepth(
  queue: string,
  read: () => Promise<{ state: string; priority: string; count: number }[]>,
): void {
  register.removeSingleMetric('tryout_queue_jobs');
  new Gauge({
    name: 'tryout_queue_jobs',
    help: 'Jobs in the queue by state (waiting counts per priority) at scrape time',
    labelNames: ['queue', 'state', 'priority'] as const,
    async collect() {
      this.reset();
      // Redis down: no depth series this scrape, but the rest of the scrape still answers.
      const rows = await read().catch(() => []);
      for (const r of rows) this.set({ queue, state: r.state, priority: r.priority }, r.count);
    },
  });
}

/** Exports the live editor's open WebSocket connections and loaded documents, read at scrape time. */
export function registerLiveEditorMetrics(read: () => { connections: number; documents: number }): void {
  register.removeSingleMetric('tryout_live_editor_connections');
  register.removeSingleMetric('tryout_live_editor_documents');
  new Gauge({
    name: 'tryout_live_editor_connections',
    help: 'Open live-editor connections (candidates and interviewers) on this api',
    collect() {
      this.set(read().connections);
    },
  });
  new Gauge({
    name: 'tryout_live_editor_documents',
    help: 'Live-editor documents loaded on this api',
    collect() {
      this.set(read().documents);
    },
  });
}

export const METRICS_CONTENT_TYPE = register.contentType;

export function renderMetrics(): Promise<string> {
  return register.metrics();
}

/** A bare HTTP listener answering GET /metrics (the worker's, or the api's when METRICS_PORT is set). */
export async function startMetricsServer(host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    renderMetrics().then(
      (body) => res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
