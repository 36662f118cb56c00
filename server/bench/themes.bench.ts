/**
 * Theme suggestions against hand-made themes: the labelled sessions in bench/themes/ (Finnish, Swedish,
 * English) are grouped per question by the server's own `suggestThemes`, by other representations and
 * clusterings for comparison, and by a simple baseline (items sharing their first noun, or first content
 * word). Scores: adjusted Rand index and pairwise F1 over all items (pairs never cross questions). Then the
 * time for one question of 2,000 thoughts. Run from the repository root:
 *   node scripts/pnpm.mjs run bench:themes
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Language } from '@aquarium/shared';
import { normaliser } from '../src/themes/suggest/normalize.js';
import { defaults, suggestThemes, type SuggestOptions, type Unthemed } from '../src/themes/suggest/suggest.js';
import { cosine, termCounts, tfidf } from '../src/themes/suggest/vectors.js';
import { loadVoikko } from '../src/themes/suggest/voikko.js';
import { readLabelled, type LabelledQuestion } from './themes/labelled.js';
import { adjustedRand, pairwiseF1 } from './themes/score.js';

const here = (f: string) => new URL(`./themes/${f}`, import.meta.url).pathname;
const sets: { language: Language; questions: LabelledQuestion[] }[] = [
  { language: 'fi', questions: readLabelled(here('fi.txt')) },
  { language: 'sv', questions: readLabelled(here('sv.txt')) },
  { language: 'en', questions: readLabelled(here('en.txt')) },
];

type Grouping = (language: Language, texts: string[], trueCount: number) => string[];

const items = (texts: string[]): Unthemed[] => texts.map((text, i) => ({ kind: 'note', id: `n${i}`, text }));

/** The server's suggestions as labels: an item in no suggestion is a group of its own. */
const suggested =
  (options: Partial<SuggestOptions>): Grouping =>
  (language, texts) => {
    const labels = texts.map((_, i) => `single${i}`);
    suggestThemes(language, items(texts), [], options).suggestions.forEach((s, k) =>
      s.members.forEach((m) => (labels[Number(m.id.slice(1))] = `s${k}`)),
    );
    return labels;
  };

/** Baseline: the first noun (Voikko) or the first content word, normalised the same way. */
const baseline: Grouping = (language, texts) =>
  texts.map((text, i) => {
    const words = normaliser(language).words(text);
    return (words.find((w) => w.noun) ?? words[0])?.key ?? `single${i}`;
  });

/** Spherical k-means on the same vectors, told the true number of themes (which a scribe cannot tell it). */
const kMeans: Grouping = (language, texts, k) => {
  const norm = normaliser(language);
  const { vectors } = tfidf(texts.map((t) => termCounts(norm.words(t), defaults.partWeight)));
  // Farthest-first seeds, deterministic.
  const seeds = [0];
  while (seeds.length < Math.min(k, vectors.length)) {
    let far = 0;
    let farSim = Infinity;
    vectors.forEach((v, i) => {
      const s = Math.max(...seeds.map((c) => cosine(v, vectors[c] ?? v)));
      if (s < farSim) [far, farSim] = [i, s];
    });
    seeds.push(far);
  }
  let centroids = seeds.map((i) => vectors[i] ?? { terms: new Int32Array(), weights: new Float32Array() });
  let labels = new Array<number>(vectors.length).fill(0);
  for (let round = 0; round < 20; round++) {
    labels = vectors.map((v) => {
      let best = 0;
      centroids.forEach((c, j) => {
        if (cosine(v, c) > cosine(v, centroids[best] ?? c)) best = j;
      });
      return best;
    });
    centroids = centroids.map((c, j) => {
      const sum = new Map<number, number>();
      vectors.forEach((v, i) => {
        if (labels[i] === j) v.terms.forEach((t, x) => sum.set(t, (sum.get(t) ?? 0) + (v.weights[x] ?? 0)));
      });
      if (sum.size === 0) return c;
      const entries = [...sum].sort((a, b) => a[0] - b[0]);
      const norm = Math.hypot(...entries.map((e) => e[1]));
      return {
        terms: Int32Array.from(entries, (e) => e[0]),
        weights: Float32Array.from(entries, (e) => e[1] / norm),
      };
    });
  }
  return labels.map(String);
};

const score = (grouping: Grouping, language?: Language, session?: string) => {
  const truth: string[] = [];
  const predicted: string[] = [];
  for (const set of sets) {
    if (language && set.language !== language) continue;
    set.questions.forEach((q, qi) => {
      if (session && q.session !== session) return;
      const labels = grouping(
        set.language,
        q.items.map((i) => i.text),
        new Set(q.items.map((i) => i.theme)).size,
      );
      q.items.forEach((item, i) => {
        truth.push(`${set.language}${qi}:${item.theme}`);
        predicted.push(`${set.language}${qi}:${labels[i]}`);
      });
    });
  }
  return { ari: adjustedRand(truth, predicted), f1: pairwiseF1(truth, predicted), n: truth.length };
};

const fmt = (x: number) => x.toFixed(2);
const row = (name: string, grouping: Grouping) => {
  const cells = (['fi', 'sv', 'en'] as const).map((l) => score(grouping, l));
  console.log(`| ${name} | ${cells.map((c) => `${fmt(c.ari)} / ${fmt(c.f1)}`).join(' | ')} |`);
};

