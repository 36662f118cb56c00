import type { Method, SummaryDocument } from '@aquarium/shared';

/** One session's newest published summary: all the project report is ever built from. */
export interface PublishedSession {
  sessionId: string;
  /** The region as the report names it: unique within the project (see `regionLabels`). */
  region: string;
  method: Method;
  doc: SummaryDocument;
}

/**
 * Names the regions apart: a region named twice (two sessions in one region) gets its place or title after
 * it, and a number when even that is the same.
 */
export const regionLabels = (sessions: { region: string; place: string; title: string }[]): string[] => {
  const base = sessions.map((s) => s.region.trim() || s.title.trim() || s.place.trim() || '—');
  const count = (list: string[], name: string) => list.filter((x) => x === name).length;
  const withPlace = base.map((name, i) => {
    if (count(base, name) === 1) return name;
    const extra = sessions[i]!.place.trim() || sessions[i]!.title.trim();
    return extra && extra !== name ? `${name} – ${extra}` : name;
  });
  return withPlace.map((name, i) =>
    count(withPlace, name) === 1 ? name : `${name} (${count(withPlace.slice(0, i + 1), name)})`,
  );
};
