import type { turnsFi } from './turns.fi';

/** English strings of turns to speak on the phone and the current speaker; same keys as `turnsFi`. */
export const turnsEn = {
  'turns.title': 'Turns to speak',
  'turns.speakingNow': 'Speaking now',
  'turns.groupMember': 'A participant of group {group}',
  'turns.emptyChair': 'in the empty chair',

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
  'turns.phone.clearedAtPhase': 'If the phase changes before your turn, your request is removed. You can then ask again.',
  'turns.phone.keptAtPhase': 'Your request stays in the queue when the phase changes.',
  'turns.phone.clearedByPhase': 'The phase changed and your request to speak left the queue. Ask again if you still want to speak.',
  'turns.phone.offline': 'Your request is not sent yet because the connection is lost. It is sent when the connection returns.',
} satisfies Record<keyof typeof turnsFi, string>;
