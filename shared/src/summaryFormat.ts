import { locales, type Language } from './setup.js';

/**
 * A date (YYYY-MM-DD) as the summary's language writes it in a document: 14.5.2025 in Finnish and in Swedish
 * as written in Finland, 14 May 2025 in English. Anything else is returned as it is.
 */
export const formatSummaryDate = (date: string, language: Language): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (language !== 'en') return `${day}.${month}.${year}`;
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
};
