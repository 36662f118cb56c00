import { summaryLabels, type Language } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fi } from './fi';
import { findBanned, glossary, stakeholderWords } from './glossary';
import { plainShownFi, plainShownSv } from './plain/shown';
import { withoutSoftHyphens } from './softHyphen';
import { sv } from './sv';

/** The catalogs' words as read: long words carry soft hyphens where they may break (`wordWidth.test.ts`). */
const words = (catalog: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(catalog).map(([key, text]) => [key, withoutSoftHyphens(text)]));
const catalogs: Record<Language, Record<string, string>> = { fi: words(fi), sv: words(sv), en: words(en) };
const plainCatalogs: Partial<Record<Language, Record<string, string>>> = {
  fi: words(plainShownFi),
  sv: words(plainShownSv),
};

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

  it('names the stakeholder group as such in every language where one language does (not as the small group)', () => {
    const mixed = Object.keys(fi).filter((key) => {
      const named = (['fi', 'sv', 'en'] as const).map((l) => stakeholderWords[l].test(catalogs[l][key] ?? ''));
      return named.some(Boolean) && !named.every(Boolean);
    });
    expect(mixed).toEqual([]);
  });

  it('says "ryhmä" for the small group and "sidosryhmä" for the stakeholder group on the small-group phone', () => {
    const phoneGroups = Object.entries(catalogs.fi).filter(([key]) => key.startsWith('groups.'));
    expect(phoneGroups.some(([, text]) => /\bryhmä/i.test(text))).toBe(true);
    expect(phoneGroups.filter(([, text]) => stakeholderWords.fi.test(text))).toEqual([]);
    for (const language of ['fi', 'sv'] as const) {
      const plain = Object.entries(plainCatalogs[language]!).filter(([key]) => key.startsWith('groups.'));
      expect(plain.filter(([, text]) => stakeholderWords[language].test(text))).toEqual([]);
    }
  });

  it.each(['fi', 'sv', 'en'] as const)('%s: the summary document says it in the same words', (language) => {
    const labels = summaryLabels[language] as unknown as Record<string, string>;
    expect(offences(labels, (e) => e.banned[language] ?? [])).toEqual([]);
    // A dot vote's count in the summary is the phone's "piste" / "poäng" / "dot".
    const dot = glossary.find((e) => e.concept.includes('dot vote'))!.term[language];
    expect(labels.votes!.toLowerCase()).toContain(dot);
    expect(labels.group, 'the participation table names the stakeholder group').toMatch(stakeholderWords[language]);
  });

  it('finds a synonym at the start of a word only', () => {
    expect(findBanned('Pyydä ohjaajalta', ['ohjaaja'])).toEqual(['ohjaaja']);
    expect(findBanned('Kysy fasilitaattorilta', ['ohjaaja'])).toEqual([]);
  });

  it('names each term in the catalogs it governs', () => {
    const all = Object.values(catalogs.fi).join('\n').toLowerCase();
    expect(all).toContain('fasilitaattori');
    expect(all).toContain('piste');
    expect(Object.values(catalogs.sv).join('\n').toLowerCase()).toContain('handledare');
  });
});
