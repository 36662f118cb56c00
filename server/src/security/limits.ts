import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { createClient } from 'redis';

/** The Redis client the limits share between nodes (node-redis, as the adapter uses). */
export type LimitStore = ReturnType<typeof createClient>;

/**
 * One limit: `points` per `seconds` per key. With a Redis store every node counts in the same place;
 * if Redis fails, each node falls back to counting alone in memory until it is back.
 */
export class Limit {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly name: string,
    readonly points: number,
    readonly seconds: number,
    store?: LimitStore,
    prefix = 'aquarium',
  ) {
    const opts: IRateLimiterOptions = { keyPrefix: `${prefix}:limit:${name}`, points, duration: seconds };
    this.limiter = store
      ? new RateLimiterRedis({
          ...opts,
          storeClient: store,
          useRedisPackage: true,
          insuranceLimiter: new RateLimiterMemory(opts),
        })
      : new RateLimiterMemory(opts);
  }

  /** Whether the key has used up its points, without spending one. */
  async spent(key: string): Promise<boolean> {
    const res = await this.limiter.get(key);
    return res !== null && res.consumedPoints >= this.points;
  }

  /** Spends a point; false when none was left (the key is over its limit). */
  async take(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (err) {
      if (err instanceof RateLimiterRes) return false;
      throw err;
    }
  }
}

/** Every per-address limit of the HTTP side; see the README's configuration table for the figures. */
export interface Limits {
  /** Wrong join codes: counted only when a code is wrong; past it, codes are not looked up. */
  joinFailures: Limit;
  /** Participants created: a venue of 100 behind one address never meets it; a script does. */
  joins: Limit;
  /** Participants created per session from an address its staff or projector are connected from (a venue). */
  venueJoins: Limit;
  /** Summary downloads (served from the cache, rendered at most once per version and format). */
  downloads: Limit;
}

export interface LimitSettings {
  joinFailuresPerMinute: number;
  /** Window of the wrong-code limit in seconds (60; tests shorten it). */
  joinFailureWindowSeconds?: number;
  joinsPerMinute: number;
  /** Per session and venue address (see VenueAddresses); defaults to 2000, a full session in a minute. */
  venueJoinsPerMinute?: number;
  downloadsPerMinute: number;
  /** Redis key prefix: one deployment's nodes share it (REDIS_STREAM). */
  prefix?: string;
}

export const createLimits = (s: LimitSettings, store?: LimitStore): Limits => ({
  joinFailures: new Limit('join-fail', s.joinFailuresPerMinute, s.joinFailureWindowSeconds ?? 60, store, s.prefix),
  joins: new Limit('join', s.joinsPerMinute, 60, store, s.prefix),
  venueJoins: new Limit('join-venue', s.venueJoinsPerMinute ?? 2000, 60, store, s.prefix),
  downloads: new Limit('download', s.downloadsPerMinute, 60, store, s.prefix),
});
