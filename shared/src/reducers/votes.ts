import { patch, put, type Fold } from './types.js';

export const voteOpened: Fold<'vote.opened'> = (s, e) => ({
  ...s,
  votes: { ...s.votes, [e.data.vote.id]: { ...e.data.vote, status: 'open', allocations: {}, revealed: null } },
});

export const voteAllocated: Fold<'vote.allocated'> = (s, e) => ({
  ...s,
  votes: patch(s.votes, e.data.voteId, (v) => ({
    ...v,
    allocations: put(v.allocations, e.data.participantId, e.data.allocation),
  })),
});

export const voteClosed: Fold<'vote.closed'> = (s, e) => ({
  ...s,
  votes: patch(s.votes, e.data.voteId, (v) => ({ ...v, status: 'closed' })),
});

export const voteRevealed: Fold<'vote.revealed'> = (s, e) => ({
  ...s,
  votes: patch(s.votes, e.data.voteId, (v) => ({ ...v, revealed: e.data.totals })),
});

export const voteTallied: Fold<'vote.tallied'> = (s, e) => ({
  ...s,
  votes: patch(s.votes, e.data.voteId, (v) => ({ ...v, voters: e.data.voters })),
});
