import { defaultAquariumSetup, type SessionEvent } from '@aquarium/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectReportConflict, type Storage, type StoredProject } from '../../src/storage/storage.js';
import type { OpenedStorage } from './storageContract.js';
import { DAY, T0 } from './storageFixtures.js';

const project = (id: string, at = T0): StoredProject => ({
  id,
  ownerHash: `${id}-owner`,
  createdAt: at,
  updatedAt: at,
  settings: JSON.stringify({ name: `Projekti ${id} ÅÄÖ "x" 🐟` }),
  report: JSON.stringify({ matches: null, text: '' }),
  reportCode: null,
});

const session = (id: string, joinCode: string, projectId: string | null, createdAt = T0) => ({
  id,
  joinCode,
  createdAt,
  projectId,
  tokens: [],
  events: [
    {
      seq: 1,
      at: createdAt,
      type: 'session.created',
      data: { setup: defaultAquariumSetup('fi'), joinCode },
    } as SessionEvent,
  ],
});

const version = (v: number, sessionIds: string[], code = 'CODE1') => ({
  version: v,
  publishedAt: T0 + v * 1000,
  document: JSON.stringify({ version: v, text: `teksti ${v}` }),
  sessionIds,
  code,
});

/** The project cases (issue #18) of the storage contract: run by `describeStorageContract` on every engine. */
export const describeProjectStorageContract = (name: string, open: () => Promise<OpenedStorage>) => {
  describe(`Storage contract, projects: ${name}`, () => {
    let db: OpenedStorage;
    let s: Storage;
    beforeEach(async () => {
      db = await open();
      s = db.storage;
    });
    afterEach(async () => {
      await db.cleanup();
    });

    it('creates, reads and updates a project; sessions belong to it in creation order', async () => {
      await s.createProject(project('p1'));
      expect(await s.project('p1')).toEqual(project('p1'));
      expect(await s.project('nope')).toBeNull();
      await s.createSession(session('b', 'BBBBBBBB', 'p1', T0 + 2));
      await s.createSession(session('a', 'AAAAAAAA', 'p1', T0 + 1));
      await s.createSession(session('c', 'CCCCCCCC', null));
      expect(await s.projectSessions('p1')).toEqual([
        { id: 'a', createdAt: T0 + 1 },
        { id: 'b', createdAt: T0 + 2 },
      ]);
      expect(await s.projectOfSession('a')).toBe('p1');
      expect(await s.projectOfSession('c')).toBeNull();
      expect(await s.projectOfSession('nope')).toBeNull();

      await s.updateProject('p1', { updatedAt: T0 + 5, settings: '{"name":"uusi"}' });
      await s.updateProject('p1', { updatedAt: T0 + 6, ownerHash: 'rotated' });
      await s.updateProject('p1', { updatedAt: T0 + 7, report: '{"text":"loppu"}' });
      expect(await s.project('p1')).toEqual({
        ...project('p1'),
        settings: '{"name":"uusi"}',
        ownerHash: 'rotated',
        report: '{"text":"loppu"}',
        updatedAt: T0 + 7,
      });
    });

    it('publishes report versions under one code, found by it; a second v1 or a taken code is refused', async () => {
      await s.createProject(project('p1'));
      await s.createProject(project('p2'));
      await s.createSession(session('a', 'AAAAAAAA', 'p1'));
      await s.publishProjectReport('p1', version(1, ['a']));
      // The code is set once: a later version's code does not replace it.
      await s.publishProjectReport('p1', version(2, ['a', 'a'], 'OTHER'));
      expect((await s.project('p1'))?.reportCode).toBe('CODE1');
      expect((await s.projectByReportCode('CODE1'))?.id).toBe('p1');
      expect(await s.projectByReportCode('OTHER')).toBeNull();
      expect(await s.projectReportVersions('p1')).toEqual([
        { version: 1, publishedAt: T0 + 1000 },
        { version: 2, publishedAt: T0 + 2000 },
      ]);
      expect(JSON.parse((await s.projectReportDocument('p1', 2))!)).toEqual({ version: 2, text: 'teksti 2' });
      expect(await s.projectReportDocument('p1', 3)).toBeNull();
      await expect(s.publishProjectReport('p1', version(2, ['a']))).rejects.toBeInstanceOf(ProjectReportConflict);
      await expect(s.publishProjectReport('p2', version(1, [], 'CODE1'))).rejects.toBeInstanceOf(ProjectReportConflict);
      // Nothing of the refused publication was stored.
      expect(await s.projectReportVersions('p2')).toEqual([]);
      expect((await s.project('p2'))?.reportCode).toBeNull();
    });

    it('deleting a session deletes the report versions built from it, and only those', async () => {
      await s.createProject(project('p1'));
      await s.createSession(session('a', 'AAAAAAAA', 'p1'));
      await s.createSession(session('b', 'BBBBBBBB', 'p1'));
      await s.publishProjectReport('p1', version(1, ['a']));
      await s.publishProjectReport('p1', version(2, ['a', 'b']));
      await s.publishProjectReport('p1', version(3, ['b']));
      await s.deleteSession('a');
      expect((await s.projectSessions('p1')).map((x) => x.id)).toEqual(['b']);
      expect((await s.projectReportVersions('p1')).map((v) => v.version)).toEqual([3]);
      expect(await s.projectReportDocument('p1', 1)).toBeNull();
    });

    it('deletes a project with its report; an empty project expires after the retention', async () => {
      await s.createProject(project('p1'));
      await s.createProject(project('p2', T0 + 10 * DAY));
      await s.createProject(project('p3'));
      await s.createSession(session('a', 'AAAAAAAA', 'p3'));
      await s.publishProjectReport('p1', version(1, []));
      expect(await s.expiredProjects(T0 + 29 * DAY, 30)).toEqual([]);
      // p3 keeps a session, so it never expires by itself.
      expect(await s.expiredProjects(T0 + 30 * DAY, 30)).toEqual([]);
      // p1 was changed (published) at T0 + 1 s.
      expect(await s.expiredProjects(T0 + 30 * DAY + 1000, 30)).toEqual(['p1']);
      expect((await s.expiredProjects(T0 + 40 * DAY, 30)).sort()).toEqual(['p1', 'p2']);
      await s.deleteProject('p1');
      expect(await s.project('p1')).toBeNull();
      expect(await s.projectByReportCode('CODE1')).toBeNull();
      expect(await s.projectReportVersions('p1')).toEqual([]);
      await s.deleteSession('a');
      expect(await s.expiredProjects(T0 + 30 * DAY, 30)).toEqual(['p3']);
    });
  });
};
