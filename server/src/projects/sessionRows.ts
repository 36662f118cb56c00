import { latestSummaryVersion, type ProjectSessionRow, type SessionState } from '@aquarium/shared';

/** Where a session is: published wins over ended, ended over running. */
export const sessionState = (s: SessionState): ProjectSessionRow['state'] =>
  s.summary.versions.length > 0
    ? 'published'
    : s.status === 'ended'
      ? 'ended'
      : s.status === 'running'
        ? 'running'
        : 'planned';

/** One session as the project page lists it, from the server's full view of the session. */
export const sessionRow = (sessionId: string, createdAt: number, s: SessionState): ProjectSessionRow => {
  const counts = new Map<string, number>();
  for (const p of Object.values(s.participants))
    counts.set(p.stakeholderGroupId, (counts.get(p.stakeholderGroupId) ?? 0) + 1);
  return {
    sessionId,
    title: s.setup.title,
    region: s.setup.region,
    place: s.setup.place,
    date: s.setup.date,
    method: s.setup.method,
    state: sessionState(s),
    joinCode: s.joinCode,
    createdAt,
    participants: {
      total: s.participantOrder.length,
      byGroup: s.setup.stakeholderGroups
        .map((g) => ({ group: g.name, count: counts.get(g.id) ?? 0 }))
        .filter((g) => g.count > 0),
    },
    summaryVersion: latestSummaryVersion(s.summary),
  };
};
