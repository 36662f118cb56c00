/** Swedish strings of the report's form: rich-text hint, renamed headings, footer, funding mark, publishing. */
export const reportStaffSv = {
  'report.richHint':
    'Formatering: **fet**, *kursiv*, "- " punktlista, "1. " numrerad lista, två mellanslag före "- " gör en underpunkt.',
  'report.form': 'Rapportens utseende',
  'report.formHint':
    'Rubriker, sidfot och finansiärens märke syns på varje sida i Word- och PDF-filerna. Tom rubrik: standard.',
  'report.headings': 'Rubriker',
  'report.footer': 'Sidfot (t.ex. projekt och år, organisation, adress, webbadress)',
  'report.mark': 'Finansiärens märke (PNG eller SVG, högst 100 kB)',
  'report.markAlt': 'Märkets text (t.ex. Hävstång från EU 2014–2020, Europeiska unionen)',
  'report.markChoose': 'Välj bild',
  'report.markRemove': 'Ta bort märket',
  'report.markSet': 'Märket är sparat: {alt}',
  'report.markNone': 'Inget märke.',
  'report.markTooLarge': 'Bilden är för stor (högst 100 kB).',
  'report.markType': 'Välj en PNG- eller SVG-bild.',
  'report.markAltFirst': 'Skriv först märkets text.',
  'report.markFailed': 'Bilden kunde inte sparas. Försök med en annan fil.',
  'report.pending':
    '{n} tankar väntar på godkännande. De kommer inte med i sammanfattningen om de inte godkänns före publiceringen.',
  'report.publishAnyway': 'Publicera ändå',
} as const;
