import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import type { ServerOptions } from 'socket.io';
import { ErrorCode, type ServerStatus } from '@aquarium/shared';
import type { Clock, Ids } from './clock.js';
import { clientPages, joinPageLanguage, sendPage } from './http/clientPage.js';
import { sendError } from './http/errors.js';
import { lazyChildLogger } from './logging.js';
import { noStoreByDefault } from './http/noStore.js';
import { securityHeaders } from './http/securityHeaders.js';
import { createMetrics } from './ops/metrics.js';
import { opsRoutes } from './ops/routes.js';
import { joinRoutes } from './participants/routes.js';
import { qrRoutes } from './qr/routes.js';
import { createRealtime, type SocketRate } from './realtime/socket.js';
import { commandHandlers } from './handlers.js';
import { createLimits, type LimitStore } from './security/limits.js';
import { RecentGrants } from './security/recentGrants.js';
import { addressResolver, fastifyTrust, type TrustProxy } from './security/trustProxy.js';
import { SessionRegistry } from './engine/registry.js';
import { projectPublicRoutes } from './projects/publicRoutes.js';
import { projectReportOf } from './projects/reportLink.js';
import { PublishedSummaries } from './projects/report.js';
import { projectReportRoutes } from './projects/reportRoutes.js';
import { projectRoutes } from './projects/routes.js';
import type { ReportDownload } from './projects/download.js';
import { sessionRoutes } from './sessions/routes.js';
import { setupCopyRoute } from './sessions/setupCopyRoute.js';
import { FileCache } from './summary/fileCache.js';
import { createRenderPool } from './summary/renderPool.js';
import { summaryRoutes, type Download } from './summary/routes.js';
import { failureCode, failureMessage, storageFailure } from './storage/failure.js';
import { StorageHealth } from './storage/health.js';
import type { Storage } from './storage/storage.js';

export const DEFAULT_RETENTION_DAYS = 30;

export interface AppDeps {
  storage: Storage;
  clock: Clock;
  ids: Ids;
  publicUrl: string;
  /** Built client to serve; skipped when absent (API-only tests). */
  clientDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** The process's logger (main.ts): Fastify logs through the same instance as everything else. */
  loggerInstance?: FastifyBaseLogger;
  /** Bearer token for GET /metrics (METRICS_TOKEN); without one, /metrics is off. */
  metricsToken?: string | null;
  /** A session with no connection and no command for this long leaves memory (rebuilt on its next use). */
  sessionIdleMs?: number;
  /** Wrong join codes allowed per address per minute. */
  joinFailuresPerMinute?: number;
  /** Wrong join codes allowed per minute from an address some session's staff or projector use (a venue). */
  venueJoinFailuresPerMinute?: number;
  /** The wrong-code window in seconds (60; tests shorten it). */
  joinFailureWindowSeconds?: number;
  /** Participants created per address per minute. */
  joinsPerMinute?: number;
  /** Participants created per session and minute from an address its staff or projector use (a venue). */
  venueJoinsPerMinute?: number;
  /** Summary downloads per address per minute. */
  downloadsPerMinute?: number;
  /** Sessions one address may create per minute. */
  sessionsPerMinute?: number;
  /** Participants one session may hold. */
  maxParticipants?: number;
  /** Websocket connections one address, and one token, may hold on this node. */
  connectionsPerAddress?: number;
  connectionsPerToken?: number;
  /** Which proxies may name the client's address (`TRUST_PROXY`). */
  trustProxy?: TrustProxy;
  /** Redis that all nodes count their limits in; without it each node counts in memory. */
  limitStore?: LimitStore;
  /** The deployment's name in Redis (REDIS_STREAM), so two deployments on one Redis count apart. */
  limitPrefix?: string;
  /** Worker threads rendering summary files (0: on the event loop, for a benchmark's baseline only). */
  renderWorkers?: number;
  /** CPU priority of the render threads (19, the lowest; tests that run many files at once use 0). */
  renderNice?: number;
  /** Days after its end when a session is deleted, unless it set its own. */
  retentionDays?: number;
  socketRate?: SocketRate;
  adapter?: ServerOptions['adapter'];
  /** Several server nodes share the storage: decide each command on the newest stored events. */
  sharedStorage?: boolean;
  /** Whether Redis (through which several nodes wake each other) is reachable, and a way to hear when it changes. */
  broadcast?: { ok: () => boolean; onChange: (listener: () => void) => void };
}

