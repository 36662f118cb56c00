import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ServerStatus } from '@aquarium/shared';
import type { Metrics } from './metrics.js';

export interface OpsDeps {
  /** What the server stands on now (storage, and Redis with several nodes). */
  status: () => ServerStatus;
  /** True from SIGTERM on: this node finishes what it has and takes nothing new. */
  draining: () => boolean;
  metrics: Metrics;
  /** Bearer token that /metrics asks for (METRICS_TOKEN); without one, /metrics is off. */
  metricsToken: string | null;
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Probes and metrics for whoever runs the service (docs/OPERATIONS.md): liveness (the process answers),
 * readiness (send it traffic: storage and Redis reachable, not shutting down) and Prometheus metrics.
 */
export const opsRoutes = async (app: FastifyInstance, deps: OpsDeps) => {
  app.get('/livez', async () => ({ live: true }));

  const ready = () => {
    const now = deps.status();
    return now.storage === 'ok' && now.broadcast === 'ok' && !deps.draining();
  };
  deps.metrics.readyWith(ready);

  // 503 while the database (or Redis, with several nodes) is unreachable, the disk is full, or the node
  // drains for shutdown; the process itself stays up (/livez) and recovers by itself.
  app.get('/readyz', async (_request, reply) => {
    const isReady = ready();
    return reply.code(isReady ? 200 : 503).send({ ready: isReady, draining: deps.draining(), ...deps.status() });
  });

  app.get('/metrics', async (request, reply) => {
    if (!deps.metricsToken) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'metrics are off' } });
    const auth = request.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), deps.metricsToken)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: { code: 'UNAUTHORIZED', message: 'metrics need the bearer token (METRICS_TOKEN)' } });
    }
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
};
