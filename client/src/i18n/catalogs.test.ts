import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { coreEn } from './core.en';
import { coreFi } from './core.fi';
import { en } from './en';
import { fi } from './fi';
import { groupsEn } from './groups.en';
import { groupsFi } from './groups.fi';
import { groupsCatalog } from './groupsCatalog';
import { loadCatalogPart, loadLanguage } from './load';
import { pagesEn } from './pages/en';
import { pagesFi } from './pages/fi';
import { staffEn } from './staff/en';
import { staffFi } from './staff/fi';
import { translate, translator } from './t';

/**
 * Every part of the strings: the entry's (English lazy), the staff views', the info pages' and the small-group
 * phone's.
 */
const parts: { name: string; fi: Record<string, string>; en: Record<string, string> }[] = [
  { name: 'entry', fi: coreFi, en: coreEn },
  { name: 'staff', fi: staffFi, en: staffEn },
  { name: 'pages', fi: pagesFi, en: pagesEn },
  { name: 'groups', fi: groupsFi, en: groupsEn },
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = (catalog: Record<string, string>) => Object.keys(catalog).sort();

describe('catalogs', () => {
  it.each(parts)('$name: Finnish and English have exactly the same keys', (part) => {
    expect(keys(part.en)).toEqual(keys(part.fi));
  });

  it.each(parts)('$name: use the same placeholders in every language', (part) => {
    for (const key of Object.keys(part.fi)) {
      expect(placeholders(part.en[key]!), key).toEqual(placeholders(part.fi[key]!));
    }
  });

  it('give every key to one part only, and together make up the whole catalogs', () => {
    const all = parts.flatMap((p) => Object.keys(p.fi));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
    expect(all.sort()).toEqual(keys(fi));
    expect(keys(en)).toEqual(keys(fi));
  });

  it('explain every error code in the entry (the phone shows them)', () => {
    for (const code of Object.values(ErrorCode)) expect(coreFi).toHaveProperty(`error.${code}`);
  });
});

describe('translate', () => {
  it('shows Finnish until the English strings arrive, then English', async () => {
    const before = translator('en');
    expect(translate('en', 'phase.indicator', { n: 2, total: 5 })).toBe('Vaihe 2/5');
    expect(await loadLanguage('en')).toBe(true);
    expect(translate('en', 'phase.indicator', { n: 2, total: 5 })).toBe('Phase 2/5');
    expect(translate('fi', 'phase.indicator', { n: 2, total: 5 })).toBe('Vaihe 2/5');
    // A new translator, so effects that depend on it (e.g. the document title) run again.
    expect(translator('en')).not.toBe(before);
    expect(await loadLanguage('en')).toBe(false);
  });

  it('finds the strings a lazy chunk registers', async () => {
    expect(translate('en', 'fac.title')).toBe('fac.title');
    await import('./staffCatalog');
    expect(translate('en', 'fac.title')).toBe('Facilitator');
    expect(translate('fi', 'fac.title')).toBe('Fasilitaattori');
  });

  it('fetches a lazy view’s strings in the language shown, and its other languages on a switch', async () => {
    expect(await loadLanguage('en')).toBe(false);
    expect(translate('en', 'groups.yourGroup', { name: 'A' })).toBe('groups.yourGroup');
    expect(await loadCatalogPart(groupsCatalog, 'en')).toBe(true);
    expect(translate('en', 'groups.yourGroup', { name: 'A' })).toBe('Your group: A');
    expect(translate('fi', 'groups.yourGroup', { name: 'A' })).toBe('groups.yourGroup');
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

  it('leaves unknown placeholders visible', () => {
    expect(translate('en', 'phase.indicator', { n: 2 })).toBe('Phase 2/{total}');
  });
});
