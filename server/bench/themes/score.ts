/** Clustering scores of a predicted labelling against hand-made labels (same length, any label values). */

const choose2 = (n: number) => (n * (n - 1)) / 2;

const contingency = (truth: readonly string[], predicted: readonly string[]) => {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  truth.forEach((t, i) => {
    const p = predicted[i] ?? '';
    cells.set(`${t}\u0000${p}`, (cells.get(`${t}\u0000${p}`) ?? 0) + 1);
    rows.set(t, (rows.get(t) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + choose2(n), 0);
  return { together: sum(cells), truthPairs: sum(rows), predictedPairs: sum(cols), pairs: choose2(truth.length) };
};

/** Adjusted Rand index (Hubert & Arabie): 1 for the same grouping, about 0 for a random one. */
export const adjustedRand = (truth: readonly string[], predicted: readonly string[]): number => {
  const c = contingency(truth, predicted);
  const expected = (c.truthPairs * c.predictedPairs) / c.pairs;
  const max = (c.truthPairs + c.predictedPairs) / 2;
  return max === expected ? 1 : (c.together - expected) / (max - expected);
};

/** Pairwise F1: precision and recall over the pairs of items put in one group. */
export const pairwiseF1 = (truth: readonly string[], predicted: readonly string[]): number => {
  const c = contingency(truth, predicted);
  if (c.together === 0) return 0;
  const precision = c.together / c.predictedPairs;
  const recall = c.together / c.truthPairs;
  return (2 * precision * recall) / (precision + recall);
};
