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

/** What a route asks of a limit: whether a key has used up its allowance, and spending one of it. */
export interface Allowance {
  /** Whether the key has used up its points, without spending one. */
  spent(key: string): Promise<boolean>;
  /** Spends a point; false when none was left (the key is over its limit). */
  take(key: string): Promise<boolean>;
}

/**
 * One limit: `points` per `seconds` per key. With a Redis store every node counts in the same place;
 * if Redis fails, each node falls back to counting alone in memory until it is back.
 */
export class Limit implements Allowance {
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
  /**
   * Wrong join codes: counted only when a code is wrong; past it, codes are not looked up. An address that is a venue
   * (some session's staff or projector are connected from it) has the larger venue allowance.
   */
  joinFailures: Allowance;
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
  /** Wrong codes per minute from an address that is a venue of some session (a hall's typos); defaults to 600. */
  venueJoinFailuresPerMinute?: number;
  joinsPerMinute: number;
  /** Per session and venue address (see VenueAddresses); defaults to 2000, a full session in a minute. */
  venueJoinsPerMinute?: number;
  downloadsPerMinute: number;
  /** Redis key prefix: one deployment's nodes share it (REDIS_STREAM). */
  prefix?: string;
}

/** One allowance or the other, by whether the key is a venue's address (checked on every call). */
const byVenue = (ordinary: Allowance, venue: Allowance, isVenue: (key: string) => boolean): Allowance => ({
  spent: (key) => (isVenue(key) ? venue : ordinary).spent(key),
  take: (key) => (isVenue(key) ? venue : ordinary).take(key),
});

/** `isVenue`: whether an address is a venue of any session (see realtime/venue.ts). */
export const createLimits = (
  s: LimitSettings,
  store?: LimitStore,
  isVenue: (address: string) => boolean = () => false,
): Limits => ({
  joinFailures: byVenue(
    new Limit('join-fail', s.joinFailuresPerMinute, s.joinFailureWindowSeconds ?? 60, store, s.prefix),
    new Limit(
      'join-fail-venue',
      s.venueJoinFailuresPerMinute ?? 600,
      s.joinFailureWindowSeconds ?? 60,
      store,
      s.prefix,
    ),
    isVenue,
  ),
  joins: new Limit('join', s.joinsPerMinute, 60, store, s.prefix),
  venueJoins: new Limit('join-venue', s.venueJoinsPerMinute ?? 2000, 60, store, s.prefix),
  downloads: new Limit('download', s.downloadsPerMinute, 60, store, s.prefix),
});
