import { captureEn } from './capture.en';
import { nowEn } from './now.en';
import type { CoreKey } from './core.fi';
import { infoEn } from './info.en';
import { summaryEn } from './summary.en';
import { turnsEn } from './turns.en';

/**
 * English strings of the entry chunk's views. A lazy chunk (see `load.ts`): fetched when English is chosen
 * or a session is in English. `satisfies` keeps the keys exactly those of the Finnish catalog.
 */
export const coreEn = {
  'app.name': 'Evaluation aquarium',
  'app.skipToContent': 'Skip to content',
  'app.viewFailed': 'This view could not be loaded. Check your con\u00ADnection and reload the page.',
  'app.reload': 'Reload the page',
  'lang.label': 'Language',
  'lang.fi': 'Suomeksi',
  'lang.en': 'In English',
  'lang.sv': 'På svenska',

  'common.loading': 'Loading…',
  'common.dismiss': 'Dismiss message',
  'common.cancel': 'Cancel',
  'common.notFound.title': 'Page not found',
  'common.notFound.body': 'Check the address.',
  'common.backHome': 'To the front page',

  'circle.inner': 'Inner circle',
  'circle.outer': 'Outer circle',

  'phase.indicator': 'Phase {n}/{total}',
  'phase.notStarted': 'Not started',
  'phase.ended': 'Ended',
  'phase.speaks': 'Speaking: {circle}',
  'phase.speaksEveryone': 'Everyone speaks',
  'phase.listens': 'Listening: {circle}',
  'phase.focus': 'Questions now',
  'phase.timeLeft': 'Time left',
  'phase.paused': 'Timer paused',
  'phase.overtime': 'Over time',

  'conn.connecting': 'Con\u00ADnecting…',
  'conn.connected': 'Con\u00ADnected',
  'conn.reconnecting': 'Con\u00ADnection lost. Recon\u00ADnecting…',
  'conn.storageLost':
    "Con\u00ADnection to the server's storage lost. Your input is kept and saved when the con\u00ADnection is back.",
  'conn.storageFull':
    "The server's disk is full and nothing new can be saved now. Your input is kept. Tell the organiser.",
  'conn.delayed': 'Updates may arrive a few seconds late.',
  'conn.invalidLink': 'This link is not valid. Ask the facilitator for a new link.',
  'conn.oldVersion': 'The app has been updated. Please reload the page.',
  'conn.reload': 'Reload the page',
  'conn.noToken': 'Open this page with the link you were given. This browser has not opened this page before.',

  'phone.rate.title': 'How well were the goals reached?',
  'phone.rate.intro': 'Choose one answer for each goal. Your answer is anony\u00ADmous.',
  'phone.rate.goal': 'Goal {n}: {name}',
  'phone.rate.v4': 'Well',
  'phone.rate.v3': 'Fairly well',
  'phone.rate.v2': 'A little',
  'phone.rate.v1': 'Not at all',
  'phone.rate.cantSay': "Can't say",
  'phone.rate.progress': 'Rated {done}/{total}',
  'phone.rate.thanks': 'Thank you! You can still change your answers.',

  'error.INVALID_PAYLOAD': 'Some\u00ADthing in the details is wrong. Check and try again.',
  'error.UNAUTHORIZED': 'This link is not valid.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.NOT_FOUND': 'The session was not found.',
  'error.INVALID_STATE': 'This cannot be done right now.',
  'error.STALE': 'Someone else already moved the phase. The view is up to date now.',
  'error.JOIN_CODE_UNKNOWN': 'No session with this code. Check the code.',
  'error.JOINING_CLOSED': 'Joining for this session is closed.',
  'error.RATE_LIMITED': 'Too many tries. Wait a moment and try again.',
  'error.SESSION_FULL': 'The session is full. Ask the facilitator.',
  'error.UNKNOWN_COMMAND': 'The app has been updated. Please reload the page.',
  'error.PROTOCOL_MISMATCH': 'The app has been updated. Please reload the page.',
  'error.LISTENING_CIRCLE':
    'Your circle is listening now. Turns belong to the speaking circle. You can write a thought for the next phase.',
  'error.GOAL_RATING_CLOSED': 'Rating the goals is not open now.',
  'error.INTERNAL': 'Some\u00ADthing went wrong on the server. Try again.',
  'error.STORAGE_UNAVAILABLE':
    "Con\u00ADnection to the server's storage lost, and this was not saved. Try again in a moment.",
  'error.STORAGE_FULL': "The server's disk is full, and this was not saved. Tell the organiser.",
  'error.SHUTTING_DOWN': 'The server is restarting. Con\u00ADnecting again; nothing you sent is lost.',
  'error.network': 'Could not reach the server. Check the network and try again.',
  'error.pending': 'Not confirmed yet. It will be retried when the con\u00ADnection is back.',

  'home.title': 'Join a session',
  'home.intro': 'Type the code you see on the screen or got from the facilitator.',
  'home.codeLabel': 'Code',
  'home.codeHint': 'The code has 8 letters and numbers, for example KQ7F-M2XD.',
  'home.codeInvalid': 'This is not a valid code. It has 8 letters and numbers.',
  'home.join': 'Join',
  'home.staffTitle': 'For facili\u00ADtators',
  'home.create': 'Create a new session',
  'home.createProject': 'New project',

  'phone.joinTitle': 'Join: {title}',
  'phone.checking': 'Looking up the session…',
  'phone.nameLabel': 'Your name (optional)',
  'phone.nameHint': 'Leave empty to stay anony\u00ADmous.',
  'phone.groupLegend': 'Who are you in this session?',
  'phone.groupRequired': 'Choose one option.',
  'phone.developmentThemeLegend': 'Which develop\u00ADment theme interests you most?',
  'phone.developmentThemeHint': 'Optional. The lead may form the groups by theme.',
  'phone.developmentThemeNone': 'No prefer\u00ADence',
  'phone.join': 'Join',
  'phone.joining': 'Joining…',
  'phone.retryTitle': 'Try another code',
  'phone.tryAgain': 'Try again',
  'phone.joinAgain': 'Join again',
  'phone.waiting': 'Waiting for the session to start',
  'phone.ended': 'The session has ended. Thank you!',
  'phone.questions': 'Questions now',
  'phone.timeLeft': 'Time left',
  ...turnsEn,
  ...summaryEn,
  ...infoEn,
  ...captureEn,
  ...nowEn,
} satisfies Record<CoreKey, string>;
