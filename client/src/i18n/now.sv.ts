/** Swedish strings of the phone's alerts and settings; spread into `core.sv.ts`. */
export const nowSv = {
  'phone.alert.offline':
    'Anslut\u00ADningen bröts. Vi ansluter igen… Du kan skriva en tanke. Den skickas när anslut\u00ADningen är tillbaka.',
  'phone.alert.unsent':
    'Tankar som väntar på att skickas: {n}. De skickas när anslut\u00ADningen är tillbaka. Stäng inte sidan.',
  'phone.settings': 'In\u00ADställ\u00ADningar i den här telefonen',
  'phone.plainLanguage': 'Lättläst svenska (enklare text, större bokstäver)',
  'phone.vibrate': 'Vibration när läget ändras',
} as const;
