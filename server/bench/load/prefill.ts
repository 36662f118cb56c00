/**
 * Fills a stored session with a long session's history, written straight into its SQLite file while
 * no server runs: participants who joined earlier, their thoughts (each published, as an approved
 * thought is) and a scribe's notes. The server then loads it as any session it finds on disk.
 */
import { join } from 'node:path';
import type { SessionEvent } from '@aquarium/shared';
import { openSqliteStorage } from '../../src/storage/sqlite.js';

export interface Prefill {
  participants: number;
  thoughts: number;
  notes: number;
  /** Whether each thought was also published (false: pending, a history only staff see; default true). */
  publish?: boolean;
}

export const prefillSession = async (dataDir: string, sessionId: string, fill: Prefill) => {
  const storage = openSqliteStorage(join(dataDir, 'aquarium.sqlite'));
  try {
    const stored = await storage.loadEvents(sessionId);
    let seq = stored.at(-1)!.seq;
    const at = Date.now() - 3_600_000;
    const batch: SessionEvent[] = [];
    const push = async (e: Omit<SessionEvent, 'seq' | 'at'>, flush = false) => {
      batch.push({ ...e, seq: ++seq, at } as SessionEvent);
      if (batch.length >= 2000 || flush) await storage.append(sessionId, { events: batch.splice(0) });
    };
    const pid = (i: number) => `early${i % fill.participants}`;
    for (let i = 0; i < fill.participants; i++) {
      const participant = { id: pid(i), displayName: null, stakeholderGroupId: `g${(i % 6) + 1}` };
      await push({ type: 'participant.joined', data: { participant } } as never);
    }
    for (let i = 0; i < fill.thoughts; i++) {
      const thought = {
        id: `early-t${i}`,
        participantId: pid(i),
        stakeholderGroupId: `g${(i % 6) + 1}`,
        questionId: 'q1',
        phaseId: null,
        text: `Aiempi ajatus numero ${i}: jotain sanottavaa tästä aiheesta`,
        authorName: null,
        status: fill.publish === false ? ('pending' as const) : ('approved' as const),
        pinned: false,
        themeId: null,
        submittedAt: at,
      };
      await push({ type: 'thought.submitted', data: { thought } } as never);
      if (fill.publish === false) continue;
      const { participantId: _p, status: _s, phaseId: _ph, ...published } = thought;
      await push({ type: 'thought.published', data: { thought: published } } as never);
    }
    for (let i = 0; i < fill.notes; i++) {
      const note = {
        id: `early-n${i}`,
        phaseId: null,
        questionId: 'q1',
        themeId: null,
        text: `Kirjurin muistiinpano ${i}`,
        order: i,
        createdAt: at,
      };
      await push({ type: 'note.added', data: { note } } as never, i === fill.notes - 1);
    }
    if (batch.length > 0) await storage.append(sessionId, { events: batch.splice(0) });
    return seq;
  } finally {
    await storage.close();
  }
};
