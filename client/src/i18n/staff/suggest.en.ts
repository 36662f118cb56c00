import type { suggestStaffFi } from './suggest.fi';

/** English strings of theme suggestions; spread into `staff/en.ts`. */
export const suggestStaffEn = {
  'suggest.open': 'Suggest themes',
  'suggest.title': 'Suggested themes: {question}',
  'suggest.local':
    "Suggestions are computed on this service's own server; no text is sent anywhere else. Nothing changes until you accept.",
  'suggest.loading': 'Getting suggestions…',
  'suggest.failed': 'No suggestions could be fetched. Try again.',
  'suggest.none': 'No new suggestions: few points have no theme, or they are not alike.',
  'suggest.refresh': 'Suggest again',
  'suggest.close': 'Close suggestions',
  'suggest.name': 'Theme name',
  'suggest.count': '{n} points',
  'suggest.accept': 'Accept theme',
  'suggest.dismiss': 'Dismiss',
  'suggest.moveLabel': 'Where this point goes',
  'suggest.stay': 'In this suggestion',
  'suggest.moveTo': 'Move to: {name}',
  'suggest.leaveOut': 'Leave out of the suggestion',
  'suggest.note': 'Note',
  'suggest.thought': 'Thought',
  'suggest.accepted': 'Theme "{name}" created, {n} points.',
  'suggest.undo': 'Undo',
  'suggest.undone': 'Theme "{name}" deleted; its points have no theme again.',
  'suggest.dismissed': 'Suggestion "{name}" dismissed.',
  'suggest.fits': 'Fits an existing theme',
  'suggest.belongs': 'Belongs to {theme}?',
  'suggest.place': 'Add to theme',
  'suggest.notPlace': 'No',
} satisfies Record<keyof typeof suggestStaffFi, string>;
