/** Swedish strings of the phone's top card, its alerts and settings, and joining while closed; spread into `core.sv.ts`. */
export const nowSv = {
  'now.vote': 'Röstningen är öppen',
  'now.write': 'Skriv en tanke',
  'now.myTurnHint': 'Tala nu. Facilitatorn avslutar din tur.',
  'now.listensHint': 'Lyssna. Skriv en tanke som du vill säga när din cirkel talar.',
  'now.writeForNext': 'Skriv en tanke för nästa fas',
  'now.lobbyHint': 'Tillfället börjar snart. Den här sidan ändras när det börjar.',
  'now.read': 'Läs högt',
  'now.readStop': 'Sluta läsa',
  'now.announce.myTurn': 'Nu är det din tur att tala.',
  'now.announce.invited': 'Handledaren bjuder in dig att tala.',
  'now.announce.vote': 'Röstningen har börjat. Ge dina poäng.',
  'now.announce.speaks': 'Fasen bytte. Din cirkel talar nu.',
  'now.announce.everyone': 'Fasen bytte. Alla talar nu.',
  'now.announce.listens': 'Fasen bytte. Din cirkel lyssnar nu.',
  'now.announce.write': 'Du kan skriva en tanke.',
  'now.announce.lobby': 'Vi väntar på att tillfället börjar.',
  'now.announce.ended': 'Tillfället har slutat.',

  'phone.alert.offline': 'Anslutningen bröts. Vi ansluter igen… Du kan skriva en tanke. Den skickas när anslutningen är tillbaka.',
  'phone.alert.unsent': 'Tankar som väntar på att skickas: {n}. De skickas när anslutningen är tillbaka. Stäng inte sidan.',
  'phone.settings': 'Inställningar i den här telefonen',
  'phone.plainLanguage': 'Lättläst svenska (enklare text, större bokstäver)',
  'phone.vibrate': 'Vibration när läget ändras',

  'phone.closed.title': 'Det går inte att gå med just nu',
  'phone.closed.body':
    'Handledaren har stängt för nya deltagare. Be handledaren att öppna igen, eller vänta på den här sidan.',
  'phone.closed.retrying': 'Sidan kontrollerar själv var trettionde sekund. Du kommer in så snart det öppnas.',
  'phone.closed.summary': 'När sammanfattningen publiceras kan du öppna den från den här sidan.',
} as const;
