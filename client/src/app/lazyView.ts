import { lazy, type ComponentType } from 'react';
import type { CatalogPart } from '../i18n/load';
import type { PlainPart } from '../i18n/plain';
import { loadViewStrings } from '../state/store';

/**
 * A view in a chunk of its own whose strings are a catalog part: the chunk and the strings in the language shown
 * load side by side (with their plain-language version when that is on), and the view renders once both are here
 * (never in the wrong language, never as raw keys).
 */
export const lazyView = <P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  strings: CatalogPart,
  plain?: PlainPart,
) => lazy(async () => (await Promise.all([load(), loadViewStrings(strings, plain)]))[0]);
