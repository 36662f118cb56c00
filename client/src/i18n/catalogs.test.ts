import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { coreEn } from './core.en';
import { coreFi } from './core.fi';
import { coreSv } from './core.sv';
import { en } from './en';
import { fi } from './fi';
import { groupsEn } from './groups.en';
import { groupsFi } from './groups.fi';
import { groupsSv } from './groups.sv';
import { groupsCatalog } from './groupsCatalog';
import { joinClosedEn } from './joinClosed.en';
import { joinClosedFi } from './joinClosed.fi';
import { joinClosedSv } from './joinClosed.sv';
import { nowCardEn } from './nowCard.en';
import { nowCardFi } from './nowCard.fi';
import { nowCardSv } from './nowCard.sv';
import { loadCatalogPart, loadLanguage } from './load';
import { pagesEn } from './pages/en';
import { plainSv } from './plain/sv';
import { pagesFi } from './pages/fi';
import { pagesSv } from './pages/sv';
import { publicReportEn } from './projectReport.en';
import { publicReportFi } from './projectReport.fi';
import { publicReportSv } from './projectReport.sv';
import { staffEn } from './staff/en';
import { staffFi } from './staff/fi';
import { staffSv } from './staff/sv';
import { staffCatalog } from './staffCatalog';
import { sv } from './sv';
import { translate, translator } from './t';

/**
 * Every part of the strings: the entry's (Swedish and English lazy), the staff views', the info pages' and the
 * small-group phone's.
 */
const parts: { name: string; fi: Record<string, string>; sv: Record<string, string>; en: Record<string, string> }[] = [
  { name: 'entry', fi: coreFi, sv: coreSv, en: coreEn },
  { name: 'staff', fi: staffFi, sv: staffSv, en: staffEn },
  { name: 'pages', fi: pagesFi, sv: pagesSv, en: pagesEn },
  { name: 'groups', fi: groupsFi, sv: groupsSv, en: groupsEn },
  { name: 'now card', fi: nowCardFi, sv: nowCardSv, en: nowCardEn },
  { name: 'join closed', fi: joinClosedFi, sv: joinClosedSv, en: joinClosedEn },
  { name: 'public report', fi: publicReportFi, sv: publicReportSv, en: publicReportEn },
];

/** Strings that are right as they are in Swedish too: names of languages and sites, units, file formats. */
const SAME_IN_SWEDISH = new Set([
  'lang.fi',
  'lang.sv',
  'lang.en',
  'info.a11y.supervisionLink',
  'common.minutes',
  // A goal's number and name only ('{n}. {name}'): nothing to translate.
  'goalTag.option',
  'fac.plus1',
  'fac.plus5',
  'screen.extraTime',
  'fac.minus1',
  'turns.percent',
  'summary.format.pdf',
  'summary.format.docx',
  'summary.format.md',
]);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = (catalog: Record<string, string>) => Object.keys(catalog).sort();

describe('catalogs', () => {
  it.each(parts)('$name: Finnish, Swedish and English have exactly the same keys', (part) => {
    expect(keys(part.sv)).toEqual(keys(part.fi));
    expect(keys(part.en)).toEqual(keys(part.fi));
  });

  it.each(parts)('$name: use the same placeholders in every language', (part) => {
    for (const key of Object.keys(part.fi)) {
      expect(placeholders(part.sv[key]!), key).toEqual(placeholders(part.fi[key]!));
      expect(placeholders(part.en[key]!), key).toEqual(placeholders(part.fi[key]!));
    }
  });

  it.each(parts)('$name: leave nothing in Swedish untranslated', (part) => {
    const same = Object.keys(part.fi).filter(
      (key) =>
        !SAME_IN_SWEDISH.has(key) &&
        (part.sv[key] === part.fi[key] || (part.sv[key] === part.en[key] && part.en[key]!.length > 12)),
    );
    expect(same).toEqual([]);
  });

  it('give every key to one part only, and together make up the whole catalogs', () => {
    const all = parts.flatMap((p) => Object.keys(p.fi));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
    expect(all.sort()).toEqual(keys(fi));
    expect(keys(sv)).toEqual(keys(fi));
    expect(keys(en)).toEqual(keys(fi));
  });

  it('explain every error code in the entry (the phone shows them)', () => {
    for (const code of Object.values(ErrorCode)) expect(coreFi).toHaveProperty(`error.${code}`);
  });
});

