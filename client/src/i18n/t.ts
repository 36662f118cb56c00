import type { Language } from '@aquarium/shared';
import { en } from './en';
import { fi, type MessageKey } from './fi';

export type { MessageKey };
export type Vars = Record<string, string | number>;

const catalogs: Record<Language, Record<MessageKey, string>> = { fi, en };

/** Looks up a string and fills `{name}` placeholders; unknown placeholders stay visible to catch mistakes. */
export const translate = (language: Language, key: MessageKey, vars?: Vars): string => {
  const template = catalogs[language][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
};

export const catalogKeys = (language: Language): string[] => Object.keys(catalogs[language]).sort();
