// The start and the end every multi-node fault scenario shares: fresh services for a cluster, and, once the
// traffic stops, every client checked against a full sync and the stored log.
import { expect } from 'vitest';
import { freshSchema } from './kit/freshSchema.js';
import {
  ackedLost,
  cluster,
  compareWithFullSync,
  expectedHeads,
  outcomes,
  storedLog,
  until,
  type BusySession,
} from './cluster.js';
import { privateRedis } from './faults.js';

/** A fresh PostgreSQL schema, a private Redis and a cluster on them; each is undone through `cleanup`. */
export const freshCluster = async (
  databaseUrl: string,
  cleanup: (() => unknown)[],
  env: Record<string, string> = {},
  /** The way the nodes reach the schema (through a proxy the test controls), when not directly. */
  route: (schemaUrl: string) => string = (url) => url,
) => {
  const schema = await freshSchema(databaseUrl);
  cleanup.push(() => schema.drop());
  const redis = await privateRedis();
  cleanup.push(() => redis.close());
  const c = await cluster({ DATABASE_URL: route(schema.url), REDIS_URL: redis.url, ...env });
  cleanup.push(() => c.stopAll());
  return { c, schema, redis };
};

/**
 * After the traffic: every command answered, every client at its head, and each compared with a full sync of
 * its identity on `url` and with the stored log.
 */
export const settle = async (session: BusySession, url: string, schemaUrl: string) => {
  await until(() => session.clients.every((cl) => cl.waiting === 0), 60_000, 'every command answered');
  const tokens = [session.tokens.facilitator, session.tokens.screen, ...session.joins.map((j) => j.token)];
  const heads = await expectedHeads(url, tokens);
  const convergedMs = await until(
    () => session.clients.every((cl, i) => cl.seq === heads[i]),
    60_000,
    'every client reaches its head',
  );
  const compared = await compareWithFullSync(url, session.clients, tokens);
  const stored = await storedLog(schemaUrl, session.created.sessionId);
  const done = outcomes(session.clients);
  return {
    done,
    /** From the last write to every client at its head. */
    convergedMs,
    figures: {
      ...compared,
      ackedLost: ackedLost(session.clients, stored.thoughtIds),
      doubled: stored.doubled,
      gaps: stored.gaps,
    },
  };
};

/** Nothing never shown, differing, lost, doubled or missing; every command answered with ok or a code. */
export const expectConverged = ({ done, figures }: Awaited<ReturnType<typeof settle>>) => {
  expect(figures.neverShown).toBe(0);
  expect(figures.differing).toBe(0);
  expect(figures.ackedLost).toBe(0);
  expect(figures.doubled).toBe(0);
  expect(figures.gaps).toBe(0);
  expect(done.unanswered).toBe(0);
  expect(done.uncoded).toBe(0);
};
