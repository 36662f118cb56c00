/** English strings of the phone's alerts and settings; spread into `core.en.ts`. */
export const nowEn = {
  'phone.alert.offline':
    'The con\u00ADnection was lost. Recon\u00ADnecting… You can write a thought. It is sent when the con\u00ADnection returns.',
  'phone.alert.unsent':
    'Thoughts waiting to be sent: {n}. They are sent when the con\u00ADnection returns. Do not close the page.',
  'phone.settings': 'Settings on this phone',
  'phone.plainLanguage': 'Plain language (simpler text, larger letters)',
  'phone.vibrate': 'Vibrate when the situation changes',
} as const;
