import type { FastifyInstance } from 'fastify';

/**
 * Nothing the server answers may be kept by a browser or a proxy unless its route says so: API answers
 * carry tokens (a new session's links, a phone's join) and personal data (names, thoughts, the draft
 * summary), and a kept error is worse than none (Chromium once showed a cached 410 "joining closed" for a
 * session that had opened since). Routes whose answers may be kept set their own `cache-control`: hashed
 * assets, QR codes, published summary files by version. An error is never kept, whatever its route set.
 * Registered on the root instance before any route, so every route and the not-found and error handlers
 * inherit it.
 */
export const noStoreByDefault = (app: FastifyInstance) => {
  // A callback hook, not an async one: no promise and no extra turn of the microtask queue per response.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode >= 400 || !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
};
