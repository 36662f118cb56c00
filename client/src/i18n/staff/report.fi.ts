/** Finnish strings of the report's form: rich-text hint, renamed headings, footer, funding mark, publishing. */
export const reportStaffFi = {
  'report.richHint':
    'Muotoilu: **lihava**, *kursiivi*, "- " luettelo, "1. " numeroitu luettelo, kaksi välilyöntiä ennen "- " tekee alakohdan.',
  'report.form': 'Raportin ulkoasu',
  'report.formHint':
    'Otsikot, alatunniste ja rahoittajan merkki näkyvät Word- ja PDF-tiedostojen jokaisella sivulla. Tyhjä otsikko: oletus.',
  'report.headings': 'Otsikot',
  'report.footer': 'Alatunniste (esim. hanke ja vuodet, organisaatio, osoite, verkko-osoite)',
  'report.mark': 'Rahoittajan merkki (PNG tai SVG, enintään 100 kt)',
  'report.markAlt': 'Merkin teksti (esim. Vipuvoimaa EU:lta 2014–2020, Euroopan unioni)',
  'report.markChoose': 'Valitse kuva',
  'report.markRemove': 'Poista merkki',
  'report.markSet': 'Merkki on tallennettu: {alt}',
  'report.markNone': 'Ei merkkiä.',
  'report.markTooLarge': 'Kuva on liian suuri (enintään 100 kt).',
  'report.markType': 'Valitse PNG- tai SVG-kuva.',
  'report.markAltFirst': 'Kirjoita ensin merkin teksti.',
  'report.markFailed': 'Kuvaa ei voitu tallentaa. Kokeile toista tiedostoa.',
  'report.pending':
    '{n} ajatusta odottaa hyväksyntää. Niitä ei tule yhteenvetoon, ellei niitä hyväksytä ennen julkaisua.',
  'report.publishAnyway': 'Julkaise silti',
} as const;
