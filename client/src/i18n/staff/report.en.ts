/** English strings of the report's form: rich-text hint, renamed headings, footer, funding mark, publishing. */
export const reportStaffEn = {
  'report.richHint':
    'Formatting: **bold**, *italics*, "- " bulleted list, "1. " numbered list, two spaces before "- " make a sub-item.',
  'report.form': "The report's form",
  'report.formHint':
    'Headings, the footer and the funding mark show on every page of the Word and PDF files. An empty heading: the default.',
  'report.headings': 'Headings',
  'report.footer': 'Footer (e.g. project and years, organisation, address, web address)',
  'report.mark': 'Funding mark (PNG or SVG, at most 100 kB)',
  'report.markAlt': "The mark's text (e.g. Leverage from the EU 2014–2020, European Union)",
  'report.markChoose': 'Choose an image',
  'report.markRemove': 'Remove the mark',
  'report.markSet': 'The mark is saved: {alt}',
  'report.markNone': 'No mark.',
  'report.markTooLarge': 'The image is too large (at most 100 kB).',
  'report.markType': 'Choose a PNG or SVG image.',
  'report.markAltFirst': "Write the mark's text first.",
  'report.markFailed': 'The image could not be saved. Try another file.',
  'report.pending':
    '{n} thoughts are waiting for approval. They will not be in the summary unless approved before publishing.',
  'report.publishAnyway': 'Publish anyway',
} as const;
