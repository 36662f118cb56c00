import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fi } from './fi';
import { catalogKeys, translate } from './t';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('have exactly the same keys', () => {
    expect(catalogKeys('en')).toEqual(catalogKeys('fi'));
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(fi) as (keyof typeof fi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fi[key]));
    }
  });

  it('explain every error code', () => {
    for (const code of Object.values(ErrorCode)) expect(fi).toHaveProperty(`error.${code}`);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'phase.indicator', { n: 2, total: 5 })).toBe('Phase 2/5');
    expect(translate('fi', 'phase.indicator', { n: 2, total: 5 })).toBe('Vaihe 2/5');
  });

  it('leaves unknown placeholders visible', () => {
    expect(translate('en', 'phase.indicator', { n: 2 })).toBe('Phase 2/{total}');
  });
});