describe('translate', () => {
  it('fetches the entry’s Finnish like the other languages; shows Finnish until the English strings arrive', async () => {
    expect(translate('fi', 'phase.indicator', { n: 2, total: 5 })).toBe('phase.indicator');
    expect(await loadLanguage('fi')).toBe(true);
    expect(translate('fi', 'phase.indicator', { n: 2, total: 5 })).toBe('Vaihe 2/5');
    const before = translator('en');
    expect(translate('en', 'phase.indicator', { n: 2, total: 5 })).toBe('Vaihe 2/5');
    expect(await loadLanguage('en')).toBe(true);
    expect(translate('en', 'phase.indicator', { n: 2, total: 5 })).toBe('Phase 2/5');
    expect(translate('fi', 'phase.indicator', { n: 2, total: 5 })).toBe('Vaihe 2/5');
    // A new translator, so effects that depend on it (e.g. the document title) run again.
    expect(translator('en')).not.toBe(before);
    expect(await loadLanguage('en')).toBe(false);
  });

  it('finds the strings a lazy view fetches, in the language it asks for', async () => {
    expect(translate('en', 'fac.title')).toBe('fac.title');
    expect(await loadCatalogPart(staffCatalog, 'en')).toBe(true);
    expect(translate('en', 'fac.title')).toBe('Facilitator');
    // Not fetched in Finnish yet: a language that has it stands in (a view waits for its own, `lazyView`).
    expect(translate('fi', 'fac.title')).toBe('Facilitator');
    expect(await loadCatalogPart(staffCatalog, 'fi')).toBe(true);
    expect(translate('fi', 'fac.title')).toBe('Fasilitaattori');
  });

  it('fetches a lazy view’s strings in the language shown, and its other languages on a switch', async () => {
    expect(await loadLanguage('en')).toBe(false);
    expect(translate('en', 'groups.yourGroup', { name: 'A' })).toBe('groups.yourGroup');
    expect(await loadCatalogPart(groupsCatalog, 'en')).toBe(true);
    expect(translate('en', 'groups.yourGroup', { name: 'A' })).toBe('Your group: A');
    expect(translate('fi', 'groups.yourGroup', { name: 'A' })).toBe('Your group: A');
    expect(await loadLanguage('fi')).toBe(true);
    expect(translate('fi', 'groups.yourGroup', { name: 'A' })).toBe('Ryhmäsi: A');
    expect(await loadLanguage('fi')).toBe(false);
  });

  it('lets a view’s loader fail when its strings cannot be fetched, and tries again next time', async () => {
    let calls = 0;
    const flaky = {
      fi: () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({})),
    };
    await expect(loadCatalogPart(flaky, 'fi')).rejects.toThrow('offline');
    expect(await loadCatalogPart(flaky, 'fi')).toBe(true);
    expect(calls).toBe(2);
  });

  it('shows plain Swedish where it reads differently and the standard Swedish where that is plain already', async () => {
    expect(await loadLanguage('sv', true)).toBe(true);
    // Rewritten in plain language (plain/sv.ts), and its standard string fetched beneath it (core.sv.ts).
    expect(translate('sv', 'common.loading', undefined, true)).toBe(plainSv['common.loading']);
    expect(translate('sv', 'common.loading')).toBe(coreSv['common.loading']);
    // Plain as it stands (sameAsStandard.ts): the standard Swedish, not Finnish.
    expect(plainSv).not.toHaveProperty('common.cancel');
    expect(translate('sv', 'common.cancel', undefined, true)).toBe(coreSv['common.cancel']);
    expect(await loadLanguage('sv', true)).toBe(false);
  });

  it('leaves unknown placeholders visible', () => {
    expect(translate('en', 'phase.indicator', { n: 2 })).toBe('Phase 2/{total}');
  });
});
