// Event-log fixtures for the replay test (server/test/replay.test.ts). With AQUARIUM_CAPTURE_EVENTS=<dir>, every
// test server writes the stored log of each session it created there when it closes; `compose.ts` then keeps a
// small set of those logs that holds every event type, as the fixtures of the current EVENT_VERSION.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Storage } from '../src/storage/storage.js';

export const captureEventLogs = async (storage: Storage, sessionIds: string[]) => {
  const dir = process.env.AQUARIUM_CAPTURE_EVENTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const test = (expect.getState().currentTestName ?? 'unnamed').replace(/[^\w-]+/g, '-').slice(0, 80);
  for (const id of sessionIds) {
    const events = await storage.loadEvents(id);
    writeFileSync(join(dir, `${test}-${id}.json`), JSON.stringify({ test, events }));
  }
};
