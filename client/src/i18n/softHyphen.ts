/**
 * The soft hyphen (U+00AD): invisible unless the browser breaks the word there, then a hyphen. Long words in the
 * participant's strings carry it at syllable or compound boundaries (`wordWidth.test.ts`), since Chromium on Linux
 * hyphenates no Finnish or Swedish by itself. Written `\u00AD` in the catalogs.
 */
export const SHY = '\u00AD';

/** The text without its soft hyphens: for comparing words (the glossary, searches). */
export const withoutSoftHyphens = (text: string): string => text.replaceAll(SHY, '');
