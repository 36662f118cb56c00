import { readFileSync } from 'node:fs';

/** One question of a labelled session: its items, each with the theme a person sorted it under. */
export interface LabelledQuestion {
  session: string;
  question: string;
  items: { text: string; theme: string }[];
}

/** Reads a labelled file: `= session | question`, `## theme`, then one item per line; `#` lines are comments. */
export const readLabelled = (path: string): LabelledQuestion[] => {
  const questions: LabelledQuestion[] = [];
  let theme = '';
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('= ')) {
      const [session = '', question = ''] = line.slice(2).split(' | ');
      questions.push({ session, question, items: [] });
    } else if (line.startsWith('## ')) theme = line.slice(3);
    else if (line && !line.startsWith('#')) questions[questions.length - 1]?.items.push({ text: line, theme });
  }
  return questions;
};
