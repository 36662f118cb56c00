import type { captureFi } from './capture.fi';

/** English strings of live capture that both phones and the staff views use (questions, the counter, the dot vote's); same keys as `captureFi`. */
export const captureEn = {
  'capture.question': 'Question',
  'capture.questionN': 'Question {n}',

  'capture.phone.counter': '{n}/{max} charac\u00ADters',

  'capture.vote.title': 'Vote',
  'capture.vote.points': '{n} dots',
  'capture.vote.left': '{left} of {total} dots left',
  'capture.vote.mine': 'Your dots: {n}',
  'capture.vote.add': 'Add a dot: {name}',
  'capture.vote.remove': 'Remove a dot: {name}',
  'capture.vote.results': 'Result of the vote',
} satisfies Record<keyof typeof captureFi, string>;