console.log(`Voikko: ${loadVoikko() ? 'yes (Finnish base forms and compound parts)' : 'no (Snowball stems only)'}`);
for (const set of sets) {
  const n = set.questions.reduce((s, q) => s + q.items.length, 0);
  const themes = set.questions.reduce((s, q) => s + new Set(q.items.map((i) => i.theme)).size, 0);
  console.log(`${set.language}: ${n} items, ${set.questions.length} questions, ${themes} hand-made themes`);
}
console.log('\nARI / pairwise F1 per language\n');
console.log('| method | fi | sv | en |');
console.log('| --- | --- | --- | --- |');
row('base forms + compound parts, average link (used)', suggested({}));
row('base forms + parts, no derivation roots, average link', suggested({ rootWeight: 0 }));
row('base forms only, average link', suggested({ partWeight: 0, rootWeight: 0 }));
row('Snowball stems, average link', suggested({ voikko: false }));
row('spherical k-means, k = true theme count', kMeans);
row('baseline: first noun / first content word', baseline);

console.log('\nPer Finnish session, ARI / F1 (the Kainuu session was written after the settings were chosen):\n');
for (const session of [...new Set(sets[0]?.questions.map((q) => q.session))]) {
  const used = score(suggested({}), 'fi', session);
  const base = score(baseline, 'fi', session);
  console.log(`  ${session}: ${fmt(used.ari)} / ${fmt(used.f1)} (baseline ${fmt(base.ari)} / ${fmt(base.f1)})`);
}

console.log('\nThreshold (average cosine similarity within a suggested theme), ARI / F1:\n');
console.log('| threshold | fi | sv | en |');
console.log('| --- | --- | --- | --- |');
for (const threshold of [0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.14, 0.2]) {
  row(`${threshold.toFixed(2)}${threshold === defaults.threshold ? ' (used)' : ''}`, suggested({ threshold }));
}

/**
 * "Belongs to …?": each hand-made theme exists with its name and the first half of its items; the other
 * half is unthemed. How many of those are proposed for a theme, and how many of the proposals are right.
 */
console.log('\nExisting theme proposed for an unthemed item (half of each theme already sorted):\n');
console.log('| min. similarity | fi proposed / right | sv proposed / right | en proposed / right |');
console.log('| --- | --- | --- | --- |');
for (const placeThreshold of [0.2, 0.3, 0.4]) {
  const cells = sets.map((set) => {
    let held = 0;
    let proposed = 0;
    let right = 0;
    for (const q of set.questions) {
      const names = [...new Set(q.items.map((i) => i.theme))];
      const sorted = names.map((name) => q.items.filter((i) => i.theme === name));
      const themes = names.map((name, t) => ({
        id: `t${t}`,
        name,
        texts: (sorted[t] ?? []).slice(0, Math.ceil((sorted[t] ?? []).length / 2)).map((i) => i.text),
      }));
      const rest = sorted.flatMap((list, t) =>
        list
          .slice(Math.ceil(list.length / 2))
          .map((i, k) => ({ kind: 'note' as const, id: `t${t}-${k}`, text: i.text })),
      );
      held += rest.length;
      const { placements } = suggestThemes(set.language, rest, themes, { placeThreshold });
      proposed += placements.length;
      right += placements.filter((p) => p.item.id.split('-')[0] === p.themeId).length;
    }
    return `${Math.round((100 * proposed) / held)} % / ${Math.round((100 * right) / Math.max(1, proposed))} %`;
  });
  console.log(
    `| ${placeThreshold.toFixed(2)}${placeThreshold === defaults.placeThreshold ? ' (used)' : ''} | ${cells.join(' | ')} |`,
  );
}

console.log('\nSuggested names, first Finnish question (hand-made theme of most members → name):');
const firstQuestion = sets[0]?.questions[0];
if (firstQuestion) {
  for (const s of suggestThemes('fi', items(firstQuestion.items.map((i) => i.text)), []).suggestions) {
    const themes = s.members.map((m) => firstQuestion.items[Number(m.id.slice(1))]?.theme ?? '');
    const top = [...new Set(themes)].sort(
      (a, b) => themes.filter((t) => t === b).length - themes.filter((t) => t === a).length,
    )[0];
    console.log(`  ${top} (${s.members.length}) → ${s.name}`);
  }
}

// One question of 2,000 thoughts: the labelled Finnish texts again and again, each with a few words of another.
const finnish = sets[0]?.questions.flatMap((q) => q.items.map((i) => i.text)) ?? [];
const big = Array.from({ length: 2000 }, (_, i) => {
  const other = (finnish[(i * 7 + 3) % finnish.length] ?? '').split(' ').slice(0, 2).join(' ');
  return `${finnish[i % finnish.length] ?? ''} ${i % 3 === 0 ? other : ''}`.trim();
});
const times: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < 6; run++) {
  const started = performance.now();
  const usage = process.cpuUsage();
  suggestThemes('fi', items(big), []);
  times.push(performance.now() - started);
  const used = process.cpuUsage(usage);
  cpu.push((used.user + used.system) / 1000);
}
const cpuMedian = cpu.slice(1).sort((a, b) => a - b)[Math.floor((cpu.length - 1) / 2)] ?? 0;
const [first = 0, ...rest] = times;
const median = rest.sort((a, b) => a - b)[Math.floor(rest.length / 2)] ?? 0;
const used = score(suggested({}), 'fi');
const base = score(baseline, 'fi');
console.log(
  `\n2,000 items in one question: first run ${Math.round(first)} ms, then median ${Math.round(median)} ms` +
    ` (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, 2 cores; this thread's CPU time, median ${Math.round(cpuMedian)} ms)`,
);
console.log(
  `themes: ARI ${fmt(used.ari)}, pairwise F1 ${fmt(used.f1)}, baseline ARI ${fmt(base.ari)}, 2000 items in ${Math.round(median)} ms`,
);
