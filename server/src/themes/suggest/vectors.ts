import type { Word } from './normalize.js';

/** A unit-length sparse vector: term indexes ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float32Array;
}

/** TF-IDF vectors of a set of texts, over their base forms and (with a weight) their compound parts. */
export interface Vectors {
  vectors: SparseVector[];
  /** Inverse document frequency per term index. */
  idf: Float64Array;
  termIndex: Map<string, number>;
}

/**
 * A word counts once for its base form; a compound's parts count `partWeight` each, so that
 * `palvelukuvaus` and `palvelun kuvaaminen` meet on `palvelu` and `kuvaus` without the parts outweighing
 * whole words.
 */
export const termCounts = (words: readonly Word[], partWeight: number, rootWeight = 0): Map<string, number> => {
  const counts = new Map<string, number>();
  const add = (term: string, w: number) => counts.set(term, (counts.get(term) ?? 0) + w);
  for (const word of words) {
    add(word.key, 1);
    if (word.parts.length > 1 && partWeight > 0) for (const part of word.parts) add(part, partWeight);
    if (rootWeight > 0) {
      for (const root of word.roots ?? []) if (root !== word.key && !word.parts.includes(root)) add(root, rootWeight);
    }
  }
  return counts;
};

/** Builds the vectors; `extra` texts (existing themes) share the vocabulary but not the document frequencies. */
export const tfidf = (docs: readonly Map<string, number>[]): Vectors => {
  const termIndex = new Map<string, number>();
  const df: number[] = [];
  for (const doc of docs) {
    for (const term of doc.keys()) {
      let i = termIndex.get(term);
      if (i === undefined) {
        i = termIndex.size;
        termIndex.set(term, i);
        df.push(0);
      }
      df[i] = (df[i] ?? 0) + 1;
    }
  }
  const n = docs.length;
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const vectors = docs.map((doc) => vectorOf(doc, termIndex, idf));
  return { vectors, idf, termIndex };
};

/** One text's vector in an existing vocabulary (terms outside it are left out). */
export const vectorOf = (doc: Map<string, number>, termIndex: Map<string, number>, idf: Float64Array): SparseVector => {
  const entries: [number, number][] = [];
  for (const [term, count] of doc) {
    const i = termIndex.get(term);
    // Sublinear term frequency: a word repeated in one note says little more than once.
    if (i !== undefined) entries.push([i, (1 + Math.log(count > 1 ? count : 1)) * (idf[i] ?? 1)]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  let squares = 0;
  for (const e of entries) squares += e[1] * e[1];
  const norm = Math.sqrt(squares) || 1;
  return {
    terms: Int32Array.from(entries, (e) => e[0]),
    weights: Float32Array.from(entries, (e) => e[1] / norm),
  };
};

export const cosine = (a: SparseVector, b: SparseVector): number => {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i] as number;
    const tb = b.terms[j] as number;
    if (ta === tb) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (ta < tb) i++;
    else j++;
  }
  return sum;
};

/** The full cosine similarity matrix (row-major, n×n), through an inverted index: pairs sharing no term cost nothing. */
export const similarityMatrix = (vectors: readonly SparseVector[], terms: number): Float32Array => {
  const n = vectors.length;
  const postings: { doc: number; w: number }[][] = Array.from({ length: terms }, () => []);
  vectors.forEach((v, doc) => v.terms.forEach((t, k) => postings[t]?.push({ doc, w: v.weights[k] as number })));
  const sim = new Float32Array(n * n);
  vectors.forEach((v, doc) => {
    const row = doc * n;
    v.terms.forEach((t, k) => {
      const w = v.weights[k] as number;
      for (const p of postings[t] ?? []) sim[row + p.doc] = (sim[row + p.doc] as number) + w * p.w;
    });
  });
  return sim;
};
