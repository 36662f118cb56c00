import { pino, type Logger } from 'pino';

/**
 * The process's one structured logger (JSON lines). main.ts configures it and hands the same instance to
 * Fastify, so requests, commands and what runs outside a request (storage, Redis, the relay) log alike.
 * Until then, and in tests that do not set one, warnings and errors only.
 */
export let log: Logger = pino({ level: 'warn' });

export const setLog = (logger: Logger): void => {
  log = logger;
};
