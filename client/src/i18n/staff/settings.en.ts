import type { settingsStaffFi } from './settings.fi';

/** English strings of the facilitator's session settings; same keys as `settingsStaffFi`. */
export const settingsStaffEn = {
  'info.settings.title': 'Session settings',
  'info.settings.retentionTitle': 'Keeping the data',
  'info.settings.retentionLabel': "Delete this session's data this many days after it ends",
  'info.settings.retentionHint': '1–365 days. 30 = the server default.',
  'info.settings.retentionCurrent': 'Now: the data is deleted {days} days after the end.',
  'info.settings.retentionInvalid': 'Enter a whole number from 1 to 365.',
  'info.settings.retentionSave': 'Save retention period',
  'info.settings.linksTitle': 'Replace a secret link',
  'info.settings.linksHint':
    'If a link got into the wrong hands, replace it. The old link stops working at once and anyone using it is disconnected.',
  'info.settings.rotate.facilitator': 'Replace the facilitator link',
  'info.settings.rotate.scribe': 'Replace the scribe link',
  'info.settings.rotate.screen': 'Replace the projector link',
  'info.settings.rotating': 'Replacing…',
  'info.settings.newLink.facilitator': 'New facilitator link',
  'info.settings.newLink.scribe': 'New scribe link',
  'info.settings.newLink.screen': 'New projector link',
  'info.settings.rotated':
    'The old link no longer works, and people using it were disconnected. Share the new link only with those who need it.',
  'info.settings.rotatedSelf':
    'This console already uses the new link. The other facilitator has to open the new link.',
  'info.settings.deleteTitle': 'Delete everything now',
  'info.settings.deleteBody':
    'The session and all its data are deleted at once: participants, thoughts, notes, turns to speak and the summary. All links and the join code stop working and everyone is disconnected. This cannot be undone. Download the summary first if you need it.',
  'info.settings.deleteLabel': 'To confirm, type the join code {code}',
  'info.settings.deleteMismatch': "The code does not match this session's join code.",
  'info.settings.deleteButton': 'Delete the session and all its data',
  'info.settings.deleting': 'Deleting…',
} satisfies Record<keyof typeof settingsStaffFi, string>;
