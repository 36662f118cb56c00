import type { nowCardFi } from './nowCard.fi';

/**
 * English strings of the aquarium phone: its top card, circle, thought form, own thoughts and dot vote. A part of its
 * own, loaded before the aquarium phone shows (`nowCatalog`): a small-group phone never fetches it.
 */
export const nowCardEn = {
  'turns.phone.ask': 'Ask for a turn',
  'turns.phone.askEmptyChair': 'Ask for the empty chair',
  'turns.phone.emptyChairHint':
    'Your circle is listening. You can ask to sit in the empty chair of the speaking circle.',
  'turns.phone.cancel': 'Cancel my request',
  'turns.phone.queued': 'You are in the queue. The facilitator will give you a turn.',
  'turns.phone.queuedEmptyChair': 'You are in the queue for the empty chair. The facilitator will give you a turn.',
  'turns.phone.yourTurn': "It's your turn now – you have the floor",
  'turns.phone.invited': 'The facilitator invites you to speak',
  'turns.phone.invitedHint': 'Ask for a turn when you are ready.',
  'turns.phone.place': 'You are number {n} in the queue.',
  'turns.phone.placeEmptyChair': 'You are number {n} in the queue for the empty chair.',
  'turns.phone.clearedAtPhase':
    'If the phase changes before your turn, your request is removed. You can then ask again.',
  'turns.phone.keptAtPhase': 'Your request stays in the queue when the phase changes.',
  'turns.phone.clearedByPhase':
    'The phase changed and your request to speak left the queue. Ask again if you still want to speak.',
  'turns.phone.offline':
    'Your request is not sent yet because the con\u00ADnection is lost. It is sent when the con\u00ADnection returns.',
  'now.vote': 'The vote is open',
  'now.write': 'Write a thought',
  'now.myTurnHint': 'Speak now. The facilitator ends your turn.',
  'now.listensHint': 'Listen. Write a thought for the next phase. You can say it when your circle speaks.',
  'now.writeHint': 'You can already write a thought. The facilitator sees it.',
  'now.writeForNext': 'Write a thought',
  'now.lobbyHint': 'The session starts soon. This page changes when it starts.',
  'now.read': 'Read aloud',
  'now.readStop': 'Stop reading',
  'now.announce.myTurn': 'It is your turn to speak now.',
  'now.announce.invited': 'The facilitator invites you to speak.',
  'now.announce.vote': 'The vote has started. Give your points.',
  'now.announce.speaks': 'The phase changed. Your circle speaks now.',
  'now.announce.everyone': 'The phase changed. Everyone speaks now.',
  'now.announce.listens': 'The phase changed. Your circle listens now.',
  'now.announce.write': 'You can write a thought.',
  'now.announce.lobby': 'Waiting for the session to start.',
  'now.announce.ended': 'The session has ended.',

  // The aquarium phone's circle, thought form, own thoughts and dot vote (the small-group phone has its own).
  'phone.inner': 'You are in the inner circle',
  'phone.outer': 'You are in the outer circle',
  'phone.unseated': 'The facilitator will seat you soon.',
  'phone.speaks': 'Your circle speaks now',
  'phone.listens': 'Your circle listens now',
  'phone.everyone': 'Everyone speaks now',
  'capture.phone.title': 'Write a thought',
  'capture.phone.label': 'Your thought',
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
  'capture.vote.intro': 'Give your dots to what matters most to you. You can give one item several dots.',
  'capture.vote.closedWait': 'The vote is closed. The results will be shown soon.',
} satisfies Record<keyof typeof nowCardFi, string>;
