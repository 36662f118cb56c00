import type { PublishedSession } from './published.js';

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The project's questions and where each session's published questions stand among them. */
export interface QuestionMap {
  questions: { number: number; text: string }[];
  /** The project question a session's question (by its number in that summary) is read under. */
  of(sessionId: string, sessionQuestion: number): number;
}

/**
 * Reads every session's questions under the project's: the same text first, else the same number (a question
 * reworded for one region), else a question of its own appended after the project's (so nothing is lost).
 */
export const mapQuestions = (base: { text: string }[], sessions: PublishedSession[]): QuestionMap => {
  const questions = base.map((q, i) => ({ number: i + 1, text: q.text }));
  const byText = new Map<string, number>();
  for (const q of questions) if (!byText.has(norm(q.text))) byText.set(norm(q.text), q.number);
  const map = new Map<string, number>();
  const key = (sessionId: string, n: number) => `${sessionId}\u0000${n}`;
  for (const s of sessions) {
    const used = new Set<number>();
    for (const q of s.doc.questions) {
      const n = byText.get(norm(q.text));
      if (n !== undefined && !used.has(n)) {
        map.set(key(s.sessionId, q.number), n);
        used.add(n);
      }
    }
    for (const q of s.doc.questions) {
      if (map.has(key(s.sessionId, q.number))) continue;
      let n = q.number <= base.length && !used.has(q.number) ? q.number : byText.get(norm(q.text));
      if (n === undefined) {
        n = questions.length + 1;
        questions.push({ number: n, text: q.text });
        byText.set(norm(q.text), n);
      }
      map.set(key(s.sessionId, q.number), n);
      used.add(n);
    }
  }
  return {
    questions,
    of: (sessionId, sessionQuestion) => map.get(key(sessionId, sessionQuestion)) ?? 0,
  };
};
