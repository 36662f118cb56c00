import type { Circle, Participant } from '@aquarium/shared';

/**
 * Splits participants into two circles of equal size (±1) so that every stakeholder group is split
 * as evenly as possible too. Deterministic: groups in the order given, people in join order.
 */
export const balanceCircles = (participants: readonly Participant[], groupOrder: readonly string[]) => {
  const rank = (stakeholderGroupId: string) => {
    const i = groupOrder.indexOf(stakeholderGroupId);
    return i < 0 ? groupOrder.length : i;
  };
  const sorted = [...participants].sort(
    (a, b) => rank(a.stakeholderGroupId) - rank(b.stakeholderGroupId) || a.joinedAt - b.joinedAt,
  );
  const counts: Record<Circle, number> = { inner: 0, outer: 0 };
  const seats = new Map<string, Circle>();
  let lastGroup: string | null = null;
  let turn: Circle = 'inner';
  for (const p of sorted) {
    // Each group starts on the circle that is smaller so far, then alternates.
    if (p.stakeholderGroupId !== lastGroup) {
      turn = counts.inner <= counts.outer ? 'inner' : 'outer';
      lastGroup = p.stakeholderGroupId;
    }
    seats.set(p.id, turn);
    counts[turn]++;
    turn = turn === 'inner' ? 'outer' : 'inner';
  }
  return seats;
};

/**
 * Fills an inner circle of `size` people, taking one from each stakeholder group in turn (people in join order),
 * so that the small circle mixes the groups; everyone else sits in the outer circle.
 */
export const fillInnerCircle = (participants: readonly Participant[], groupOrder: readonly string[], size: number) => {
  const queues = new Map<string, Participant[]>();
  for (const id of groupOrder) queues.set(id, []);
  for (const p of [...participants].sort((a, b) => a.joinedAt - b.joinedAt)) {
    const q = queues.get(p.stakeholderGroupId) ?? [];
    q.push(p);
    queues.set(p.stakeholderGroupId, q);
  }
  const seats = new Map<string, Circle>(participants.map((p) => [p.id, 'outer']));
  let seated = 0;
  while (seated < Math.min(size, participants.length)) {
    for (const q of queues.values()) {
      const next = q.shift();
      if (!next || seated >= size) continue;
      seats.set(next.id, 'inner');
      seated++;
    }
  }
  return seats;
};
