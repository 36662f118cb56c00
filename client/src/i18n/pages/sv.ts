import type { pagesFi } from './fi';

/** Swedish strings of the privacy, accessibility and "session deleted" pages; same keys as `pagesFi`. */
export const pagesSv = {
  'info.back': 'Tillbaka',
  'info.home': 'Till startsidan',

  'info.privacy.title': 'Dataskyddsbeskrivning',
  'info.privacy.intro':
    'På den här sidan får du veta vilka uppgifter Utvärderingsakvarium sparar, vem som ser dem och när de raderas.',
  'info.privacy.storedTitle': 'Vilka uppgifter sparas',
  'info.privacy.stored1': 'Uppgifter om tillfället: namn, frågor, faser och intressentgrupper.',
  'info.privacy.stored2':
    'Om deltagaren: namn eller smeknamn, om du uppger det. Namnet är frivilligt. Dessutom den intressentgrupp som du valde, till exempel klient eller anställd.',
  'info.privacy.stored3':
    'Det som skrivs under tillfället: deltagarnas tankar, sekreterarens anteckningar och talturer med klockslag.',
  'info.privacy.stored4':
    'Vi frågar inte efter och sparar inte e-postadress eller telefonnummer. IP-adresser sparas inte i databasen.',
  'info.privacy.stored5':
    'Serverns tekniska loggar innehåller varken texten i tankar eller anteckningar, länkarnas hemliga nycklar eller deltagarkoder.',
  'info.privacy.stored6':
    'Webbläsaren i din telefon kommer ihåg att du har gått med i tillfället, så att du kommer tillbaka om sidan laddas om. Kakor används inte.',
  'info.privacy.seeTitle': 'Vem ser vad',
  'info.privacy.see1':
    'Handledarna, alltså de som leder tillfället, ser uppgifterna om sitt eget tillfälle. Undantaget är tankar som någon har skrivit ensam i en smågrupp och inte presenterat än.',
  'info.privacy.see2': 'Sekreteraren ser anteckningar och tankar, liksom de andra i personalen.',
  'info.privacy.see3': 'På storbilden visas bara tankar som handledaren har godkänt.',
  'info.privacy.seeNames':
    'På storbilden syns bara hur många som sitter i den inre cirkeln. Namnen syns där bara om handledaren väljer det, och då bara för dem som har angett ett namn.',
  'info.privacy.see4':
    'Tankarna är anonyma, om du inte själv väljer att ditt namn visas med tanken. Din intressentgrupp (till exempel klient) visas alltid med tanken, också i sammanfattningen.',
  'info.privacy.see5':
    'Andra deltagare ser inte ditt namn, om du inte visar det med en tanke. De ser inte tankar som väntar eller är dolda.',
  'info.privacy.see6':
    'I smågrupperna ser bara du de tankar som du skriver ensam, tills ordföranden ber dig presentera dem. Därefter ser medlemmarna i din grupp och handledarna dem. Medlemmarna i din grupp ser ditt namn, om du har uppgett det.',
  'info.privacy.see7':
    'När du har ordet visas ditt namn på storbilden och i telefonerna, om du gav det. Om du inte gav ett namn visas din intressentgrupp.',
  'info.privacy.see8':
    'Sammanfattningen visar antalet deltagare per intressentgrupp, taltur och deras längd per intressentgrupp och tankarna med intressentgrupp. Ditt namn syns bara med tankar där du valde det.',
  'info.privacy.keepTitle': 'Hur länge uppgifterna sparas',
  'info.privacy.keep1':
    'Alla uppgifter om tillfället raderas automatiskt 30 dagar efter att tillfället har avslutats. Handledaren kan välja en annan tid.',
  'info.privacy.keep2': 'Handledaren kan också radera alla uppgifter genast.',
  'info.privacy.keep3': 'Raderade uppgifter skrivs också över i databasfilen.',
  'info.privacy.whereTitle': 'Var uppgifterna finns',
  'info.privacy.where1': 'Uppgifterna finns på en egen server hos den organisation som ordnar tillfället.',
  'info.privacy.where2':
    'Tjänsten använder inga externa tjänster, typsnitt eller webbanalys. Uppgifterna skickas inte någon annanstans.',
  'info.privacy.rightsTitle': 'Dina rättigheter',
  'info.privacy.rights1': 'Du kan ta tillbaka dina egna tankar under tillfället.',
  'info.privacy.rights2': 'Du kan be handledaren eller arrangören av tillfället att radera dina uppgifter.',
  'info.privacy.rights3':
    'Du kan lämna in ett klagomål till dataombudsmannen (tietosuoja.fi), om du anser att dina uppgifter har behandlats fel.',
  'info.privacy.controllerTitle': 'Vem ansvarar för uppgifterna',
  'info.privacy.controller1':
    'Den organisation som ordnar tillfället ansvarar för uppgifterna (personuppgiftsansvarig).',
  'info.privacy.controller2': 'Fråga handledaren vilken organisation som ordnar tillfället och hur man når den.',
  'info.privacy.organiser': 'Ansvarig för uppgifterna i det här tillfället: {organiser}',

  'info.a11y.title': 'Tillgänglighetsutlåtande',
  'info.a11y.intro':
    'Utvärderingsakvarium strävar efter att uppfylla nivå AA i WCAG 2.1-riktlinjerna. Det krävs i lagen om tillhandahållande av digitala tjänster (306/2019).',
  'info.a11y.status': 'Tjänsten uppfyller kraven delvis. De kända bristerna beskrivs nedan.',
  'info.a11y.testedTitle': 'Hur tillgängligheten har kontrollerats',
  'info.a11y.tested1': 'Varje vy kontrolleras automatiskt med verktyget axe varje gång tjänstens tester körs.',
  'info.a11y.tested2': 'Användning med enbart tangentbord har testats.',
  'info.a11y.tested3': 'Namnen på knappar, formulär och meddelanden för skärmläsare har kontrollerats.',
  'info.a11y.limitsTitle': 'Kända brister',
  'info.a11y.limit1':
    'Sammanfattningens PDF-fil är strukturerad (taggad): en skärmläsare läser upp filens rubriker, listor och tabeller. Filens överensstämmelse med PDF/UA har inte kontrollerats med ett valideringsverktyg. Den mest tillgängliga formen är webbversionen.',
  'info.a11y.limit2':
    'Storbildsvyn är gjord för att läsas på avstånd. Samma uppgifter visas i deltagarens egen telefon.',
  'info.a11y.limit3':
    'Tjänsten finns på finska, svenska och engelska. Tillfällets egna texter (frågor, anteckningar, tankar och sammanfattningen) visas på det språk som de har skrivits på.',
  'info.a11y.limit4':
    'Tjänsten har inte testats tillsammans med personer som använder hjälpmedel än. En automatisk kontroll hittar inte alla problem.',
  'info.a11y.feedbackTitle': 'Respons',
  'info.a11y.feedback1': 'Om du märker ett tillgänglighetsproblem, berätta det för arrangören av tillfället.',
  'info.a11y.feedback2': 'Du kan också berätta om problemet för handledaren under tillfället.',
  'info.a11y.supervisionTitle': 'Tillsynsmyndighet',
  'info.a11y.supervision1':
    'Om du inte får svar inom 14 dagar eller inte är nöjd med svaret, kan du anmäla saken till Transport- och kommunikationsverket Traficoms tillsyn över tillgänglighet.',
  'info.a11y.supervisionLink': 'saavutettavuusvaatimukset.fi',

  'info.deleted.title': 'Tillfället och alla dess uppgifter har raderats.',
  'info.deleted.body': 'Tillfällets länkar och deltagarkod fungerar inte längre.',
} satisfies Record<keyof typeof pagesFi, string>;
