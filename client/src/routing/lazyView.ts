import { lazy, type ComponentType } from 'react';
import type { CatalogPart } from '../i18n/load';
import { loadViewStrings } from '../state/store';

/**
 * A view in a chunk of its own whose strings are a catalog part: the chunk and the strings in the language shown
 * load side by side, and the view renders once both are here (never in the wrong language, never as raw keys).
 */
export const lazyView = <P extends object>(load: () => Promise<{ default: ComponentType<P> }>, strings: CatalogPart) =>
  lazy(async () => (await Promise.all([load(), loadViewStrings(strings)]))[0]);

/**
 * A view of the entry whose strings are a catalog part of their own (the aquarium phone's): it renders once they are
 * here in the language shown, as a lazy view does, without a chunk of code to wait for.
 */
export const withStrings = <P extends object>(view: ComponentType<P>, strings: CatalogPart) =>
  lazy(async () => {
    await loadViewStrings(strings);
    return { default: view };
  });
