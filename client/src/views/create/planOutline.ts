import { MAX_ACTIVITY_DEPTH, MAX_GOALS, type Activity, type Goal, type DevelopmentTheme } from '@aquarium/shared';

/** What a pasted outline holds: goals with their parts, and development themes. */
export interface ImportedPlan {
  goals: Goal[];
  themes: DevelopmentTheme[];
}

const EXPECTED =
  /^(odotettu tulos|odotetut tulokset|tulos|förväntat resultat|förväntade resultat|resultat|expected results?|result)\s*:\s*/i;
const INDICATOR = /^(mittari|mittarit|indikaattori|indikator|indikatorer|indicators?)\s*:\s*/i;
const THEMES =
  /^(maakunnalliset\s+)?(kehittämisteemat|teemat|utvecklingsteman|teman|development themes|themes)\s*:?\s*$/i;
const GOAL = /^(tavoite|mål|goal)\s*\d*\s*[:.)-]?\s*/i;
const BULLET = /^(\s*)([-*•+]|\d+[.)])\s+(.*)$/;
/** A trailing date in parentheses: "(syksy 2024)", "(14.5.2025)"; only when it holds a digit. */
const DATE = /\s*\(([^()]*\d[^()]*)\)\s*$/;

const clean = (text: string) =>
  text
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Splits "Goal → expected result" (or "->") into its parts. */
const arrow = (text: string): [string, string] => {
  const at = text.search(/\s*(→|->)\s*/);
  if (at < 0) return [text, ''];
  return [
    text.slice(0, at).trim(),
    text
      .slice(at)
      .replace(/^\s*(→|->)\s*/, '')
      .trim(),
  ];
};

/**
 * Reads a simple text or Markdown outline into goals and themes: a heading or a "Tavoite:" line starts a
 * goal ("goal → expected result" on one line works too), "Odotettu tulos:" and "Mittari:" lines fill it,
 * bullets under it are its activities (nested by indentation, a date in trailing parentheses), and bullets
 * under a "Kehittämisteemat" heading are themes. The lists stay the source: this only fills them.
 */
export const parsePlanOutline = (text: string): ImportedPlan => {
  const goals: Goal[] = [];
  const themes: DevelopmentTheme[] = [];
  let mode: 'goal' | 'themes' | 'none' = 'none';
  // The open activity at each depth, to hang deeper bullets under.
  let path: { indent: number; activity: Activity }[] = [];
  let activityCount = 0;
  const goal = () => goals.at(-1);

  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) continue;
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(raw);
    const bullet = heading ? null : BULLET.exec(raw.replace(/\t/g, '  '));
    const line = clean(heading ? heading[1]! : bullet ? bullet[3]! : raw);
    if (!line) continue;
    if (THEMES.test(line)) {
      mode = 'themes';
      continue;
    }
    const startsGoal = (heading || (!bullet && GOAL.test(line))) && !EXPECTED.test(line) && !INDICATOR.test(line);
    if (startsGoal) {
      if (goals.length >= MAX_GOALS) break;
      const [name, expected] = arrow(line.replace(GOAL, '') || line);
      goals.push({ id: `goal${goals.length + 1}`, name, expectedResult: expected, indicators: [], activities: [] });
      mode = 'goal';
      path = [];
      continue;
    }
    if (mode === 'themes') {
      if (themes.length < 20) themes.push({ id: `t${themes.length + 1}`, name: line.slice(0, 80) });
      continue;
    }
    const current = goal();
    if (!current) continue;
    if (EXPECTED.test(line)) {
      current.expectedResult = [current.expectedResult, line.replace(EXPECTED, '')].filter(Boolean).join('\n');
    } else if (INDICATOR.test(line)) {
      current.indicators!.push(
        ...line
          .replace(INDICATOR, '')
          .split(/\s*;\s*/)
          .filter(Boolean),
      );
    } else if (bullet) {
      const indent = bullet[1]!.length;
      while (path.length > 0 && path.at(-1)!.indent >= indent) path.pop();
      const date = DATE.exec(line);
      const activity: Activity = { id: `a${++activityCount}`, text: date ? line.slice(0, date.index) : line };
      if (date) activity.date = date[1]!.trim();
      const parent = path.length < MAX_ACTIVITY_DEPTH ? path.at(-1) : path[MAX_ACTIVITY_DEPTH - 2];
      if (parent) (parent.activity.children ??= []).push(activity);
      else current.activities!.push(activity);
      if (path.length < MAX_ACTIVITY_DEPTH) path.push({ indent, activity });
    } else if (!current.expectedResult) {
      current.expectedResult = line;
    } else {
      current.activities!.push({ id: `a${++activityCount}`, text: line });
    }
  }
  return { goals, themes };
};
