import type { Language } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fi } from './fi';
import { findBanned, glossary } from './glossary';
import { plainFi } from './plain/fi';
import { plainSv } from './plain/sv';
import { sv } from './sv';

const catalogs: Record<Language, Record<string, string>> = { fi, sv, en };
const plainCatalogs: Partial<Record<Language, Record<string, string>>> = { fi: plainFi, sv: plainSv };

/** Every string of a catalog that uses a banned synonym of a glossary term, as "key: word". */
const offences = (catalog: Record<string, string>, banned: (entry: (typeof glossary)[number]) => readonly string[]) =>
  Object.entries(catalog).flatMap(([key, text]) =>
    glossary.flatMap((entry) => findBanned(text, banned(entry)).map((word) => `${key}: "${word}" (${entry.concept})`)),
  );

describe('glossary', () => {
  it.each(['fi', 'sv', 'en'] as const)('%s: no catalog uses a banned synonym', (language) => {
    expect(offences(catalogs[language], (e) => e.banned[language] ?? [])).toEqual([]);
  });

  it.each(['fi', 'sv'] as const)('%s plain language: keeps its own glossary', (language) => {
    const catalog = plainCatalogs[language]!;
    const banned = (e: (typeof glossary)[number]) =>
      e.plain
        ? [...(e.plain.banned[language] ?? []), ...(e.plain.term[language] ? [] : (e.banned[language] ?? []))]
        : (e.banned[language] ?? []);
    expect(offences(catalog, banned)).toEqual([]);
  });

  it('finds a synonym at the start of a word only', () => {
    expect(findBanned('Pyydä ohjaajalta', ['ohjaaja'])).toEqual(['ohjaaja']);
    expect(findBanned('Kysy fasilitaattorilta', ['ohjaaja'])).toEqual([]);
  });

  it('names each term in the catalogs it governs', () => {
    const all = Object.values(fi).join('\n').toLowerCase();
    expect(all).toContain('fasilitaattori');
    expect(all).toContain('piste');
    expect(Object.values(sv).join('\n').toLowerCase()).toContain('handledare');
  });
});
