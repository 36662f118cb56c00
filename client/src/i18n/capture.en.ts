import type { captureFi } from './capture.fi';

/** English strings of live capture on the phone: questions, writing thoughts, my thoughts and the dot vote; same keys as `captureFi`. */
export const captureEn = {
  'capture.question': 'Question',
  'capture.questionN': 'Question {n}',

  'capture.phone.title': 'Write a thought',
  'capture.phone.label': 'Your thought',
  'capture.phone.counter': '{n}/{max} charac\u00ADters',
  'capture.phone.empty': 'Write a thought first.',
  'capture.phone.tooLong': 'The thought is too long. Shorten it to at most {max} charac\u00ADters.',
  'capture.phone.rateLimited': 'You have sent many thoughts in a very short time. Wait a minute, then send again.',
  'capture.phone.showName': 'Show my name ({name})',
  'capture.phone.anonymous': 'The thought is sent anony\u00ADmously. Your group is shown with it, in the summary too.',
  'capture.phone.named': 'Your name is shown with the thought.',
  'capture.phone.send': 'Send thought',

  'capture.mine.title': 'My thoughts',
  'capture.mine.sending': 'Not sent yet',
  'capture.mine.sendingHint': 'The thought is kept on this phone and goes out when the con\u00ADnection returns.',
  'capture.mine.pending': 'Sent',
  'capture.mine.approved': 'Approved',
  'capture.mine.hidden': 'Hidden',
  'capture.mine.withdraw': 'Withdraw thought',
  'capture.mine.withdrawTitle': 'Withdraw this thought?',
  'capture.mine.withdrawConfirm': 'Yes, withdraw',

  'capture.vote.title': 'Vote',
  'capture.vote.points': '{n} dots',
  'capture.vote.intro': 'Give your dots to what matters most to you. You can give one item several dots.',
  'capture.vote.left': '{left} of {total} dots left',
  'capture.vote.mine': 'Your dots: {n}',
  'capture.vote.add': 'Add a dot: {name}',
  'capture.vote.remove': 'Remove a dot: {name}',
  'capture.vote.closedWait': 'The vote is closed. The results will be shown soon.',
  'capture.vote.results': 'Result of the vote',
} satisfies Record<keyof typeof captureFi, string>;
