import type { ProjectReportDraft, SummaryDocument } from '@aquarium/shared';
import type { SessionRegistry } from '../engine/registry.js';
import type { Storage } from '../storage/storage.js';
import { composeProjectReport } from './compose.js';
import { suggestMatches, themeCatalogue } from './matching.js';
import { regionLabels, type PublishedSession } from './published.js';
import { mapQuestions } from './questions.js';
import type { Project } from './stored.js';

interface Deps {
  storage: Storage;
  registry: SessionRegistry;
}

/**
 * The newest published summary of each session, kept by version (a published version never changes): the most
 * recently used `max` of them, so a server of many projects does not keep every summary it ever read.
 */
export class PublishedSummaries {
  private readonly docs = new Map<string, { version: number; doc: SummaryDocument }>();

  constructor(
    private readonly deps: Deps,
    private readonly max = 200,
  ) {
    // A deleted session's text leaves memory with it.
    deps.registry.deleted.push((id) => this.docs.delete(id));
  }

  /** The session's newest published summary, or null (not published, or deleted). */
  async latest(sessionId: string): Promise<{ doc: SummaryDocument; method: PublishedSession['method'] } | null> {
    const runtime = await this.deps.registry.get(sessionId);
    const versions = runtime?.current.summary.versions ?? [];
    const version = versions.at(-1)?.version;
    if (!runtime || version === undefined) return null;
    const method = runtime.current.setup.method;
    const kept = this.docs.get(sessionId);
    if (kept?.version === version) {
      // Map order is insertion order: re-inserting marks it as the most recently used.
      this.docs.delete(sessionId);
      this.docs.set(sessionId, kept);
      return { doc: kept.doc, method };
    }
    const snapshots = await this.deps.storage.eventsOfType(sessionId, 'summary.snapshot');
    const snapshot = snapshots.findLast((e) => e.type === 'summary.snapshot' && e.data.version === version);
    if (!snapshot || snapshot.type !== 'summary.snapshot') return null;
    this.docs.delete(sessionId);
    this.docs.set(sessionId, { version, doc: snapshot.data.document });
    for (const oldest of this.docs.keys()) {
      if (this.docs.size <= this.max) break;
      this.docs.delete(oldest);
    }
    return { doc: snapshot.data.document, method };
  }
}

/** Everything the report is built from: each session's newest published summary, and who has not published. */
export const loadPublished = async (storage: Storage, summaries: PublishedSummaries, projectId: string) => {
  const sessions = await storage.projectSessions(projectId);
  const found = await Promise.all(sessions.map(async (s) => ({ id: s.id, latest: await summaries.latest(s.id) })));
  const published = found.filter((f) => f.latest !== null);
  const labels = regionLabels(
    published.map((f) => ({
      region: f.latest!.doc.region ?? '',
      place: f.latest!.doc.place,
      title: f.latest!.doc.sessionTitle,
    })),
  );
  return {
    published: published.map((f, i): PublishedSession => ({
      sessionId: f.id,
      region: labels[i]!,
      method: f.latest!.method,
      doc: f.latest!.doc,
    })),
    unpublishedIds: found.filter((f) => f.latest === null).map((f) => f.id),
  };
};

/** The report as it would be published now, with what the owner edits beside it. */
export const buildDraft = async (
  project: Project,
  published: PublishedSession[],
  opts: { version: number; publishedAt: number },
) => {
  // The word normalisers (stemmers, every language's stop words: several MB) load on the first report, not
  // with the server, whose sessions never need them on the main thread (theme suggestions run in a worker).
  const { nameWords } = await import('./words.js');
  const questions = mapQuestions(project.data.setup.questions, published);
  const themes = themeCatalogue(published, questions);
  const suggestedMatches = suggestMatches(themes, nameWords(project.data.language));
  const document = composeProjectReport({
    data: project.data,
    sessions: published,
    questions,
    matches: project.draft.matches ?? suggestedMatches,
    text: project.draft.text,
    ...opts,
  });
  return { document, themes, suggestedMatches } satisfies Partial<ProjectReportDraft>;
};
