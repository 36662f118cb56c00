/**
 * Average-link agglomerative clustering cut at a similarity threshold, by the nearest-neighbour chain
 * (O(n²) time on the n×n similarity matrix, which it overwrites). Returns a cluster number per item.
 *
 * Average link is reducible, so the chain finds the same merges as merging the most similar pair each
 * time. A cluster whose best similarity has fallen below the threshold can never rise above it again (its
 * similarity to a merged cluster is an average of values below the threshold), so it is set aside at once.
 */
export const averageLink = (sim: Float32Array, n: number, threshold: number): Int32Array => {
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  let remaining = n;
  const chain: number[] = [];
  let next = 0;
  while (remaining > 1) {
    if (chain.length === 0) {
      while (next < n && !active[next]) next++;
      if (next >= n) break;
      chain.push(next);
    }
    const a = chain[chain.length - 1] as number;
    const prev = chain.length > 1 ? (chain[chain.length - 2] as number) : -1;
    let best = prev;
    let bestSim = prev >= 0 ? (sim[a * n + prev] as number) : -Infinity;
    const row = a * n;
    for (let c = 0; c < n; c++) {
      if (c === a || !active[c]) continue;
      const s = sim[row + c] as number;
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    if (best < 0 || bestSim < threshold) {
      // Nothing is close enough to `a`, now or later: it is final, and the chain starts again.
      active[a] = 0;
      remaining--;
      chain.length = 0;
      continue;
    }
    if (best !== prev) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    // `a` and `prev` merge into `a`'s row: Lance–Williams update for average link.
    const sa = size[a] as number;
    const sb = size[prev] as number;
    const rb = prev * n;
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === a || c === prev) continue;
      const s = (sa * (sim[row + c] as number) + sb * (sim[rb + c] as number)) / (sa + sb);
      sim[row + c] = s;
      sim[c * n + a] = s;
    }
    size[a] = sa + sb;
    active[prev] = 0;
    remaining--;
    parent[find(prev)] = find(a);
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
};
