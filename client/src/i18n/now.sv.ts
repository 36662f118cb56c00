/** Swedish strings of the phone's alerts and settings; spread into `core.sv.ts`. */
export const nowSv = {
  'phone.alert.offline':
    'Anslutningen bröts. Vi ansluter igen… Du kan skriva en tanke. Den skickas när anslutningen är tillbaka.',
  'phone.alert.unsent':
    'Tankar som väntar på att skickas: {n}. De skickas när anslutningen är tillbaka. Stäng inte sidan.',
  'phone.settings': 'Inställningar i den här telefonen',
  'phone.plainLanguage': 'Lättläst svenska (enklare text, större bokstäver)',
  'phone.vibrate': 'Vibration när läget ändras',
} as const;
