/** Each value's share of the total in whole percent (0 for all when the total is 0). */
export const sharePercents = (values: readonly number[]): number[] => {
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => (total > 0 ? Math.round((v / total) * 100) : 0));
};