/** Builds the whole app from its dependencies; `main.ts` only reads the config and listens. */
export const createApp = async (deps: AppDeps) => {
  const app = Fastify({
    ...(deps.loggerInstance ? { loggerInstance: deps.loggerInstance } : { logger: deps.logger ?? false }),
    childLoggerFactory: lazyChildLogger,
    bodyLimit: 200_000,
    trustProxy: fastifyTrust(deps.trustProxy ?? false),
  });
  noStoreByDefault(app);
  // Every storage call is watched: a lost database or a full disk is told to every screen and to /readyz.
  const health = new StorageHealth(deps.storage);
  const storage = health.storage;
  const status = (): ServerStatus => ({
    storage: health.status,
    broadcast: deps.broadcast && !deps.broadcast.ok() ? 'delayed' : 'ok',
  });
  const metrics = createMetrics();
  let draining = false;
  const recentGrants = new RecentGrants();
  const realtime = createRealtime(app.server, {
    ...deps,
    recentGrants,
    storage,
    status,
    metrics,
    log: app.log,
    accepting: () => !draining,
    clientAddress: addressResolver(deps.trustProxy ?? false),
    connectionsPerAddress: deps.connectionsPerAddress ?? 2200,
    connectionsPerToken: deps.connectionsPerToken ?? 10,
  });
  const tell = () => realtime.tellStatus(status());
  health.onChange(tell);
  deps.broadcast?.onChange(tell);
  const registry = new SessionRegistry({
    ...deps,
    storage,
    handlers: commandHandlers,
    onWrite: metrics.write,
    publish: realtime.publish,
    shared: deps.sharedStorage ?? false,
  });
  realtime.attach(registry);
  registry.deleted.push((id) => recentGrants.dropSession(id));

  securityHeaders(app, deps.publicUrl);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => ({
      statusCode: 429,
      error: { code: ErrorCode.RateLimited, message: 'too many requests; wait a moment and try again' },
    }),
  });

  const limits = createLimits(
    {
      joinFailuresPerMinute: deps.joinFailuresPerMinute ?? 60,
      venueJoinFailuresPerMinute: deps.venueJoinFailuresPerMinute ?? 600,
      joinFailureWindowSeconds: deps.joinFailureWindowSeconds,
      joinsPerMinute: deps.joinsPerMinute ?? 120,
      venueJoinsPerMinute: deps.venueJoinsPerMinute ?? 2000,
      downloadsPerMinute: deps.downloadsPerMinute ?? 300,
      prefix: deps.limitPrefix,
    },
    deps.limitStore,
    (address) => realtime.venue.hasAny(address),
  );
  const { joinFailures } = limits;
  // A request that storage could not serve: 503 with the same code a socket command gets, never a crash.
  app.setErrorHandler((err, _request, reply) => {
    const failure = storageFailure(err);
    if (failure) return sendError(reply, 503, failureCode(failure), failureMessage(failure));
    throw err; // Fastify's own handling for everything else
  });
  const routeDeps = { ...deps, storage };
  await app.register(sessionRoutes, routeDeps);
  await app.register(joinRoutes, {
    ...routeDeps,
    registry,
    joinFailures,
    joins: limits.joins,
    venueJoins: limits.venueJoins,
    isVenue: (sessionId: string, address: string) => realtime.venue.has(sessionId, address),
    recentGrants,
    maxParticipants: deps.maxParticipants ?? 2000,
  });
  await app.register(qrRoutes, routeDeps);
  await app.register(setupCopyRoute, { ...routeDeps, registry });
  const renderPool = createRenderPool({
    threads: deps.renderWorkers ?? 2,
    nice: deps.renderNice,
    onRendered: metrics.rendered,
  });
  const fileCache = new FileCache<Download>();
  registry.deleted.push((id) => fileCache.dropSession(id));
  await app.register(summaryRoutes, {
    ...routeDeps,
    registry,
    joinFailures,
    downloads: limits.downloads,
    renderPool,
    fileCache,
    projectReportOf: (sessionId) => projectReportOf(deps.storage, sessionId),
  });
  // Projects (issue #18): several sessions, one report built from what each published.
  const deleteSession = async (id: string) => {
    await registry.delete(id);
    realtime.closeSession(id);
  };
  const reportFiles = new FileCache<ReportDownload>();
  // A report file may hold a deleted session's text: every cached report file goes with any deletion.
  registry.deleted.push(() => reportFiles.clear());
  await app.register(projectRoutes, {
    ...routeDeps,
    registry,
    deleteSession,
    onProjectDeleted: () => reportFiles.clear(),
  });
  const summaries = new PublishedSummaries({ storage, registry });
  await app.register(projectReportRoutes, {
    ...routeDeps,
    registry,
    summaries,
    renderPool,
    downloads: limits.downloads,
  });
  await app.register(projectPublicRoutes, {
    ...routeDeps,
    joinFailures,
    downloads: limits.downloads,
    renderPool,
    fileCache: reportFiles,
  });
  app.get('/api/health', async () => ({ ok: true }));
  // Readiness: 503 while the database (or Redis, with several nodes) is unreachable or the disk is full;
  // the process itself stays up (/api/health) and recovers by itself.
  await app.register(opsRoutes, { status, draining: () => draining, metrics, metricsToken: deps.metricsToken ?? null });
  metrics.countSessionsWith(() => registry.size);

  const clientDir = deps.clientDir;
  const hasClient = clientDir !== undefined && existsSync(join(clientDir, 'index.html'));
  if (hasClient) {
    // The build writes .br and .gz beside each asset (scripts/precompress.mjs): sent as the browser accepts.
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      // Hashed assets never change; the page itself is asked for again each time.
      setHeaders: (res, path) =>
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  const pages = hasClient ? clientPages(clientDir) : null;
  app.setNotFoundHandler(async (request, reply) => {
    if (request.method === 'GET' && pages && !request.url.startsWith('/api/')) {
      // Client-side routes (/facilitator, /j/CODE, ...) all load the single-page app: a join link's in its session's
      // language (and with those strings preloaded), every other in Finnish.
      const join = /^\/j\/([^/?#]+)/.exec(request.url);
      const language = join ? await joinPageLanguage({ storage, registry, joinFailures }, request, join[1]!) : 'fi';
      return sendPage(request, reply, pages(language));
    }
    return sendError(reply, 404, ErrorCode.NotFound, 'not found');
  });

  /** Deletes every session whose retention has run out; runs hourly and once at start. */
  const sweep = async () => {
    const expired = await storage.expiredSessions(deps.clock.now(), deps.retentionDays ?? DEFAULT_RETENTION_DAYS);
    // Ten at a time: their deletes share one rewrite of the SQLite file (Eraser), without loading every
    // expired session into memory at once.
    for (let i = 0; i < expired.length; i += 10) {
      const batch = expired.slice(i, i + 10);
      await Promise.all(batch.map((id) => registry.delete(id)));
      for (const id of batch) realtime.closeSession(id);
    }
    // A project left with no session, unchanged for the retention, goes too (DESIGN: its retention covers its sessions).
    const projects = await storage.expiredProjects(deps.clock.now(), deps.retentionDays ?? DEFAULT_RETENTION_DAYS);
    for (const id of projects) await storage.deleteProject(id);
    if (projects.length > 0) reportFiles.clear();
    return expired.length;
  };
  const sweeper = setInterval(() => void sweep().catch((err) => app.log.error(err)), 3_600_000);
  sweeper.unref();
  app.addHook('onReady', async () => {
    await sweep();
  });

  // Sessions nobody uses leave memory, so a service that runs many sessions a day stays flat.
  const idleMs = deps.sessionIdleMs ?? 10 * 60_000;
  const unloader = setInterval(() => registry.unloadIdle(deps.clock.now(), idleMs), Math.min(idleMs, 60_000));
  unloader.unref();

  /**
   * Graceful shutdown (SIGTERM), first half: readiness turns 503 and new connections are refused; every
   * command already received is decided, written and acknowledged; then every client is disconnected so it
   * reconnects (behind the proxy, to another node). `app.close()` is the second half.
   */
  const drain = async () => {
    draining = true;
    await registry.drainAll();
    realtime.io.local.disconnectSockets(true);
  };

  // Before the HTTP server stops accepting: open websockets would otherwise keep close() waiting.
  app.addHook('preClose', async () => {
    clearInterval(sweeper);
    clearInterval(unloader);
    health.stop();
    await realtime.close();
    await renderPool.close();
  });

  return { app, io: realtime.io, registry, sweep, drain, metrics };
};
