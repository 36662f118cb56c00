import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Role } from '@aquarium/shared';

/**
 * The server's Prometheus metrics (docs/OPERATIONS.md says what each means and when to alert). One registry
 * per app, so tests that build several apps in one process do not share counts.
 */
export const createMetrics = () => {
  const registry = new Registry();
  // Node's own: resident memory, CPU, heap, GC, and event-loop delay (aquarium_nodejs_eventloop_lag_p99_seconds,
  // what every ack waits behind).
  collectDefaultMetrics({ register: registry, prefix: 'aquarium_', eventLoopMonitoringPrecision: 10 });

  const connections = new Gauge({
    name: 'aquarium_connections',
    help: 'Open socket connections on this node, by role',
    labelNames: ['role'] as const,
    registers: [registry],
  });
  const commands = new Counter({
    name: 'aquarium_commands_total',
    help: 'Commands answered, by name and outcome (ok or the error code)',
    labelNames: ['command', 'outcome'] as const,
    registers: [registry],
  });
  const commandSeconds = new Histogram({
    name: 'aquarium_command_duration_seconds',
    help: 'From a command arriving to its ack, by name (includes the durable write)',
    labelNames: ['command'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const batchSize = new Histogram({
    name: 'aquarium_write_batch_commands',
    help: 'Commands written together in one group commit',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [registry],
  });
  const writeSeconds = new Histogram({
    name: 'aquarium_write_duration_seconds',
    help: 'One group commit to storage, fsync included',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  let countSessions = () => 0;
  new Gauge({
    name: 'aquarium_sessions_in_memory',
    help: 'Sessions whose state this node holds in memory',
    registers: [registry],
    collect() {
      this.set(countSessions());
    },
  });
  let isReady = () => true;
  new Gauge({
    name: 'aquarium_ready',
    help: 'Whether this node is ready (1) or not (0): what GET /readyz answers, for alerting',
    registers: [registry],
    collect() {
      this.set(isReady() ? 1 : 0);
    },
  });
  const renderSeconds = new Histogram({
    name: 'aquarium_summary_render_seconds',
    help: 'Rendering one summary file, by format',
    labelNames: ['format'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  return {
    registry,
    connected(role: Role, change: 1 | -1) {
      connections.inc({ role }, change);
    },
    command(name: string, outcome: string, seconds: number) {
      commands.inc({ command: name, outcome });
      commandSeconds.observe({ command: name }, seconds);
    },
    write(commandsInBatch: number, seconds: number) {
      batchSize.observe(commandsInBatch);
      writeSeconds.observe(seconds);
    },
    /** Reads the number of sessions in memory at each scrape. */
    countSessionsWith(count: () => number) {
      countSessions = count;
    },
    /** Reads readiness (storage, Redis, not draining) at each scrape. */
    readyWith(ready: () => boolean) {
      isReady = ready;
    },
    rendered(format: string, seconds: number) {
      renderSeconds.observe({ format }, seconds);
    },
  };
};

export type Metrics = ReturnType<typeof createMetrics>;
